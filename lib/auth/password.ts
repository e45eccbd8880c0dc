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
  if (FIRST_GUESSES.has(password.toLowerCase().replace(/[^\p{L}]/gu, ''))) {
    return 'That password is among the first anyone guesses: a common word with digits or symbols added. A few unrelated words make a better one.';
  }
  return null;
}

/**
 * Words tried first against any login (the top of every leaked-password list), and this site's
 * own name: with digits or symbols around them (`Password1234!`) they are no safer.
 */
const FIRST_GUESSES = new Set([
  'password', 'passwords', 'passw', 'passwort', 'parol', 'qwerty', 'qwertyuiop', 'qwertyui', 'asdfghjkl', 'asdf', 'zxcvbnm', 'azerty',
  'letmein', 'welcome', 'admin', 'administrator', 'iloveyou', 'dragon', 'monkey', 'football', 'baseball', 'sunshine', 'princess',
  'master', 'login', 'abc', 'abcdef', 'abcdefgh', 'changeme', 'secret', 'trustno', 'newsroom', 'dateline',
]);

/**
 * Null unless the password is made of the account's email address: all of it, or the part before
 * the @ with only digits or symbols added (`leyla.h@…`: `Leyla.H2024!`), the first thing anyone
 * who knows the address tries.
 */
export function emailInPassword(password: string, email: string): string | null {
  const letters = (text: string) => text.toLowerCase().replace(/[^\p{L}]/gu, '');
  const name = letters(email.split('@')[0]);
  const made = password.toLowerCase().includes(email.toLowerCase()) || (name.length >= 3 && letters(password) === name);
  return made ? 'A password cannot be made of the account’s email address.' : null;
}
