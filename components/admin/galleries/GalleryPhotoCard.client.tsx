'use client';

import Image from 'next/image';
import Link from 'next/link';
import { useId, useState, type ButtonHTMLAttributes, type FormEvent, type KeyboardEvent } from 'react';
import type { GalleryPhoto } from '@/lib/galleries/view';
import { fetchImage, MediaApiError, type LibraryImage } from '@/lib/media/browser-api';
import { CAPTION_MAX, CREDIT_MAX } from '@/lib/media/limits';
import { imageSrc } from '@/lib/media/variants';
import { ImageDetailsForm } from '../media/ImageDetailsForm.client';
import { libraryHref } from '../media/library-links';

const smallButton =
  'rounded-sm border border-neutral-400 bg-white px-2.5 py-1 text-sm font-semibold outline-none hover:bg-neutral-100 focus-visible:ring-2 focus-visible:ring-blue-700 disabled:cursor-not-allowed disabled:opacity-50';

/**
 * One photo of the gallery: its handle and Move buttons, the picture, this gallery's caption and
 * credit (empty shows the library's own), its alt text (or how to add it), and Remove.
 */
export function GalleryPhotoCard({
  photo,
  position,
  total,
  readOnly,
  handleProps,
  onMoveUp,
  onMoveDown,
  onMoveKeyDown,
  onRemove,
  onSaveWords,
  onAltSaved,
}: {
  photo: GalleryPhoto;
  position: number;
  total: number;
  readOnly: boolean;
  handleProps: ButtonHTMLAttributes<HTMLButtonElement>;
  onMoveUp: () => void;
  onMoveDown: () => void;
  onMoveKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  onRemove: () => void;
  onSaveWords: (caption: string, credit: string) => Promise<boolean>;
  onAltSaved: (alt: string) => void;
}) {
  const { image } = photo;
  const name = image.alt.trim() || image.originalFilename || 'untitled image';
  const [confirmingRemove, setConfirmingRemove] = useState(false);

  return (
    <div className="flex flex-col gap-4 sm:flex-row">
      <div className="flex shrink-0 items-start gap-3">
        {!readOnly && (
          <button
            type="button"
            data-control="handle"
            aria-label={`Reorder photo ${position} of ${total}: ${name}`}
            aria-describedby="reorder-help"
            className="mt-1 cursor-grab rounded-sm border border-neutral-400 bg-neutral-50 px-2 py-3 text-lg leading-none text-neutral-700 outline-none hover:bg-neutral-100 focus-visible:ring-2 focus-visible:ring-blue-700 active:cursor-grabbing"
            {...handleProps}
          >
            <span aria-hidden="true">⠿</span>
          </button>
        )}
        <div>
          <p className="mb-1 text-sm font-semibold text-neutral-800">
            Photo {position} <span className="font-normal text-neutral-600">of {total}</span>
          </p>
          <Image
            src={imageSrc(image.storageKey)}
            alt={image.alt}
            width={image.width}
            height={image.height}
            sizes="192px"
            className="aspect-[4/3] w-48 rounded-sm bg-neutral-200 object-cover"
          />
        </div>
      </div>

      <div className="min-w-0 flex-1 space-y-3">
        <AltText photo={photo} position={position} readOnly={readOnly} onAltSaved={onAltSaved} />
        {readOnly ? (
          <dl className="space-y-1 text-sm">
            <div>
              <dt className="inline font-semibold">Caption: </dt>
              <dd className="inline">{photo.caption ?? image.caption ?? ''}</dd>
            </div>
            <div>
              <dt className="inline font-semibold">Credit: </dt>
              <dd className="inline">{photo.credit ?? image.credit ?? ''}</dd>
            </div>
          </dl>
        ) : (
          <PhotoWordsForm photo={photo} position={position} onSave={onSaveWords} />
        )}
        {!readOnly && (
          <div className="flex flex-wrap items-center gap-2 border-t border-neutral-200 pt-3">
            <button type="button" data-control="up" className={smallButton} disabled={position === 1} onClick={onMoveUp} onKeyDown={onMoveKeyDown}>
              Move up<span className="sr-only"> photo {position}</span>
            </button>
            <button type="button" data-control="down" className={smallButton} disabled={position === total} onClick={onMoveDown} onKeyDown={onMoveKeyDown}>
              Move down<span className="sr-only"> photo {position}</span>
            </button>
            <span className="flex-1" />
            {confirmingRemove ? (
              <span className="flex flex-wrap items-center gap-2 text-sm">
                <span>Remove photo {position} from this gallery? It stays in the library.</span>
                <button type="button" className={`${smallButton} border-red-800 text-red-800`} onClick={onRemove} autoFocus>
                  Remove
                </button>
                <button type="button" className={smallButton} onClick={() => setConfirmingRemove(false)}>
                  Keep
                </button>
              </span>
            ) : (
              <button type="button" className={`${smallButton} text-red-800`} onClick={() => setConfirmingRemove(true)}>
                Remove<span className="sr-only"> photo {position}</span>
              </button>
            )}
          </div>
        )}
      </div>
    </div>
  );
}

