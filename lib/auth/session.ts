import type { SessionEnd } from './authorize';
import type { Role } from './permissions';
import { db } from '../db/client';

/**
 * Whether a session (the account id and session version in the signed cookie) still belongs to
 * someone who may work in the newsroom: the account exists, is active, and its sessions were not
 * revoked since the cookie was issued. The one rule, used by lib/auth/current-user.ts for pages
 * and actions and by proxy.ts for its early answer.
 */
export interface SessionHolder {
  id: number;
  email: string;
  name: string;
  slug: string;
  role: Role;
}

export async function findSessionHolder(accountId: unknown, sessionVersion: unknown): Promise<SessionHolder | null> {
  if (typeof accountId !== 'number' || !Number.isSafeInteger(accountId) || accountId < 1) return null;
  const user = await db.user.findUnique({
    where: { id: accountId },
    select: { id: true, email: true, name: true, slug: true, role: true, active: true, sessionVersion: true },
  });
  if (!user || !user.active || user.sessionVersion !== sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name, slug: user.slug, role: user.role };
}

/**
 * Why a session findSessionHolder refused no longer works. Only a cookie that once signed this
 * account in gets here, so telling its holder the account was deactivated gives nothing away.
 */
export async function whySessionEnded(accountId: unknown): Promise<SessionEnd> {
  if (typeof accountId !== 'number' || !Number.isSafeInteger(accountId) || accountId < 1) return 'ended';
  const user = await db.user.findUnique({ where: { id: accountId }, select: { active: true } });
  return user && !user.active ? 'deactivated' : 'ended';
}
