import argon2 from 'argon2';

/** argon2id with the library's defaults (m=64 MiB, t=3, p=4): OWASP's recommended floor. */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

export const MIN_PASSWORD_LENGTH = 12;
/** Long passphrases are welcome; this only bounds the work of hashing what someone sends. */
export const MAX_PASSWORD_LENGTH = 1024;

/** Null when acceptable, else the reason in words a person can act on. */
export function passwordProblem(password: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `Passwords need at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (password.length > MAX_PASSWORD_LENGTH) return `Passwords can be at most ${MAX_PASSWORD_LENGTH} characters.`;
  // Twelve spaces, or one key held down, pass the length and guard nothing.
  if (!/\S/.test(password)) return 'A password cannot be only spaces.';
  if (new Set(password).size === 1) return 'A password cannot be one character repeated.';
  return null;
}
