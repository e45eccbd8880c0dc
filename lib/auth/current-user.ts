import 'server-only';
import { cache } from 'react';
import { db } from '../db/client';
import { auth } from './config';
import type { Actor, Role } from './permissions';

export interface CurrentUser extends Actor {
  email: string;
  name: string;
  slug: string;
  role: Role;
}

/**
 * The signed-in staff member, re-read from the database for this request (once per request):
 * null when there is no session, the account is deactivated, or its sessions were revoked.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  if (!session?.accountId) return null;
  const user = await db.user.findUnique({
    where: { id: session.accountId },
    select: { id: true, email: true, name: true, slug: true, role: true, active: true, sessionVersion: true },
  });
  if (!user || !user.active || user.sessionVersion !== session.sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name, slug: user.slug, role: user.role };
});
