import 'server-only';
import { headers } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import { signInPath } from './admin-paths';
import { getCurrentUser, type CurrentUser } from './current-user';
import { mayOpenPage } from './role-pages';

/**
 * For admin pages: the signed-in staff member, re-read from the database for this request, or a
 * redirect to sign-in that returns here afterwards. Call it at the top of every admin page (and
 * of any async component that shows who is signed in): layouts are not re-rendered on client
 * navigation, so only the page's own check runs on every request.
 *
 *   export default async function ProfilePage() {
 *     const actor = await requireStaff();
 *     …
 *   }
 *
 * It reads the session cookie, so under Cache Components it must run inside a <Suspense>
 * boundary; app/admin/(newsroom)/loading.tsx provides one for every newsroom page.
 */
export async function requireStaff(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (user) return user;
  // proxy.ts passes the address the visitor asked for; the sign-in page sanitises it again.
  redirect(signInPath((await headers()).get('x-dateline-admin-path') ?? undefined));
}

/**
 * requireStaff for a page only some roles may open (lib/auth/role-pages.ts), given its path:
 * anyone else gets the newsroom's forbidden page. proxy.ts has usually answered them 403 already.
 */
export async function requireStaffFor(path: string): Promise<CurrentUser> {
  const actor = await requireStaff();
  if (!mayOpenPage(actor, path)) forbidden();
  return actor;
}
