import type { AccessTokenKind } from '../db/client';
import { db } from '../db/client';
import { recordAudit } from '../audit/record';
import { Invalid } from '../auth/authorize';
import { emailInPassword, hashPassword } from '../auth/password';
import { hashAccessToken, isWellFormedToken, retireAccessTokens } from './access-tokens';
import type { ChooseAccessPasswordInput } from './input';

/**
 * The other end of a one-time link: a person without a session opens it and chooses a password.
 * The link itself is the authority here (there is no actor); it works once, before it expires,
 * for an active account only. Invitations set the first password; resets replace it and end every
 * session of the account.
 */

export type AccessLinkState =
  | { valid: true; name: string; email: string; expiresAt: Date }
  | { valid: false; message: string };

const MESSAGES = {
  unknown: 'This link is not valid. Check that you copied all of it, or ask for a new one.',
  used: 'This link has already been used. Sign in, or ask an Admin for a new link.',
  expired: 'This link has expired. Ask for a new one.',
  inactive: 'This account is deactivated. Ask an Admin if you need access.',
} as const;

const COMPLETE = {
  INVITE: 'user.accept_invitation',
  PASSWORD_RESET: 'user.password_change',
} as const;

/** What the page shows before the person types anything. Does not use the link up. */
export async function inspectAccessLink(kind: AccessTokenKind, token: unknown, now = new Date()): Promise<AccessLinkState> {
  const problem = await linkProblem(kind, token, now);
  if (problem) return { valid: false, message: MESSAGES[problem] };
  const row = await db.accessToken.findUniqueOrThrow({
    where: { tokenHash: hashAccessToken(token as string) },
    select: { expiresAt: true, user: { select: { name: true, email: true } } },
  });
  return { valid: true, name: row.user.name, email: row.user.email, expiresAt: row.expiresAt };
}

async function linkProblem(kind: AccessTokenKind, token: unknown, now: Date): Promise<keyof typeof MESSAGES | null> {
  if (!isWellFormedToken(token)) return 'unknown';
  const row = await db.accessToken.findUnique({
    where: { tokenHash: hashAccessToken(token) },
    select: { kind: true, usedAt: true, expiresAt: true, user: { select: { active: true } } },
  });
  if (!row || row.kind !== kind) return 'unknown';
  if (row.usedAt) return 'used';
  if (row.expiresAt <= now) return 'expired';
  if (!row.user.active) return 'inactive';
  return null;
}

/** Sets the password chosen through the link; returns the email to sign in with. */
export async function chooseAccessPassword(kind: AccessTokenKind, input: ChooseAccessPasswordInput, now = new Date()): Promise<{ email: string }> {
  // Hash first: argon2 takes a moment and the transaction should not wait for it.
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    if (!isWellFormedToken(input.token)) throw new Invalid(MESSAGES.unknown);
    const tokenHash = hashAccessToken(input.token);
    // One statement claims the link: of two submissions at once, exactly one gets count 1.
    const claimed = await tx.accessToken.updateMany({
      where: { tokenHash, kind, usedAt: null, expiresAt: { gt: now }, user: { active: true } },
      data: { usedAt: now },
    });
    if (claimed.count !== 1) throw new Invalid(MESSAGES[(await linkProblem(kind, input.token, now)) ?? 'used']);
    const { userId, user: account } = await tx.accessToken.findUniqueOrThrow({ where: { tokenHash }, select: { userId: true, user: { select: { email: true } } } });
    // Refused here, the claim above is undone with the transaction: the link still works.
    const problem = emailInPassword(input.password, account.email);
    if (problem) throw new Invalid('Your password needs another look.', { password: problem });
    const user = await tx.user.update({
      where: { id: userId },
      data: { passwordHash, ...(kind === 'PASSWORD_RESET' ? { sessionVersion: { increment: 1 } } : {}) },
      select: { id: true, email: true },
    });
    await retireAccessTokens(tx, user.id, kind);
    await recordAudit(tx, { actorId: user.id, action: COMPLETE[kind], subjectType: 'user', subjectId: user.id });
    return { email: user.email };
  });
}
