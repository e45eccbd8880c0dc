'use client';

import { useState, type FormEvent } from 'react';
import { DESCRIPTION_MAX, SLUG_MAX, TITLE_MAX } from '@/lib/galleries/input';
import type { GalleryForEditing } from '@/lib/galleries/view';
import { buttonClass } from '../forms/button-class';
import { TextField } from '../forms/TextField';

export interface DetailsValues {
  title: string;
  description: string;
  slug: string;
}

/** Saved: the words as the server keeps them (trimmed, the address made plain). */
export type DetailsSaveResult = { ok: true; saved: DetailsValues } | { ok: false; fieldErrors: Record<string, string> };

/** Values built field by field. */
const eachField = (pick: (field: keyof DetailsValues) => string): DetailsValues => ({ title: pick('title'), description: pick('description'), slug: pick('slug') });

/**
 * Title, description and address. Typed text is never thrown away: when the saved words change
 * underneath (someone else's edit shown after a conflict), untouched fields follow them and
 * edited ones keep what the person typed. After saving, fields show what was kept (the address
 * as readers will see it), unless typed in again meanwhile.
 */
export function GalleryDetailsForm({
  gallery,
  busy,
  onSave,
}: {
  gallery: GalleryForEditing;
  busy: boolean;
  onSave: (values: DetailsValues) => Promise<DetailsSaveResult>;
}) {
  const saved: DetailsValues = { title: gallery.title, description: gallery.description, slug: gallery.slug };
  const [base, setBase] = useState(saved);
  const [values, setValues] = useState(saved);
  const [errors, setErrors] = useState<Record<string, string>>({});

  if (saved.title !== base.title || saved.description !== base.description || saved.slug !== base.slug) {
    setBase(saved);
    setValues(eachField((field) => (values[field] === base[field] ? saved[field] : values[field])));
  }

  const dirty = values.title !== saved.title || values.description !== saved.description || values.slug !== saved.slug;
  const published = gallery.status === 'PUBLISHED';

  async function submit(event: FormEvent) {
    event.preventDefault();
    setErrors({});
    const sent = values;
    const result = await onSave(sent);
    if (!result.ok) return setErrors(result.fieldErrors);
    setBase(result.saved);
    setValues((current) => eachField((field) => (current[field] === sent[field] ? result.saved[field] : current[field])));
  }

  const set = (field: keyof DetailsValues) => (event: { target: { value: string } }) => setValues({ ...values, [field]: event.target.value });

  return (
    <form onSubmit={(event) => void submit(event)} aria-labelledby="gallery-details-heading" className="space-y-4 rounded-sm border border-neutral-300 bg-white p-4" noValidate>
      <h2 id="gallery-details-heading" className="font-serif text-xl font-bold">
        Title and address
      </h2>
      <TextField name="title" label="Title" required maxLength={TITLE_MAX} value={values.title} onChange={set('title')} error={errors.title} />
      <div>
        <label htmlFor="field-description" className="block text-sm font-semibold text-neutral-900">
          Description
        </label>
        <textarea
          id="field-description"
          name="description"
          rows={4}
          maxLength={DESCRIPTION_MAX}
          value={values.description}
          onChange={set('description')}
          aria-invalid={errors.description ? true : undefined}
          aria-describedby={errors.description ? 'field-description-error' : undefined}
          className="mt-1 block w-full rounded-sm border border-neutral-400 bg-white px-3 py-2 text-sm shadow-inner outline-none focus-visible:ring-2 focus-visible:ring-blue-700"
        />
        {errors.description && (
          <p id="field-description-error" className="mt-1 text-sm font-medium text-red-800">
            {errors.description}
          </p>
        )}
      </div>
      <TextField
        name="slug"
        label="Address"
        maxLength={SLUG_MAX}
        value={values.slug}
        onChange={set('slug')}
        readOnly={published}
        error={errors.slug}
        hint={
          published
            ? 'Fixed while the gallery is published, so links to it keep working.'
            : `Readers find the gallery at /galleries/${values.slug || '…'}. Letters are turned into plain ones (ş → s).`
        }
      />
      <button type="submit" disabled={!dirty || busy} className={buttonClass('primary')}>
        Save title and address
      </button>
    </form>
  );
}
