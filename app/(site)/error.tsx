'use client';

import { ErrorNotice } from '@/components/ui/ErrorNotice';

// Inside the site's layout: the masthead and footer stay, only the page's part is replaced.
export default function SiteError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error && 'digest' in error ? String(error.digest) : undefined;
  return <ErrorNotice retry={retry} digest={digest} />;
}
