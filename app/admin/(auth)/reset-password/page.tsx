import type { Metadata } from 'next';
import { Suspense } from 'react';
import { AccessLinkProblem } from '@/components/admin/auth/AccessLinkProblem';
import { SignedInAsSomeoneElse } from '@/components/admin/auth/SignedInAsSomeoneElse';
import { ChoosePasswordForm } from '@/components/admin/auth/ChoosePasswordForm.client';
import { PageLoading } from '@/components/admin/shell/PageLoading';
import { getCurrentUser } from '@/lib/auth/current-user';
import { MIN_PASSWORD_LENGTH } from '@/lib/auth/password';
import { inspectAccessLink } from '@/lib/users/access-links';
import { resetPasswordAction } from '../actions';

// The token is in the address: never send it on in a Referer header.
export const metadata: Metadata = { title: 'Choose a new password', referrer: 'no-referrer' };

export default function ResetPasswordPage({ searchParams }: PageProps<'/admin/reset-password'>) {
  return (
    <>
      <h1 className="mb-6 font-serif text-2xl font-bold">Choose a new password</h1>
      <Suspense fallback={<PageLoading />}>
        <Reset searchParams={searchParams} />
      </Suspense>
    </>
  );
}

async function Reset({ searchParams }: { searchParams: PageProps<'/admin/reset-password'>['searchParams'] }) {
  const { token } = await searchParams;
  const link = await inspectAccessLink('PASSWORD_RESET', token);
  if (!link.valid) return <AccessLinkProblem message={link.message} />;
  return (
    <>
      <SignedInAsSomeoneElse current={await getCurrentUser()} linkEmail={link.email} />
      <p className="mb-5 text-neutral-800">
        {link.name}, choose a new password. Every device you are signed in on will be signed out; this one signs in with the new password.
      </p>
      <ChoosePasswordForm action={resetPasswordAction} token={String(token)} email={link.email} minLength={MIN_PASSWORD_LENGTH} submitLabel="Save password and sign in" />
    </>
  );
}
