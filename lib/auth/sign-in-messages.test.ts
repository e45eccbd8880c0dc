import { describe, expect, it } from 'vitest';
import { signInFailureMessage } from './sign-in-messages';

describe('signInFailureMessage', () => {
  it('says how long a throttled person waits, never longer than the window', () => {
    expect(signInFailureMessage('CredentialsSignin', 'throttled:7')).toBe('Too many failed attempts. Try again in 7 minutes.');
    expect(signInFailureMessage('CredentialsSignin', 'throttled:1')).toBe('Too many failed attempts. Try again in a minute.');
    expect(signInFailureMessage('CredentialsSignin', 'throttled:999')).toBe('Too many failed attempts. Try again in 15 minutes.');
    expect(signInFailureMessage('CredentialsSignin', 'throttled')).toBe('Too many failed attempts. Try again in 15 minutes.');
  });

  it('gives one answer for every bad-credentials case, and a neutral one otherwise', () => {
    expect(signInFailureMessage('CredentialsSignin', 'credentials')).toBe('That email and password do not match an active account.');
    expect(signInFailureMessage('CredentialsSignin', 'throttled:abc')).toBe('That email and password do not match an active account.');
    expect(signInFailureMessage('Configuration', undefined)).toBe('Signing in did not work this time. Try again in a moment.');
  });
});
