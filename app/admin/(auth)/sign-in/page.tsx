import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { Suspense } from 'react';
import { SignInForm } from '@/components/admin/auth/SignInForm.client';
import { ADMIN_HOME_PATH, safeNextPath } from '@/lib/auth/admin-paths';
import { getCurrentUser } from '@/lib/auth/current-user';
import { signInFailureMessage } from '@/lib/auth/sign-in-messages';
import { signInAction } from '../actions';

export const metadata: Metadata = { title: 'Sign in' };

export default function SignInPage({ searchParams }: PageProps<'/admin/sign-in'>) {
  return (
    <>
      <h1 className="mb-6 font-serif text-2xl font-bold">Sign in</h1>
      {/* The shell carries a working form; the request-time part only adds where to go next. */}
      <Suspense fallback={<SignInForm action={signInAction} next={ADMIN_HOME_PATH} />}>
        <SignInForRequest searchParams={searchParams} />
      </Suspense>
    </>
  );
}

async function SignInForRequest({ searchParams }: { searchParams: PageProps<'/admin/sign-in'>['searchParams'] }) {
  const query = await searchParams;
  const next = safeNextPath(first(query.next) ?? first(query.callbackUrl));
  // Someone already signed in (checked against the database, not just the cookie) goes on.
  if (await getCurrentUser()) redirect(next);
  const error = first(query.error);
  return <SignInForm action={signInAction} next={next} initialError={error ? signInFailureMessage(error, first(query.code)) : undefined} />;
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
