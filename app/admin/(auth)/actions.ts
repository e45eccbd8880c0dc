'use server';

import { AuthError, CredentialsSignin } from 'next-auth';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import type { ChoosePasswordState } from '@/components/admin/auth/ChoosePasswordForm.client';
import type { SignInState } from '@/components/admin/auth/SignInForm.client';
import { ADMIN_HOME_PATH, safeNextPath, SIGN_IN_PATH } from '@/lib/auth/admin-paths';
import { fieldErrorsOf, Invalid } from '@/lib/auth/authorize';
import { signIn, signOut } from '@/lib/auth/config';
import { signInFailureMessage } from '@/lib/auth/sign-in-messages';
import { chooseAccessPassword } from '@/lib/users/access-links';
import { chooseAccessPasswordInput } from '@/lib/users/input';

// The actions of people without a session, so they cannot go through runAction: signing in,
// signing out (it only clears this browser's cookie), and choosing a password through a one-time
// link (the link is the authority; lib/users/access-links.ts checks it).

export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const email = String(formData.get('email') ?? '').trim();
  const password = String(formData.get('password') ?? '');
  const next = safeNextPath(formData.get('next') || (await nextFromReferer()));
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

/**
 * Without JavaScript the form's `next` field stays empty (the prerendered shell cannot know the
 * address's query), but the browser's post still names the sign-in page it came from.
 */
async function nextFromReferer(): Promise<string | null> {
  const referer = (await headers()).get('referer');
  if (!referer) return null;
  try {
    const query = new URL(referer).searchParams;
    return query.get('next') ?? query.get('callbackUrl');
  } catch {
    return null;
  }
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: SIGN_IN_PATH });
}

export async function acceptInvitationAction(_previous: ChoosePasswordState, formData: FormData): Promise<ChoosePasswordState> {
  return choosePassword('INVITE', formData);
}

export async function resetPasswordAction(_previous: ChoosePasswordState, formData: FormData): Promise<ChoosePasswordState> {
  return choosePassword('PASSWORD_RESET', formData);
}

async function choosePassword(kind: 'INVITE' | 'PASSWORD_RESET', formData: FormData): Promise<ChoosePasswordState> {
  const parsed = chooseAccessPasswordInput.safeParse({
    token: formData.get('token'),
    password: formData.get('password'),
    confirmation: formData.get('confirmation'),
  });
  if (!parsed.success) return { error: 'Your password needs another look.', fieldErrors: fieldErrorsOf(parsed.error) };
  let email: string;
  try {
    ({ email } = await chooseAccessPassword(kind, parsed.data));
  } catch (error) {
    if (error instanceof Invalid) return { error: error.message, fieldErrors: error.fieldErrors };
    throw error;
  }
  // Signed in at once with the password just chosen: one step fewer, and it proves it works.
  try {
    await signIn('credentials', { email, password: parsed.data.password, redirect: false });
  } catch (error) {
    if (error instanceof AuthError) redirect(SIGN_IN_PATH);
    throw error;
  }
  redirect(ADMIN_HOME_PATH);
}
