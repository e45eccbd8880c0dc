'use client';

import { ErrorNotice } from '@/components/ui/ErrorNotice';

export default function RootError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error && 'digest' in error ? String(error.digest) : undefined;
  return (
    <main id="content" className="mx-auto max-w-6xl px-4 pt-8">
      <ErrorNotice retry={retry} digest={digest} />
    </main>
  );
}
