'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { deleteLibraryImage, MediaApiError } from '@/lib/media/browser-api';
import { useConfirmStep } from '../forms/useConfirmStep.client';

/**
 * Deletes an image after the person confirms. The server refuses while anything uses it; that
 * refusal (with what uses it) is shown here rather than hidden behind a disabled button.
 */
export function DeleteImageButton({ imageId, name, afterDelete }: { imageId: number; name: string; afterDelete: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { asking, questionId, confirmRef, startRef, ask, cancel } = useConfirmStep<true>(null);

  async function remove() {
    setBusy(true);
    setError(null);
    try {
      await deleteLibraryImage(imageId);
      router.replace(afterDelete, { scroll: false });
      router.refresh();
    } catch (caught) {
      setError(caught instanceof MediaApiError ? caught.message : 'The image could not be deleted. Try again.');
      cancel();
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="space-y-2">
      {asking ? (
        <div role="group" aria-label="Confirm deletion" className="flex flex-wrap items-center gap-2">
          <span id={questionId} className="text-sm">
            Delete {name} for good?
          </span>
          <button
            ref={confirmRef}
            type="button"
            disabled={busy}
            aria-describedby={questionId}
            onClick={() => void remove()}
            className="rounded-sm bg-red-800 px-3 py-1.5 text-sm font-semibold text-white hover:bg-red-700 disabled:opacity-70"
          >
            {busy ? 'Deleting…' : 'Yes, delete'}
          </button>
          <button type="button" disabled={busy} onClick={cancel} className="rounded-sm border border-neutral-400 px-3 py-1.5 text-sm font-semibold">
            Keep it
          </button>
        </div>
      ) : (
        <button ref={startRef} type="button" onClick={() => ask(true)} className="rounded-sm border border-red-800 px-3 py-1.5 text-sm font-semibold text-red-800 hover:bg-red-50">
          Delete image
        </button>
      )}
      {error && (
        <p role="alert" className="text-sm font-medium text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}
