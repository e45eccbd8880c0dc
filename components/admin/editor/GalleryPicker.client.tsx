'use client';

import { useEffect, useId, useRef, useState } from 'react';
import type { GalleryOption } from '@/lib/editorial/queries';
import { EditorDialog } from './EditorDialog.client';
import { photoCount } from '@/lib/galleries/photo-count';

export type GallerySearchResult = { galleries: GalleryOption[] } | { error: string };
type Found = GallerySearchResult & { query: string };

/**
 * Choose a gallery to show with a story or embed in its text. Offers the most recently changed
 * ones at once; typing searches every gallery in the newsroom (`search` asks the server).
 */
export function GalleryPicker(props: {
  title: string;
  recent: GalleryOption[];
  /** The server's answer; a refusal (a session that ended, say) comes back as `error`. */
  search: (query: string) => Promise<GallerySearchResult>;
  onPick: (gallery: GalleryOption) => void;
  onClose: () => void;
}) {
  const { search } = props;
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<Found | null>(null);
  const latest = useRef('');
  const inputId = useId();
  const statusId = useId();

  useEffect(() => {
    const q = query.trim();
    latest.current = q;
    if (!q) return;
    const timer = setTimeout(async () => {
      let answer: Found;
      try {
        answer = { query: q, ...(await search(q)) };
      } catch {
        answer = { query: q, error: 'The server could not be reached. Try again.' };
      }
      if (latest.current === q) setFound(answer);
    }, 200);
    return () => clearTimeout(timer);
  }, [query, search]);

  const q = query.trim();
  const shown = !q ? { query: '', galleries: props.recent } : found?.query === q ? found : null;
  const status = describe(q, shown);

  return (
    <EditorDialog title={props.title} onClose={props.onClose}>
      <label htmlFor={inputId} className="block text-sm font-medium">
        Search galleries
      </label>
      <input
        id={inputId}
        type="search"
        autoFocus
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        aria-describedby={statusId}
        className="mt-1 w-full rounded border border-neutral-300 px-2 py-1"
      />
      <p id={statusId} role="status" className="mt-2 text-sm text-neutral-600">
        {status}
      </p>
      {shown && 'galleries' in shown && shown.galleries.length ? (
        <ul className="mt-2 max-h-80 overflow-y-auto" aria-label="Galleries">
          {shown.galleries.map((gallery) => (
            <li key={gallery.id}>
              <button type="button" className="w-full rounded px-2 py-2 text-left hover:bg-neutral-100 focus-visible:bg-neutral-100" onClick={() => props.onPick(gallery)}>
                {gallery.title}{' '}
                <span className="text-sm text-neutral-600">
                  ({photoCount(gallery.photoCount)}{gallery.status === 'DRAFT' ? ', draft' : ''})
                </span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="mt-4 text-right">
        <button type="button" className="rounded px-3 py-1 hover:bg-neutral-100" onClick={props.onClose}>
          Cancel
        </button>
      </div>
    </EditorDialog>
  );
}

/** What the list below the search box shows, in words (announced as it changes). */
function describe(query: string, shown: Found | null): string {
  if (!shown) return 'Searching…';
  if ('error' in shown) return shown.error;
  const count = shown.galleries.length;
  if (!query) return count ? 'Most recently changed galleries.' : 'There are no galleries yet.';
  if (!count) return `No gallery matches “${query}”.`;
  return `${count} ${count === 1 ? 'gallery matches' : 'galleries match'} “${query}”.`;
}
