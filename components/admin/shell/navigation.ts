import { ADMIN_HOME_PATH } from '@/lib/auth/admin-paths';
import { can, canInviteAnyone, type Actor } from '@/lib/auth/permissions';

/**
 * The newsroom's navigation: every admin area, and who may open it (lib/auth/permissions.ts
 * decides; this list only hides what the server would refuse anyway). Add an area here when its
 * pages land.
 */
export interface NavItem {
  href: string;
  label: string;
  visibleTo: (actor: Actor) => boolean;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { href: '/admin/stories', label: 'Stories', visibleTo: (actor) => can(actor, 'createDraft') },
  { href: '/admin/review', label: 'Review queue', visibleTo: (actor) => can(actor, 'review') },
  { href: '/admin/media', label: 'Media', visibleTo: (actor) => can(actor, 'useLibraryImages') },
  { href: '/admin/galleries', label: 'Galleries', visibleTo: (actor) => can(actor, 'createGalleries') },
  { href: '/admin/sections', label: 'Sections', visibleTo: (actor) => can(actor, 'manageTaxonomy') },
  { href: '/admin/tags', label: 'Tags', visibleTo: (actor) => can(actor, 'manageTaxonomy') },
  { href: '/admin/users', label: 'Users', visibleTo: (actor) => canInviteAnyone(actor) },
  { href: '/admin/settings', label: 'Settings', visibleTo: (actor) => can(actor, 'siteSettings') },
  { href: '/admin/audit', label: 'Audit log', visibleTo: (actor) => can(actor, 'readAuditLog') },
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
  return NAV_ITEMS.filter((item) => item.visibleTo(actor));
}
