'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { buttonClass } from '@/components/admin/forms/button-class';

/** What the person who invited or reset sees once the link exists. */
export type LinkHandoverView =
  | { kind: 'invitation' | 'password_reset'; name: string; email: string; expires: string; delivered: true }
  | { kind: 'invitation' | 'password_reset'; name: string; email: string; expires: string; delivered: false; link: string };

/**
 * The one time a one-time link is shown. We have no mail server, so the person who asked for it
 * passes it on; the panel says so plainly, offers a copy button, and takes focus so a keyboard or
 * screen-reader user lands on it. Only a hash is stored: after leaving the page the link is gone.
 */
export function AccessLinkPanel({ view }: { view: LinkHandoverView }) {
  const ref = useRef<HTMLDivElement>(null);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const linkId = useId();
  useEffect(() => {
    ref.current?.focus();
  }, [view]);

  const what = view.kind === 'invitation' ? 'invitation' : 'password reset link';
  if (view.delivered) {
    return (
      <div ref={ref} tabIndex={-1} role="status" className="rounded-sm border-l-4 border-green-800 bg-green-50 px-4 py-3 text-sm text-green-950 outline-none">
        The {what} was emailed to {view.email}. It works once, until {view.expires}.
      </div>
    );
  }
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="status"
      aria-labelledby={`${linkId}-title`}
      className="space-y-3 rounded-sm border-l-4 border-amber-700 bg-amber-50 px-4 py-4 text-sm text-neutral-900 outline-none focus-visible:ring-2 focus-visible:ring-blue-700"
    >
      <h2 id={`${linkId}-title`} className="text-base font-semibold">
        {view.kind === 'invitation' ? `Invitation for ${view.name} is ready` : `Password reset link for ${view.name}`}
      </h2>
      <p>
        <strong>This newsroom does not send email yet.</strong> Copy the link and send it to {view.name} ({view.email}) yourself,
        through a channel you trust. It works once, until {view.expires}.
      </p>
      <p className="font-semibold">This is the only time the link is shown: we keep only a fingerprint of it.</p>
      <label htmlFor={linkId} className="block font-semibold">
        One-time link
      </label>
      <div className="flex flex-wrap gap-2">
        <input
          id={linkId}
          readOnly
          value={view.link}
          onFocus={(event) => event.currentTarget.select()}
          className="min-w-0 flex-1 rounded-sm border border-neutral-400 bg-white px-3 py-2 font-mono text-xs"
        />
        <button
          type="button"
          className={buttonClass('secondary')}
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(view.link);
              setCopied('yes');
            } catch {
              setCopied('failed');
            }
          }}
        >
          Copy link
        </button>
      </div>
      <p aria-live="polite" className="min-h-5">
        {copied === 'yes' && 'Copied.'}
        {copied === 'failed' && 'Your browser did not allow copying: select the link and copy it by hand.'}
      </p>
    </div>
  );
}