function AltText({ photo, position, readOnly, onAltSaved }: { photo: GalleryPhoto; position: number; readOnly: boolean; onAltSaved: (alt: string) => void }) {
  const { image } = photo;
  const [editing, setEditing] = useState<LibraryImage | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  if (image.alt.trim() && !editing) {
    return (
      <p className="text-sm text-neutral-700">
        <span className="font-semibold">Alt text:</span> {image.alt}
      </p>
    );
  }

  async function openAltForm() {
    setLoadError(null);
    try {
      setEditing((await fetchImage(image.id)).image);
    } catch (error) {
      setLoadError(error instanceof MediaApiError ? error.message : 'The image could not be loaded. Try again.');
    }
  }

  return (
    <div className="space-y-2 rounded-sm bg-amber-50 px-3 py-2 text-sm">
      {!editing && (
        <p className="font-semibold text-amber-900">No alt text: the gallery cannot be published until photo {position} has it.</p>
      )}
      {loadError && <p role="alert" className="text-red-800">{loadError}</p>}
      {editing ? (
        <ImageDetailsForm
          image={editing}
          fields={['alt']}
          requireAlt
          autoFocus
          submitLabel="Save alt text"
          onSaved={(saved) => {
            setEditing(null);
            onAltSaved(saved.alt);
          }}
        />
      ) : image.canEditDetails && !readOnly ? (
        <button type="button" className={smallButton} onClick={() => void openAltForm()}>
          Add alt text<span className="sr-only"> to photo {position}</span>
        </button>
      ) : (
        <p>
          Its uploader or an editor can add it in the{' '}
          <Link href={libraryHref({ image: image.id })} className="font-semibold underline">
            media library
          </Link>
          .
        </p>
      )}
    </div>
  );
}

