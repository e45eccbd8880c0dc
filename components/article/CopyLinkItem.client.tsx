'use client';

import { useState, useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/**
 * "Copy link", an item of the share list: needs the clipboard, so it only appears once JavaScript
 * runs (the whole item, or the list would announce an empty one); the other share links work
 * without it.
 */
export function CopyLinkItem({ url, className }: { url: string; className?: string }) {
  // False on the server and in browsers without a clipboard (insecure contexts).
  const ready = useSyncExternalStore(noSubscription, () => Boolean(navigator.clipboard), () => false);
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');

  if (!ready) return null;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  };

  return (
    <li>
      <button type="button" onClick={copy} className={className}>
        {status === 'copied' ? 'Link copied' : 'Copy link'}
      </button>
      <span role="status" className="sr-only">
        {status === 'copied' ? 'Link copied to the clipboard' : status === 'failed' ? 'Could not copy the link' : ''}
      </span>
    </li>
  );
}
