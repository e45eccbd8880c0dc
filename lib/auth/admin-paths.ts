/**
 * Paths of the newsroom's own pages that the sign-in flow and proxy.ts need to know. Safe in
 * the browser and in proxy.ts (no server-only imports).
 */

export const SIGN_IN_PATH = '/admin/sign-in';
export const ADMIN_HOME_PATH = '/admin';
/** The refusal proxy.ts shows, under a 403, for a page the role may not open (lib/auth/role-pages.ts). */
export const NOT_PERMITTED_PATH = '/admin/not-permitted';
/** The "Not found" proxy.ts shows, under a 404, for an address that is no newsroom page or names nothing. */
export const MISSING_PATH = '/admin/missing';

/** Admin pages a visitor without a session may open: signing in, accepting an invitation, resetting a password. */
export const PUBLIC_ADMIN_PATHS = ['/admin/sign-in', '/admin/invitation', '/admin/reset-password'] as const;

/** The one-time links of lib/users/access-tokens.ts (absolute with lib/content/urls.ts absoluteUrl). */
export const invitationPath = (token: string) => `/admin/invitation?token=${encodeURIComponent(token)}`;
export const resetPasswordPath = (token: string) => `/admin/reset-password?token=${encodeURIComponent(token)}`;

export function isPublicAdminPath(pathname: string): boolean {
  return PUBLIC_ADMIN_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`));
}

/**
 * Where to go after signing in: `next` when it is a path inside /admin on this site, else the
 * dashboard. Anything else (another host, `//evil.example`, a back-slash trick) is ignored, so
 * the sign-in page cannot be used as an open redirect. The refusal and not-found pages are never destinations.
 */
export function safeNextPath(next: unknown): string {
  if (typeof next !== 'string' || next.length > 2000) return ADMIN_HOME_PATH;
  if (!/^\/admin(?:[/?#]|$)/.test(next) || /[\\\s]/.test(next) || next.startsWith('//')) return ADMIN_HOME_PATH;
  const pathname = next.split(/[?#]/)[0];
  if (isPublicAdminPath(pathname) || pathname === NOT_PERMITTED_PATH || pathname === MISSING_PATH || pathname.split('/').some((part) => part === '..' || part === '.')) return ADMIN_HOME_PATH;
  return next;
}

/** The sign-in page, remembering where the visitor was going. */
export function signInPath(next?: string): string {
  const target = next === undefined ? ADMIN_HOME_PATH : safeNextPath(next);
  return target === ADMIN_HOME_PATH ? SIGN_IN_PATH : `${SIGN_IN_PATH}?next=${encodeURIComponent(target)}`;
}
