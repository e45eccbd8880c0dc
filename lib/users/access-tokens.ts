import { createHash, randomBytes } from 'node:crypto';
import type { AccessTokenKind, Prisma } from '../db/client';

/**
 * One-time links for invitations and password resets. The link carries a random token; the
 * database keeps only its SHA-256, so a leaked database (or backup) holds no usable link. A token
 * works once, until it expires, and issuing a new one of the same kind retires the older ones.
 */

export const ACCESS_LINK_LIFETIME_HOURS: Record<AccessTokenKind, number> = {
  INVITE: 7 * 24,
  // A reset link is a key to an existing account: keep its window short.
  PASSWORD_RESET: 24,
};

/** 32 random bytes, URL-safe: 43 characters, 256 bits nobody can guess. */
export function newAccessToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashAccessToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Only strings shaped like our tokens are looked up at all. */
export function isWellFormedToken(token: unknown): token is string {
  return typeof token === 'string' && /^[A-Za-z0-9_-]{43}$/.test(token);
}

export async function issueAccessToken(
  tx: Prisma.TransactionClient,
  userId: number,
  kind: AccessTokenKind,
  now = new Date(),
): Promise<{ token: string; expiresAt: Date }> {
  await tx.accessToken.deleteMany({ where: { userId, kind, usedAt: null } });
  const token = newAccessToken();
  const expiresAt = new Date(now.getTime() + ACCESS_LINK_LIFETIME_HOURS[kind] * 3_600_000);
  await tx.accessToken.create({ data: { userId, kind, tokenHash: hashAccessToken(token), expiresAt } });
  return { token, expiresAt };
}

/** Unused links of a person stop working (deactivation, a completed reset). */
export async function retireAccessTokens(tx: Prisma.TransactionClient, userId: number, kind?: AccessTokenKind): Promise<void> {
  await tx.accessToken.deleteMany({ where: { userId, usedAt: null, ...(kind ? { kind } : {}) } });
}
