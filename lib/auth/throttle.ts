import { createHash } from 'node:crypto';
import type { Prisma, PrismaClient } from '../db/client';
import { recordAudit } from '../audit/record';

/**
 * Throttling of repeated sign-in failures for one email from one address.
 *
 * Failures are counted in the audit log, not in memory, so every app instance behind a load
 * balancer sees the same count and a restart does not reset it. A successful sign-in for the
 * same email and address clears the count. Throttled attempts are refused without checking the
 * password and are not counted again, so the wait ends when the window says it does. Unknown
 * emails are counted exactly like known ones: the throttle does not reveal which accounts exist.
 *
 * The address is what lib/auth/client-address.ts reads from X-Forwarded-For; behind a reverse
 * proxy that sets that header (nginx, a load balancer) it cannot be forged by the client. Served
 * without one, a client can claim a new address for every guess: so one email also has a ceiling
 * of failures from all addresses together (ACCOUNT_MAX_FAILURES), which bounds guessing however
 * the address is faked, at the price that a flood of wrong guesses holds the account's owner off
 * for the window too.
 */

export const MAX_FAILURES = 5;
export const ACCOUNT_MAX_FAILURES = 20;
export const FAILURE_WINDOW_MINUTES = 15;

type Db = PrismaClient | Prisma.TransactionClient;

/** The audit subject id of one email + address pair: a hash, so the id column stays short. */
export function signInKey(email: string, address: string): string {
  return createHash('sha256').update(`${email.trim().toLowerCase()}\n${address}`).digest('hex').slice(0, 40);
}

export type ThrottleState = { throttled: false } | { throttled: true; retryAfterMinutes: number };

/**
 * A new password chosen through a one-time link (an invitation, a reset an Admin made) or with the
 * current one proves who it is as well as a sign-in does: it clears the count too, or a person
 * locked out could not use the very reset they were sent.
 */
const NEW_PASSWORD_ACTIONS = ['user.password_change', 'user.accept_invitation'];

export async function signInThrottle(db: Db, email: string, key: string, options: { userId?: number; now?: Date } = {}): Promise<ThrottleState> {
  const now = options.now ?? new Date();
  const windowStart = new Date(now.getTime() - FAILURE_WINDOW_MINUTES * 60_000);
  const latest = { orderBy: { createdAt: 'desc' }, select: { createdAt: true } } as const;
  const lastSuccess = await db.auditLog.findFirst({ where: { subjectType: 'sign_in', subjectId: key, action: 'auth.sign_in', createdAt: { gt: windowStart } }, ...latest });
  const newPassword = options.userId
    ? await db.auditLog.findFirst({
        where: { subjectType: 'user', subjectId: String(options.userId), action: { in: NEW_PASSWORD_ACTIONS }, createdAt: { gt: windowStart } },
        ...latest,
      })
    : null;
  const since = newPassword && (!lastSuccess || newPassword.createdAt > lastSuccess.createdAt) ? newPassword.createdAt : lastSuccess?.createdAt;
  const fromHere = await failureThrottle(db, { subjectType: 'sign_in', subjectId: key, action: 'auth.sign_in_failed' }, now, since);
  if (fromHere.throttled) return fromHere;
  return failureThrottle(db, { action: 'auth.sign_in_failed', details: { path: ['email'], equals: email } }, now, newPassword?.createdAt, ACCOUNT_MAX_FAILURES);
}

/**
 * Throttled once `max` of the audit entries `failures` picks fall inside the window (and after
 * `since`, when a success cleared the count). Shared by sign-in and by changing one's own
 * password, whose wrong current passwords are counted the same way.
 */
export async function failureThrottle(db: Db, failures: Prisma.AuditLogWhereInput, now = new Date(), since?: Date, max = MAX_FAILURES): Promise<ThrottleState> {
  const windowStart = new Date(now.getTime() - FAILURE_WINDOW_MINUTES * 60_000);
  const recent = await db.auditLog.findMany({
    where: { ...failures, createdAt: { gt: since && since > windowStart ? since : windowStart } },
    orderBy: { createdAt: 'desc' },
    select: { createdAt: true },
    take: max,
  });
  if (recent.length < max) return { throttled: false };
  // The oldest of the last `max` failures leaves the window first and frees an attempt.
  const freedAt = recent[recent.length - 1].createdAt.getTime() + FAILURE_WINDOW_MINUTES * 60_000;
  return { throttled: true, retryAfterMinutes: Math.max(1, Math.ceil((freedAt - now.getTime()) / 60_000)) };
}

export async function recordSignInFailure(db: Db, key: string, details: { email: string; address: string }): Promise<void> {
  await recordAudit(db, { actorId: null, action: 'auth.sign_in_failed', subjectType: 'sign_in', subjectId: key, details });
}

export async function recordSignIn(db: Db, key: string, userId: number, details: { address: string }): Promise<void> {
  await recordAudit(db, { actorId: userId, action: 'auth.sign_in', subjectType: 'sign_in', subjectId: key, details });
}
