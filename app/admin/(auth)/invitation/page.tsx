import type { Metadata } from 'next';
import { Suspense } from 'react';
import { AccessLinkProblem } from '@/components/admin/auth/AccessLinkProblem';
import { SignedInAsSomeoneElse } from '@/components/admin/auth/SignedInAsSomeoneElse';
import { ChoosePasswordForm } from '@/components/admin/auth/ChoosePasswordForm.client';
import { PageLoading } from '@/components/admin/shell/PageLoading';
import { getCurrentUser } from '@/lib/auth/current-user';
import { MIN_PASSWORD_LENGTH } from '@/lib/auth/password';
import { inspectAccessLink } from '@/lib/users/access-links';
import { acceptInvitationAction } from '../actions';

// The token is in the address: never send it on in a Referer header.
export const metadata: Metadata = { title: 'Accept your invitation', referrer: 'no-referrer' };

export default function InvitationPage({ searchParams }: PageProps<'/admin/invitation'>) {
  return (
    <>
      <h1 className="mb-6 font-serif text-2xl font-bold">Welcome to the newsroom</h1>
      <Suspense fallback={<PageLoading />}>
        <Invitation searchParams={searchParams} />
      </Suspense>
    </>
  );
}

async function Invitation({ searchParams }: { searchParams: PageProps<'/admin/invitation'>['searchParams'] }) {
  const { token } = await searchParams;
  const link = await inspectAccessLink('INVITE', token);
  if (!link.valid) return <AccessLinkProblem message={link.message} />;
  return (
    <>
      <SignedInAsSomeoneElse current={await getCurrentUser()} linkEmail={link.email} />
      <p className="mb-5 text-neutral-800">
        {link.name}, choose a password to finish setting up your account. You will be signed in straight away.
      </p>
      <ChoosePasswordForm action={acceptInvitationAction} token={String(token)} email={link.email} minLength={MIN_PASSWORD_LENGTH} submitLabel="Set password and sign in" />
    </>
  );
}
