import type { MediaMarker } from '@/lib/content/views';
import { MEDIA_MARKER_LABELS } from '@/lib/editorial/fields';

/** `[PHOTO]`-style marker before a headline: data on the story, never typed into the headline. */
export function MediaBadge({ marker }: { marker: MediaMarker | null }) {
  if (!marker) return null;
  return (
    <>
      <span className="media-badge">{MEDIA_MARKER_LABELS[marker]}</span>
      <span className="sr-only">: </span>
    </>
  );
}
