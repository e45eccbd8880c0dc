import { randomBytes } from 'node:crypto';
import type { PrismaClient } from '../db/client';
import { emailInPassword, hashPassword, passwordProblem } from '../auth/password';
import { ConfigurationProblem } from '../config/problem';
import { slugify } from '../slug';

export interface FirstAdminResult {
  created: boolean;
  email?: string;
  /** Only when the password was generated here: shown once, never stored in clear. */
  generatedPassword?: string;
}

/**
 * Makes sure someone can sign in on a new installation: when the database has no users at all,
 * creates an Admin from ADMIN_EMAIL / ADMIN_PASSWORD, or admin@example.com with a random password.
 */
export async function ensureFirstAdmin(
  db: PrismaClient,
  options: { email?: string; password?: string },
): Promise<FirstAdminResult> {
  if ((await db.user.count()) > 0) return { created: false };

  const email = (options.email ?? 'admin@example.com').trim().toLowerCase();
  if (!/^[^@\s]+@[^@\s]+$/.test(email)) {
    throw new ConfigurationProblem(`ADMIN_EMAIL "${email}" is not an email address.`, 'Set ADMIN_EMAIL to the first Admin’s email.');
  }
  const generatedPassword = options.password ? undefined : randomBytes(12).toString('base64url');
  const password = options.password ?? generatedPassword!;
  const problem = passwordProblem(password) ?? emailInPassword(password, email);
  if (problem) throw new ConfigurationProblem(`ADMIN_PASSWORD is not acceptable: ${problem}`, 'Choose another ADMIN_PASSWORD, or unset it to get a generated one.');

  await db.user.create({
    data: {
      email,
      name: 'Administrator',
      slug: slugify(email.split('@')[0]) || 'admin',
      role: 'ADMIN',
      passwordHash: await hashPassword(password),
    },
  });
  return { created: true, email, generatedPassword };
}
