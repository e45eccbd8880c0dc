import Link from 'next/link';
import type { ReactNode } from 'react';

/** The quiet frame around sign-in and account pages: the publication's name plate and one card. */
export function AuthFrame({ publicationName, children }: { publicationName: string; children: ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col items-center px-4 py-12 sm:py-20">
      <header className="mb-8 text-center">
        <Link href="/" className="font-serif text-4xl font-bold text-neutral-900 outline-none focus-visible:ring-2 focus-visible:ring-blue-700">
          {publicationName}
        </Link>
        <p className="mt-2 text-xs font-semibold uppercase tracking-[0.25em] text-neutral-600">Newsroom</p>
      </header>
      <main className="w-full max-w-sm border-t-4 border-neutral-900 bg-white px-6 py-8 shadow-sm sm:px-8">{children}</main>
    </div>
  );
}
