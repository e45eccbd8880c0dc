'use client';

import Link from 'next/link';
import { buttonClass } from '@/components/admin/forms/button-class';
import { SelectField } from '@/components/admin/forms/SelectField';
import { TextField } from '@/components/admin/forms/TextField';
import { actionLabel } from '@/lib/audit/describe';
import type { AuditFilterOptions, AuditFilters as Filters } from '@/lib/audit/log';

/**
 * A plain GET form: the filters are in the address, so a filtered view can be bookmarked or shared.
 * A client component only so its field ids are unique among the pages Next keeps hidden.
 */
export function AuditFilters({ filters, options, timeZone }: { filters: Filters; options: AuditFilterOptions; timeZone: string }) {
  const any = filters.actor || filters.action || filters.subjectType || filters.subjectId || filters.from || filters.to;
  return (
    <form method="get" role="search" aria-label="Filter the audit log" className="mb-6 flex flex-wrap items-end gap-3">
      <SelectField
        name="actor"
        label="Who"
        defaultValue={filters.actor ?? ''}
        options={[
          { value: '', label: 'Anyone' },
          { value: 'system', label: 'No one signed in (scheduler, command line, failed sign-ins)' },
          ...options.actors.map((actor) => ({ value: String(actor.id), label: actor.name })),
        ]}
      />
      <SelectField
        name="action"
        label="What"
        defaultValue={filters.action ?? ''}
        options={[{ value: '', label: 'Any action' }, ...options.actions.map((action) => ({ value: action, label: actionLabel(action) }))]}
      />
      <SelectField
        name="subjectType"
        label="Kind of thing"
        defaultValue={filters.subjectType ?? ''}
        options={[{ value: '', label: 'Anything' }, ...options.subjectTypes.map((type) => ({ value: type, label: type.replace(/_/g, ' ') }))]}
      />
      <TextField name="subjectId" label="Its id" defaultValue={filters.subjectId ?? ''} className="w-24" spellCheck={false} />
      <TextField name="from" label="From" type="date" defaultValue={filters.from ?? ''} />
      <TextField name="to" label="To" type="date" defaultValue={filters.to ?? ''} />
      <button type="submit" className={buttonClass('secondary')}>
        Filter
      </button>
      {any && (
        <Link href="/admin/audit" className="py-2 text-sm font-semibold underline underline-offset-2">
          Clear filters
        </Link>
      )}
      <p className="w-full text-sm text-neutral-600">Days are days in the publication’s time zone ({timeZone}).</p>
    </form>
  );
}
