import { can, canInviteAnyone, type Actor } from './permissions';

/**
 * Newsroom pages that only some roles may open, whatever they show. proxy.ts answers everyone
 * else 403 before the page renders (a newsroom page streams, so it could not set the status
 * itself), and the page refuses them by the same rule (lib/auth/page.ts requireStaffFor). Pages
 * whose answer depends on the thing shown (a story, a gallery) decide on the page.
 */
const ROLE_PAGES: { path: string; may: (actor: Actor) => boolean }[] = [
  { path: '/admin/users/new', may: (actor) => can(actor, 'manageUsers') },
  { path: '/admin/users', may: canInviteAnyone },
  { path: '/admin/front-page', may: (actor) => can(actor, 'curateHome') },
  { path: '/admin/sections', may: (actor) => can(actor, 'manageTaxonomy') },
  { path: '/admin/tags', may: (actor) => can(actor, 'manageTaxonomy') },
  { path: '/admin/galleries', may: (actor) => can(actor, 'createGalleries') },
  { path: '/admin/audit', may: (actor) => can(actor, 'readAuditLog') },
  { path: '/admin/settings', may: (actor) => can(actor, 'siteSettings') },
];

/** Whether the actor's role may open this newsroom page: the first rule for it or a parent of it decides. */
export function mayOpenPage(actor: Actor, pathname: string): boolean {
  const rule = ROLE_PAGES.find(({ path }) => pathname === path || pathname.startsWith(`${path}/`));
  return rule ? rule.may(actor) : true;
}
