'use server';

import { AuthError } from 'next-auth';
import { refresh } from 'next/cache';
import { redirect } from 'next/navigation';
import { SIGN_IN_PATH } from '@/lib/auth/admin-paths';
import { signIn } from '@/lib/auth/config';
import { formFields, runAction, type ActionResult } from '@/lib/auth/guard';
import { expireCachedContent } from '@/lib/content/revalidate';
import { changePasswordInput, profileInput } from '@/lib/users/input';
import { changeOwnPassword, updateProfile, type ProfileForEditing } from '@/lib/users/profile';

const PASSWORD_CHANGED_PATH = '/admin/profile?password=changed';

// Profiles: one's own (Your profile) and, for Admins, anyone's (the Users pages). runAction
// re-reads the session and checks the input; lib/users/profile.ts checks the roles table.

export async function updateProfileAction(_state: unknown, formData: FormData): Promise<ActionResult<ProfileForEditing>> {
  const result = await runAction(profileInput, formFields(formData), updateProfile);
  if (!result.ok) return result;
  expireCachedContent(result.value.expire);
  // The newsroom shows the name too: the signed-in name, the Users list, the page's heading.
  refresh();
  return { ok: true, value: result.value.value };
}

export async function changePasswordAction(_state: unknown, formData: FormData): Promise<ActionResult<null>> {
  const result = await runAction(changePasswordInput, formFields(formData), changeOwnPassword);
  if (!result.ok) return result;
  // The change ended every session of the account, this one too: sign this browser in again with
  // the new password (checked by runAction's schema), as after a reset link.
  try {
    await signIn('credentials', { email: result.value.email, password: String(formData.get('password')), redirect: false });
  } catch (error) {
    if (error instanceof AuthError) redirect(SIGN_IN_PATH);
    throw error;
  }
  // A redirect, not an answer: the page re-rendered for an answer would still read this request's
  // old (now ended) session cookie and send the person to sign-in; Next renders a redirect's
  // target with the new one.
  redirect(PASSWORD_CHANGED_PATH);
}
