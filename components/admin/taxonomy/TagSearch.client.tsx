'use client';

import { buttonClass } from '@/components/admin/forms/button-class';
import { TextField } from '@/components/admin/forms/TextField';
import { FILTER_TEXT_MAX } from '@/lib/db/text';

/** Finding tags by name (a GET form; a client component only for a document-unique field id). */
export function TagSearch({ query }: { query?: string }) {
  return (
    <form method="get" role="search" aria-label="Find tags" className="mb-6 flex flex-wrap items-end gap-3">
      <TextField name="q" label="Name" type="search" maxLength={FILTER_TEXT_MAX} defaultValue={query ?? ''} className="w-64" />
      <button type="submit" className={buttonClass('secondary')}>
        Find
      </button>
    </form>
  );
}
