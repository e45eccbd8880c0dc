'use client';

import './globals.css';
import { ErrorNotice } from '@/components/ui/ErrorNotice';

// Replaces the root layout when it fails itself, so it brings its own <html> and <body>.
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error && 'digest' in error ? String(error.digest) : undefined;
  return (
    <html lang="en">
      <body className="bg-paper text-ink antialiased">
        <title>Something went wrong</title>
        <main id="content" className="mx-auto max-w-6xl px-4 pt-8">
          <ErrorNotice retry={retry} digest={digest} />
        </main>
      </body>
    </html>
  );
}
