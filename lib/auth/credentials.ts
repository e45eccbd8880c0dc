import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { PrismaClient } from '../db/client';
import { withoutControlCharacters } from '../db/text';
import { hashPassword, MAX_PASSWORD_LENGTH, verifyPassword } from './password';
import { recordSignIn, recordSignInFailure, signInKey, signInThrottle } from './throttle';

/**
 * Checks an email and password for sign-in. Every way of failing — unknown email, wrong password,
 * deactivated account, invitation not yet accepted — is the same `invalid` to the caller, so the
 * sign-in page cannot be used to learn which accounts exist. Called by next-auth's Credentials
 * provider (lib/auth/config.ts) and so by every route that signs in.
 */

const credentialsInput = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  // Cleaned as it was when it was set (lib/users/input.ts passwordField).
  password: z.string().overwrite(withoutControlCharacters).min(1).max(MAX_PASSWORD_LENGTH),
});

export interface SignedInUser {
  id: number;
  name: string;
  email: string;
  sessionVersion: number;
}

export type CredentialsCheck =
  | { kind: 'ok'; user: SignedInUser }
  | { kind: 'invalid' }
  | { kind: 'throttled'; retryAfterMinutes: number };

export async function checkCredentials(db: PrismaClient, raw: unknown, address: string): Promise<CredentialsCheck> {
  const parsed = credentialsInput.safeParse(raw);
  if (!parsed.success) return { kind: 'invalid' };
  const { email, password } = parsed.data;
  const key = signInKey(email, address);

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, active: true, passwordHash: true, sessionVersion: true },
  });
  const throttle = await signInThrottle(db, email, key, { userId: user?.id });
  if (throttle.throttled) return { kind: 'throttled', retryAfterMinutes: throttle.retryAfterMinutes };

  // Verify even when the user does not exist, so timing does not reveal which emails do.
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyHash()), password);
  if (!user || !user.passwordHash || !valid || !user.active) {
    await recordSignInFailure(db, key, { email, address });
    return { kind: 'invalid' };
  }

  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
    await recordSignIn(tx, key, user.id, { address });
  });
  return { kind: 'ok', user: { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion } };
}

// A hash of a random password nobody knows, checked when the email is unknown so sign-in takes
// as long for missing accounts as for wrong passwords.
let dummy: Promise<string> | undefined;
function dummyHash(): Promise<string> {
  dummy ??= hashPassword(randomBytes(16).toString('hex'));
  return dummy;
}
