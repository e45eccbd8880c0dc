import { describe, expect, it } from 'vitest';
import { testPasswordHash } from '../testing/actors';
import { emailInPassword, hashPassword, passwordProblem, verifyPassword } from './password';

describe('passwords', () => {
  it('are stored as argon2id at the production cost, salted, and verified', async () => {
    const hash = await hashPassword('correct horse battery');
    // Tests create their people with a cheap hash (testPasswordHash); what the app stores is this.
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=65536,p=4,t=3\$/);
    expect(await hashPassword('correct horse battery')).not.toBe(hash);
    expect(await verifyPassword(hash, 'correct horse battery')).toBe(true);
    expect(await verifyPassword(hash, 'correct horse battery ')).toBe(false);
  });

  it('are checked with the cost written in the hash, so older or test hashes still verify', async () => {
    const cheap = await testPasswordHash('a test password');
    expect(cheap).toMatch(/^\$argon2id\$v=19\$m=1024,p=1,t=1\$/);
    expect(await verifyPassword(cheap, 'a test password')).toBe(true);
    expect(await verifyPassword(cheap, 'another password')).toBe(false);
  });

  it('a damaged or empty hash refuses every password instead of throwing', async () => {
    expect(await verifyPassword('', '')).toBe(false);
    expect(await verifyPassword('$argon2id$v=19$stand-in', 'anything')).toBe(false);
  });

  it('need 12 to 1024 characters', () => {
    expect(passwordProblem('eleven char')).toBe('Passwords need at least 12 characters.');
    expect(passwordProblem('twelve chars')).toBeNull();
    expect(passwordProblem(' '.repeat(12))).toBe('A password cannot be only spaces.');
    expect(passwordProblem('\t \u00a0'.repeat(6))).toBe('A password cannot be only spaces.');
    expect(passwordProblem('a'.repeat(16))).toBe('A password cannot be one character repeated.');
    expect(passwordProblem('x'.repeat(1025))).toBe('Passwords can be at most 1024 characters.');
  });

  it('refuse the words guessed first, however many digits and symbols surround them', () => {
    for (const guess of ['password1234', 'Password2024!', 'qwerty123456', '1234letmein!']) {
      expect(passwordProblem(guess), guess).toMatch(/^That password is among the first anyone guesses/);
    }
    // The word among others is a passphrase, not a guess.
    expect(passwordProblem('my password is long enough')).toBeNull();
  });

  it('refuse a password made of the account’s email address, and only that', () => {
    expect(emailInPassword('leyla.h@example.com', 'Leyla.H@example.com')).toBe('A password cannot be made of the account’s email address.');
    expect(emailInPassword('my-leyla.h@example.com!', 'leyla.h@example.com')).not.toBeNull();
    expect(emailInPassword('Leyla.H2024!!', 'leyla.h@example.com')).not.toBeNull();
    // A short or common name part is no reason to refuse a password that merely holds it.
    expect(emailInPassword('e2e-admin-password', 'admin@example.com')).toBeNull();
    expect(emailInPassword('ed-2024-xyz-abc', 'ed@example.com')).toBeNull();
  });
});
