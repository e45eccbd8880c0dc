import type { SessionEnd } from './authorize';
import type { Role } from './permissions';
import { db } from '../db/client';

/** How long a sign-in lasts, however busy the session: then the person signs in again. */
export const SESSION_HOURS = 12;
const SESSION_MS = SESSION_HOURS * 60 * 60 * 1000;

/**
 * Whether a session (the claims in its signed cookie) still belongs to someone who may work in
 * the newsroom: it is less than SESSION_HOURS old (Auth.js renews the cookie's own expiry on
 * every use), it was not signed out, and the account exists, is active, and its sessions were
 * not revoked since the cookie was issued. The one rule, used by lib/auth/current-user.ts for
 * pages and actions and by proxy.ts for its early answer.
 */
export interface SessionHolder {
  id: number;
  email: string;
  name: string;
  slug: string;
  role: Role;
}

/** What the signed cookie says (lib/auth/config.ts puts it there at sign-in). */
export interface SessionClaims {
  accountId: unknown;
  sessionVersion: unknown;
  /** Seconds since the epoch. */
  signedInAt: unknown;
  sessionId: unknown;
}

const isAccountId = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value > 0;

/** When a session signed in at `signedInAt` (seconds) ends; null for a claim that is no time. */
export function sessionEndsAt(signedInAt: unknown): Date | null {
  return typeof signedInAt === 'number' && Number.isFinite(signedInAt) ? new Date(signedInAt * 1000 + SESSION_MS) : null;
}

export async function findSessionHolder(claims: SessionClaims): Promise<SessionHolder | null> {
  const endsAt = sessionEndsAt(claims.signedInAt);
  if (!isAccountId(claims.accountId) || !endsAt || endsAt.getTime() <= Date.now() || typeof claims.sessionId !== 'string') return null;
  const [user, signedOut] = await Promise.all([
    db.user.findUnique({
      where: { id: claims.accountId },
      select: { id: true, email: true, name: true, slug: true, role: true, active: true, sessionVersion: true },
    }),
    db.signedOutSession.findUnique({ where: { id: claims.sessionId }, select: { id: true } }),
  ]);
  if (!user || !user.active || user.sessionVersion !== claims.sessionVersion || signedOut) return null;
  return { id: user.id, email: user.email, name: user.name, slug: user.slug, role: user.role };
}

/**
 * Signing out ends the session for every copy of its cookie, not only the browser's own: its
 * id is refused until the session would have ended anyway, when the row is no longer needed.
 */
export async function recordSignOut(claims: Pick<SessionClaims, 'signedInAt' | 'sessionId'>): Promise<void> {
  const expiresAt = sessionEndsAt(claims.signedInAt);
  if (typeof claims.sessionId !== 'string' || !expiresAt) return;
  await db.$transaction([
    db.signedOutSession.deleteMany({ where: { expiresAt: { lt: new Date() } } }),
    db.signedOutSession.upsert({ where: { id: claims.sessionId }, create: { id: claims.sessionId, expiresAt }, update: {} }),
  ]);
}

/**
 * Why a session findSessionHolder refused no longer works. Only a cookie that once signed this
 * account in gets here, so telling its holder the account was deactivated gives nothing away.
 */
export async function whySessionEnded(accountId: unknown): Promise<SessionEnd> {
  if (!isAccountId(accountId)) return 'ended';
  const user = await db.user.findUnique({ where: { id: accountId }, select: { active: true } });
  return user && !user.active ? 'deactivated' : 'ended';
}