/** This gallery's caption and credit for the photo; the library's own show as placeholders. */
function PhotoWordsForm({ photo, position, onSave }: { photo: GalleryPhoto; position: number; onSave: (caption: string, credit: string) => Promise<boolean> }) {
  const id = useId();
  const saved = { caption: photo.caption ?? '', credit: photo.credit ?? '' };
  const [base, setBase] = useState(saved);
  const [values, setValues] = useState(saved);
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState('');
  // The words this form last sent: coming back as the saved ones, they are nobody else's.
  const [sent, setSent] = useState<typeof saved | null>(null);
  // The saved words are someone else's, arrived while this person had typed their own.
  const [savedByOthers, setSavedByOthers] = useState(false);

  // The server's words changed (this save, or someone else's): adopt them unless the person has
  // typed something of their own since, which is never thrown away, nor saved over theirs unseen.
  if (saved.caption !== base.caption || saved.credit !== base.credit) {
    setBase(saved);
    const typed = values.caption !== base.caption || values.credit !== base.credit;
    const own = sent !== null && saved.caption === sent.caption && saved.credit === sent.credit;
    if (!typed) setValues(saved);
    setSavedByOthers(typed && !own);
  }

  const dirty = values.caption !== saved.caption || values.credit !== saved.credit;
  // Shown beside the person's own words until they save theirs or take these.
  const shownTheirs = savedByOthers && dirty ? saved : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!dirty) return;
    setSaving(true);
    setStatus('');
    setSent(values);
    const ok = await onSave(values.caption, values.credit);
    setSaving(false);
    if (ok) setStatus('Saved.');
  }

  const { image } = photo;
  return (
    <form onSubmit={(event) => void submit(event)} className="space-y-2" aria-label={`Caption and credit of photo ${position}`}>
      <div>
        <label htmlFor={`${id}-caption`} className="block text-sm font-semibold">
          Caption in this gallery
        </label>
        <textarea
          id={`${id}-caption`}
          rows={2}
          maxLength={CAPTION_MAX}
          value={values.caption}
          placeholder={image.caption || 'No caption'}
          aria-describedby={`${id}-caption-hint`}
          onChange={(event) => {
            setStatus('');
            setValues({ ...values, caption: event.target.value });
          }}
          className="mt-1 block w-full rounded-sm border border-neutral-400 bg-white px-3 py-2 text-sm outline-none focus-visible:ring-2 focus-visible:ring-blue-700"
        />
        <p id={`${id}-caption-hint`} className="mt-0.5 text-xs text-neutral-600">
          {image.caption ? `Leave empty to use the library’s caption: “${image.caption}”` : 'The library has no caption for this image.'}
        </p>
      </div>
      <div>
        <label htmlFor={`${id}-credit`} className="block text-sm font-semibold">
          Credit in this gallery
        </label>
        <input
          id={`${id}-credit`}
          maxLength={CREDIT_MAX}
          value={values.credit}
          placeholder={image.credit || 'No credit'}
          aria-describedby={`${id}-credit-hint`}
          onChange={(event) => {
            setStatus('');
            setValues({ ...values, credit: event.target.value });
          }}
          className="mt-1 block w-full rounded-sm border border-neutral-400 bg-white px-3 py-2 text-sm outline-none focus-visible:ring-2 focus-visible:ring-blue-700"
        />
        <p id={`${id}-credit-hint`} className="mt-0.5 text-xs text-neutral-600">
          {image.credit ? `Leave empty to use the library’s credit: “${image.credit}”` : 'The library has no credit for this image.'}
        </p>
      </div>
      {shownTheirs && (
        <div role="alert" className="rounded-sm border border-amber-700 bg-amber-50 p-3 text-sm text-neutral-900">
          <p className="font-semibold">Someone else saved other words for this photo while you were typing. Yours are still in the fields: save again to put them in place of theirs, or use theirs.</p>
          <dl className="mt-1">
            <div>
              <dt className="inline font-semibold">Their caption: </dt>
              <dd className="inline">{shownTheirs.caption ? `“${shownTheirs.caption}”` : 'none (the library’s)'}</dd>
            </div>
            <div>
              <dt className="inline font-semibold">Their credit: </dt>
              <dd className="inline">{shownTheirs.credit ? `“${shownTheirs.credit}”` : 'none (the library’s)'}</dd>
            </div>
          </dl>
          <button
            type="button"
            className={`${smallButton} mt-2`}
            onClick={() => {
              setValues(shownTheirs);
              setSavedByOthers(false);
            }}
          >
            Use theirs<span className="sr-only"> for photo {position}</span>
          </button>
        </div>
      )}
      <div className="flex items-center gap-3">
        <button type="submit" disabled={!dirty || saving} className={smallButton}>
          {saving ? 'Saving…' : 'Save caption and credit'}
          <span className="sr-only"> of photo {position}</span>
        </button>
        <span role="status" className="text-sm text-green-800">
          {status}
        </span>
      </div>
    </form>
  );
}
