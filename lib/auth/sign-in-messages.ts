import { FAILURE_WINDOW_MINUTES } from './throttle';

/**
 * What the sign-in page says when signing in failed, from Auth.js' error type and code (thrown
 * to the sign-in action, or in the ?error=&code= of Auth.js' own redirects). One message for
 * every bad-credentials case, so the page never tells which emails have accounts.
 */
export function signInFailureMessage(type: string | undefined, code: string | undefined): string {
  const throttled = type === 'CredentialsSignin' ? /^throttled(?::(\d{1,3}))?$/.exec(code ?? '') : null;
  if (throttled) {
    const minutes = Math.min(Number(throttled[1] ?? FAILURE_WINDOW_MINUTES), FAILURE_WINDOW_MINUTES) || 1;
    return `Too many failed attempts. Try again in ${minutes === 1 ? 'a minute' : `${minutes} minutes`}.`;
  }
  if (type === 'CredentialsSignin') return 'That email and password do not match an active account.';
  return 'Signing in did not work this time. Try again in a moment.';
}
