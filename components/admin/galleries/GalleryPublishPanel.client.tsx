'use client';

import Link from 'next/link';
import { useState } from 'react';
import type { StoryShowingGallery } from '@/lib/galleries/embeds';
import type { GalleryForEditing } from '@/lib/galleries/view';
import { buttonClass } from '../forms/button-class';
import { adminStoryHref } from '../media/library-links';
import { GalleryStatusBadge } from './GalleryStatusBadge';

/**
 * Status and the big decisions: publish or unpublish, the public page, and delete (offered only
 * while no story shows the gallery; the server checks again).
 */
export function GalleryPublishPanel({
  gallery,
  usedIn,
  busy,
  readOnly,
  onPublish,
  onUnpublish,
  onDelete,
}: {
  gallery: GalleryForEditing;
  usedIn: StoryShowingGallery[];
  busy: boolean;
  readOnly: boolean;
  onPublish: () => Promise<void>;
  onUnpublish: () => Promise<void>;
  onDelete: () => Promise<void>;
}) {
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const published = gallery.status === 'PUBLISHED';
  const missingAlt = gallery.photos.filter((photo) => !photo.image.alt.trim()).length;

  return (
    <section aria-labelledby="gallery-status-heading" className="space-y-4 rounded-sm border border-neutral-300 bg-white p-4">
      <h2 id="gallery-status-heading" className="flex items-center gap-3 font-serif text-xl font-bold">
        Status <GalleryStatusBadge status={gallery.status} />
      </h2>

      {published ? (
        <p className="text-sm">
          Readers see it at{' '}
          <a href={gallery.publicPath} target="_blank" rel="noopener" className="font-semibold underline">
            {gallery.publicPath}
            <span className="sr-only"> (opens in a new tab)</span>
          </a>
        </p>
      ) : (
        <p className="text-sm text-neutral-700">
          Once published, readers find it at <span className="font-mono text-neutral-900">{gallery.publicPath}</span>
          {gallery.photos.length === 0 && '. Add photos first.'}
          {missingAlt > 0 && `. ${missingAlt} ${missingAlt === 1 ? 'photo needs' : 'photos need'} alt text first.`}
        </p>
      )}

      {!readOnly && (
        <div className="flex flex-wrap gap-2">
          {published ? (
            <button type="button" disabled={busy} onClick={() => void onUnpublish()} className={buttonClass('secondary')}>
              Unpublish
            </button>
          ) : (
            <button type="button" disabled={busy} onClick={() => void onPublish()} className={buttonClass('primary')}>
              Publish
            </button>
          )}
          {published && (
            <a href={gallery.publicPath} target="_blank" rel="noopener" className={buttonClass('secondary')}>
              View on the site<span className="sr-only"> (opens in a new tab)</span>
            </a>
          )}
        </div>
      )}

      <div className="border-t border-neutral-200 pt-4 text-sm">
        {usedIn.length > 0 ? (
          <>
            <p className="font-semibold">
              Used in {usedIn.length === 1 ? 'a story' : `${usedIn.length} stories`}
            </p>
            <ul className="mt-1 list-disc pl-5">
              {usedIn.map((story) => (
                <li key={story.id}>
                  <Link href={adminStoryHref(story.id)} className="underline">
                    {story.headline}
                  </Link>
                  {story.deleted && ' (in the trash)'}
                </li>
              ))}
            </ul>
            {!readOnly && <p className="mt-2 text-neutral-700">Remove it from {usedIn.length === 1 ? 'that story' : 'those stories'} before deleting the gallery.</p>}
          </>
        ) : (
          !readOnly &&
          (confirmingDelete ? (
            <div className="space-y-2">
              <p>Delete “{gallery.title}”? Its photos stay in the library. This cannot be undone.</p>
              <div className="flex gap-2">
                <button type="button" disabled={busy} onClick={() => void onDelete()} className={buttonClass('danger')} autoFocus>
                  Delete gallery
                </button>
                <button type="button" onClick={() => setConfirmingDelete(false)} className={buttonClass('secondary')}>
                  Keep it
                </button>
              </div>
            </div>
          ) : (
            <button type="button" disabled={busy} onClick={() => setConfirmingDelete(true)} className={`${buttonClass('secondary')} text-red-800`}>
              Delete gallery…
            </button>
          ))
        )}
      </div>
    </section>
  );
}
