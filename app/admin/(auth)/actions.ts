'use server';

import { AuthError, CredentialsSignin } from 'next-auth';
import { redirect } from 'next/navigation';
import type { SignInState } from '@/components/admin/auth/SignInForm.client';
import { safeNextPath, SIGN_IN_PATH } from '@/lib/auth/admin-paths';
import { signIn, signOut } from '@/lib/auth/config';
import { signInFailureMessage } from '@/lib/auth/sign-in-messages';

// The two actions that cannot go through runAction: before sign-in there is no actor, and
// signing out needs none (it only clears this browser's cookie).

export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const email = String(formData.get('email') ?? '').trim();
  const password = String(formData.get('password') ?? '');
  const next = safeNextPath(formData.get('next'));
  if (!email || !password) return { email, error: 'Enter your email and password.' };
  try {
    await signIn('credentials', { email, password, redirect: false });
  } catch (error) {
    if (error instanceof AuthError) {
      return { email, error: signInFailureMessage(error.type, error instanceof CredentialsSignin ? error.code : undefined) };
    }
    throw error;
  }
  redirect(next);
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: SIGN_IN_PATH });
}
