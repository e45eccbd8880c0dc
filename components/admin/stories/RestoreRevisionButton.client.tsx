'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { restoreRevisionAction } from '@/app/admin/(newsroom)/stories/actions';

/**
 * Brings an old revision back as a new one, from the version the page was showing. Unsaved work
 * this browser keeps of the story stays: the editor offers it back, to compare with the restore.
 */
export default function RestoreRevisionButton({
  id,
  version,
  revision,
  live,
  movesTo,
}: {
  id: number;
  version: number;
  revision: number;
  live: boolean;
  /** The address the revision had, when it differs from the story's now. */
  movesTo: { from: string; to: string } | null;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <>
      <button
        type="button"
        disabled={busy}
        className="rounded border border-neutral-300 px-2 py-0.5 text-sm disabled:opacity-50"
        onClick={async () => {
          const readers = live ? ' Readers see it at once: the story is published.' : '';
          const address = live && movesTo ? ` Its address goes back to ${movesTo.to}; ${movesTo.from} will send readers there.` : '';
          if (!window.confirm(`Restore revision ${revision}? The story becomes that version (as a new revision); nothing is deleted.${readers}${address}`)) return;
          setBusy(true);
          const result = await restoreRevisionAction({ id, version, revision }).catch(() => null);
          setBusy(false);
          if (result?.ok) router.push(`/admin/stories/${id}?restored=${revision}`); else setError(result?.message ?? 'The server’s answer did not arrive, so it is not known whether this was done. Reload the page to see.');
        }}
      >
        Restore revision {revision}
      </button>
      {error ? (
        <span role="alert" className="ml-2 text-sm text-red-700">
          {error}
        </span>
      ) : null}
    </>
  );
}
