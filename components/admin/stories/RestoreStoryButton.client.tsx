'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { restoreStoryAction } from '@/app/admin/(newsroom)/stories/actions';

export default function RestoreStoryButton({ id, version, headline }: { id: number; version: number; headline: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <span className="block">
      <button
        type="button"
        disabled={busy}
        aria-label={`Restore ${headline}`}
        className="text-xs underline disabled:opacity-50"
        onClick={async () => {
          setBusy(true);
          const result = await restoreStoryAction({ id, version }).catch(() => null);
          setBusy(false);
          if (result?.ok) router.refresh();
          else setError(result?.message ?? 'The server’s answer did not arrive, so it is not known whether this was done. Reload the page to see.');
        }}
      >
        Restore
      </button>
      {error ? <span role="alert" className="block text-xs text-red-700">{error}</span> : null}
    </span>
  );
}
