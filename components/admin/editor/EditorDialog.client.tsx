'use client';

import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * The story editor's small modal dialogs (link, gallery): a native <dialog> opened with
 * showModal, so the page behind is inert, focus stays inside, Escape closes it, and focus goes
 * back to what opened it.
 */
export function EditorDialog({ title, onClose, children }: { title: string; onClose: () => void; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      // Unmounted rather than closed, the dialog would leave focus nowhere: hand it back to what
      // opened it, unless the choice already moved it (into the story body, say).
      if (opener instanceof HTMLElement && opener.isConnected && (document.activeElement === document.body || document.activeElement === null)) opener.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={onClose}
      onCancel={onClose}
      className="m-auto w-full max-w-md rounded-lg p-0 shadow-xl backdrop:bg-black/40"
    >
      <div className="p-5">
        <h2 id={titleId} className="mb-3 text-lg font-semibold">
          {title}
        </h2>
        {children}
      </div>
    </dialog>
  );
}
