import { ADMIN_HOME_PATH } from '@/lib/auth/admin-paths';
import { can, type Actor } from '@/lib/auth/permissions';
import { mayOpenPage } from '@/lib/auth/role-pages';

/**
 * The newsroom's navigation: every admin area, and who may open it (lib/auth/permissions.ts and,
 * for pages only some roles open, lib/auth/role-pages.ts decide; this list only hides what the
 * server would refuse anyway). Add an area here when its pages land.
 */
export interface NavItem {
  href: string;
  label: string;
  /** Who sees it, besides the page's own rule in lib/auth/role-pages.ts. */
  visibleTo?: (actor: Actor) => boolean;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { href: '/admin/stories', label: 'Stories', visibleTo: (actor) => can(actor, 'createDraft') },
  { href: '/admin/review', label: 'Review queue', visibleTo: (actor) => can(actor, 'review') },
  { href: '/admin/front-page', label: 'Front page' },
  { href: '/admin/media', label: 'Media', visibleTo: (actor) => can(actor, 'useLibraryImages') },
  { href: '/admin/galleries', label: 'Galleries' },
  { href: '/admin/sections', label: 'Sections' },
  { href: '/admin/tags', label: 'Tags' },
  { href: '/admin/users', label: 'Users' },
  { href: '/admin/settings', label: 'Settings' },
  { href: '/admin/audit', label: 'Audit log' },
];

/**
 * Whether a navigation link names the area `pathname` is in: its own page or anything under it
 * (a story's editor is in Stories). The dashboard is the newsroom's root, so only its own page.
 */
export function isCurrentArea(pathname: string, href: string): boolean {
  if (pathname === href) return true;
  return href !== ADMIN_HOME_PATH && pathname.startsWith(`${href}/`);
}

export function navigationFor(actor: Actor): NavItem[] {
  return NAV_ITEMS.filter((item) => mayOpenPage(actor, item.href) && (item.visibleTo?.(actor) ?? true));
}
