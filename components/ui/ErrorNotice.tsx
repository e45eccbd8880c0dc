'use client';

import Link from 'next/link';

/** The body of the error pages: what happened in plain words, and two ways on. Never a stack trace. */
export function ErrorNotice({ retry, digest }: { retry: () => void; digest?: string }) {
  return (
    <div className="max-w-2xl py-6">
      {/* A streamed page may already have answered 200 when the error comes: keep it out of search
          engines all the same (React places the tag in the head). */}
      <meta name="robots" content="noindex" />
      <p className="section-label">Something went wrong</p>
      <h1 className="mt-2 font-serif text-3xl font-bold tracking-tight sm:text-4xl">This page could not be shown</h1>
      <p className="mt-4 font-serif text-lg">
        We hit a problem on our side while preparing this page. Please try again in a moment; if it keeps happening, the rest of the site
        should still work.
      </p>
      <div className="mt-6 flex flex-wrap items-center gap-4 font-sans font-semibold">
        <button type="button" onClick={retry} className="rounded bg-ink px-4 py-2 text-paper hover:opacity-90">
          Try again
        </button>
        <Link href="/" className="text-link underline underline-offset-2">
          Go to the front page
        </Link>
      </div>
      {digest ? <p className="mt-6 font-sans text-xs text-muted">Reference: {digest}</p> : null}
    </div>
  );
}
