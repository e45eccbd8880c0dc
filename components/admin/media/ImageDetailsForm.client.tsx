'use client';

import { useId, useState, type FormEvent } from 'react';
import { MediaApiError, saveImageDetails, type LibraryImage } from '@/lib/media/browser-api';
import { ALT_MAX, CAPTION_MAX, CREDIT_MAX } from '@/lib/media/limits';

type Field = 'alt' | 'caption' | 'credit';

const LABELS: Record<Field, { label: string; hint?: string; max: number }> = {
  alt: {
    label: 'Alt text',
    hint: 'What the picture shows, for readers who cannot see it. A story with this image cannot be published without it.',
    max: ALT_MAX,
  },
  caption: { label: 'Caption', max: CAPTION_MAX },
  credit: { label: 'Credit', hint: 'Photographer or agency, e.g. "Aynur Məmmədova / Dateline".', max: CREDIT_MAX },
};

/**
 * Edits an image's alt text, caption and credit. Never overwrites someone else's edit: when the
 * server answers with a conflict, their version is shown beside the person's own, who chooses.
 * Give it `key={image.id}` so it starts afresh for another image.
 */
export function ImageDetailsForm({
  image,
  onSaved,
  fields = ['alt', 'caption', 'credit'],
  autoFocus = false,
  submitLabel = 'Save details',
  requireAlt = false,
}: {
  image: LibraryImage;
  /** After a successful save, or at once when nothing changed. */
  onSaved?: (image: LibraryImage) => void;
  fields?: readonly Field[];
  autoFocus?: boolean;
  submitLabel?: string;
  /** Refuse to go on without alt text (the picker: the image is about to be placed in a story). */
  requireAlt?: boolean;
}) {
  const id = useId();
  const [base, setBase] = useState(image);
  const [values, setValues] = useState<Record<Field, string>>({ alt: image.alt, caption: image.caption, credit: image.credit });
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [theirs, setTheirs] = useState<LibraryImage | null>(null);
  // A newer version arriving from the page (saved by the upload list, or by someone else and
  // refreshed) becomes the starting point when nothing here is unsaved; with unsaved words, the
  // next save meets it as a conflict and the person chooses. Its own save is already the base.
  const [seen, setSeen] = useState(image);
  if (image !== seen) {
    setSeen(image);
    const unsaved = fields.some((field) => values[field] !== base[field]);
    if (image.updatedAt !== base.updatedAt && !unsaved && !theirs) {
      setBase(image);
      setValues({ alt: image.alt, caption: image.caption, credit: image.credit });
    }
  }

  if (!image.canEdit) {
    return (
      <dl className="space-y-2 text-sm">
        {fields.map((field) => (
          <div key={field}>
            <dt className="font-semibold">{LABELS[field].label}</dt>
            <dd className={image[field] ? '' : 'italic text-neutral-600'}>{image[field] || 'None'}</dd>
          </div>
        ))}
        <p className="text-neutral-600">Only the person who uploaded this image, or an editor, can change these.</p>
      </dl>
    );
  }

  async function save(from: LibraryImage) {
    setMessage(null);
    setFieldErrors({});
    if (requireAlt && !values.alt.trim()) {
      setFieldErrors({ alt: 'Add alt text before using this image.' });
      document.getElementById(`${id}-alt`)?.focus();
      return;
    }
    const unchanged = fields.every((field) => values[field] === from[field]) && !theirs;
    if (unchanged) {
      onSaved?.(from);
      return;
    }
    setSaving(true);
    // What this person changed goes in; a field they left alone keeps `from`'s value, so "Keep
    // mine" over someone else's save never blanks a caption only they had written.
    const sent = (field: Field) => (fields.includes(field) && values[field] !== base[field] ? values[field] : from[field]);
    try {
      const saved = await saveImageDetails(from.id, {
        alt: sent('alt'),
        caption: sent('caption'),
        credit: sent('credit'),
        updatedAt: from.updatedAt,
      });
      setBase(saved);
      setTheirs(null);
      setValues({ alt: saved.alt, caption: saved.caption, credit: saved.credit });
      setMessage({ tone: 'ok', text: 'Saved.' });
      onSaved?.(saved);
    } catch (error) {
      if (error instanceof MediaApiError && error.code === 'conflict' && error.current) {
        setTheirs(error.current as LibraryImage);
        setMessage({ tone: 'error', text: error.message });
      } else {
        setFieldErrors(error instanceof MediaApiError ? error.fieldErrors : {});
        setMessage({ tone: 'error', text: error instanceof Error ? error.message : 'Could not save. Try again.' });
      }
    } finally {
      setSaving(false);
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void save(base);
  }

  return (
    <form onSubmit={submit} className="space-y-3" aria-label={`Details of ${image.originalFilename || 'this image'}`}>
      {fields.map((field) => {
        const { label, hint, max } = LABELS[field];
        const inputId = `${id}-${field}`;
        const error = fieldErrors[field];
        const describedBy = [error && `${inputId}-error`, hint && `${inputId}-hint`].filter(Boolean).join(' ') || undefined;
        return (
          <div key={field}>
            <label htmlFor={inputId} className="block text-sm font-semibold">
              {label}
            </label>
            {hint && (
              <p id={`${inputId}-hint`} className="text-sm text-neutral-600">
                {hint}
              </p>
            )}
            <textarea
              id={inputId}
              name={field}
              rows={field === 'credit' ? 1 : 2}
              maxLength={max}
              value={values[field]}
              autoFocus={autoFocus && field === fields[0]}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy}
              onChange={(event) => setValues((current) => ({ ...current, [field]: event.target.value }))}
              className={`mt-1 block w-full rounded-sm border bg-white px-2 py-1.5 outline-none focus-visible:ring-2 focus-visible:ring-blue-700 ${error ? 'border-red-700' : 'border-neutral-400'}`}
            />
            {error && (
              <p id={`${inputId}-error`} className="mt-1 text-sm font-medium text-red-800">
                {error}
              </p>
            )}
            {theirs && theirs[field] !== values[field] && (
              <p className="mt-1 rounded-sm bg-amber-50 px-2 py-1 text-sm">
                <span className="font-semibold">Their {label.toLowerCase()}:</span> {theirs[field] || <em>empty</em>}
              </p>
            )}
          </div>
        );
      })}

      {message && (
        <p role={message.tone === 'error' ? 'alert' : 'status'} className={`text-sm ${message.tone === 'error' ? 'font-medium text-red-800' : 'text-green-800'}`}>
          {message.text}
        </p>
      )}

      <div className="flex flex-wrap gap-2">
        {theirs ? (
          <>
            <button type="button" disabled={saving} onClick={() => void save(theirs)} className="rounded-sm bg-neutral-900 px-3 py-1.5 text-sm font-semibold text-white hover:bg-neutral-700 disabled:opacity-70">
              Keep mine and save
            </button>
            <button
              type="button"
              disabled={saving}
              onClick={() => {
                setBase(theirs);
                setValues({ alt: theirs.alt, caption: theirs.caption, credit: theirs.credit });
                setTheirs(null);
                setMessage({ tone: 'ok', text: 'Showing their version.' });
                onSaved?.(theirs);
              }}
              className="rounded-sm border border-neutral-400 bg-white px-3 py-1.5 text-sm font-semibold hover:bg-neutral-100"
            >
              Use their version
            </button>
          </>
        ) : (
          <button type="submit" disabled={saving} className="rounded-sm bg-neutral-900 px-3 py-1.5 text-sm font-semibold text-white hover:bg-neutral-700 disabled:cursor-progress disabled:opacity-70">
            {saving ? 'Saving…' : submitLabel}
          </button>
        )}
      </div>
    </form>
  );
}
