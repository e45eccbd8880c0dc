import type { GalleryStatus } from '@/lib/db/client';

/** "Published" or "Draft", in words (colour only repeats them). */
export function GalleryStatusBadge({ status }: { status: GalleryStatus }) {
  return status === 'PUBLISHED' ? (
    <span className="inline-block rounded-sm bg-green-100 px-2 py-0.5 text-xs font-semibold text-green-900">Published</span>
  ) : (
    <span className="inline-block rounded-sm bg-neutral-200 px-2 py-0.5 text-xs font-semibold text-neutral-800">Draft</span>
  );
}
