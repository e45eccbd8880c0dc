import 'server-only';
import { redirect } from 'next/navigation';
import { getCurrentUser, type CurrentUser } from '../auth/current-user';

/**
 * The signed-in staff member for an admin page, re-read from the database; anyone else is sent
 * to sign in and brought back afterwards.
 */
export async function requireStaffForPage(returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/admin/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}
