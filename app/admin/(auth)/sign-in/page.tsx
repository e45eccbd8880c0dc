import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { Suspense } from 'react';
import { SignInForm } from '@/components/admin/auth/SignInForm.client';
import { safeNextPath } from '@/lib/auth/admin-paths';
import { getCurrentUser } from '@/lib/auth/current-user';
import { signInFailureMessage } from '@/lib/auth/sign-in-messages';
import { signInAction } from '../actions';

export const metadata: Metadata = { title: 'Sign in' };

export default function SignInPage({ searchParams }: PageProps<'/admin/sign-in'>) {
  return (
    <>
      <h1 className="mb-6 font-serif text-2xl font-bold">Sign in</h1>
      {/* The form is in the static shell; only a message from the address streams in, inside it. */}
      <SignInForm action={signInAction}>
        <Suspense fallback={null}>
          <SignInForRequest searchParams={searchParams} />
        </Suspense>
      </SignInForm>
      {/* No self-service reset: the newsroom sends no email, an Admin issues a one-time reset link. */}
      <p className="mt-5 text-sm text-neutral-700">Forgotten your password? Ask an Admin for a reset link.</p>
    </>
  );
}

async function SignInForRequest({ searchParams }: { searchParams: PageProps<'/admin/sign-in'>['searchParams'] }) {
  const query = await searchParams;
  const next = safeNextPath(first(query.next) ?? first(query.callbackUrl));
  // Someone already signed in (checked against the database, not just the cookie) goes on.
  if (await getCurrentUser()) redirect(next);
  const error = first(query.error);
  return error ? (
    <p role="alert" className="mb-5 rounded-sm border-l-4 border-red-800 bg-red-50 px-4 py-3 text-sm text-red-900">
      {signInFailureMessage(error, first(query.code))}
    </p>
  ) : null;
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
