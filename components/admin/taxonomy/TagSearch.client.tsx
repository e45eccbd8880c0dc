'use client';

import { buttonClass } from '@/components/admin/forms/button-class';
import { TextField } from '@/components/admin/forms/TextField';

/** Finding tags by name (a GET form; a client component only for a document-unique field id). */
export function TagSearch({ query }: { query?: string }) {
  return (
    <form method="get" role="search" aria-label="Find tags" className="mb-6 flex flex-wrap items-end gap-3">
      <TextField name="q" label="Name" type="search" defaultValue={query ?? ''} className="w-64" />
      <button type="submit" className={buttonClass('secondary')}>
        Find
      </button>
    </form>
  );
}
