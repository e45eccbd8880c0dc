import Link from 'next/link';

/** A one-time link that cannot be used (unknown, used, expired, account deactivated). */
export function AccessLinkProblem({ message }: { message: string }) {
  return (
    <div className="space-y-4">
      <p role="alert" className="rounded-sm border-l-4 border-red-800 bg-red-50 px-4 py-3 text-sm text-red-900">
        {message}
      </p>
      <p>
        <Link href="/admin/sign-in" className="font-semibold underline underline-offset-2">
          Go to sign-in
        </Link>
      </p>
    </div>
  );
}
