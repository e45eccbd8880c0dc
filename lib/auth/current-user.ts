import 'server-only';
import { cache } from 'react';
import { auth } from './config';
import type { Actor } from './permissions';
import type { SessionEnd } from './authorize';
import { findSessionHolder, whySessionEnded, type SessionHolder } from './session';

export interface CurrentUser extends Actor, SessionHolder {}

/**
 * The signed-in staff member, re-read from the database for this request (once per request):
 * null when there is no session, the account is deactivated, or its sessions were revoked.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  if (!session?.accountId) return null;
  return findSessionHolder(session);
});

/** For a request getCurrentUser refused: whether its session ended or its account was deactivated. */
export async function whySignedOut(): Promise<SessionEnd> {
  const session = await auth();
  return session?.accountId ? whySessionEnded(session.accountId) : 'ended';
}
