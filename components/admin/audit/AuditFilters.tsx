import Link from 'next/link';
import { buttonClass } from '@/components/admin/forms/button-class';
import { actionLabel } from '@/lib/audit/describe';
import type { AuditFilterOptions, AuditFilters as Filters } from '@/lib/audit/log';

/** A plain GET form: the filters are in the address, so a filtered view can be bookmarked or shared. */
export function AuditFilters({ filters, options, timeZone }: { filters: Filters; options: AuditFilterOptions; timeZone: string }) {
  const control = 'mt-1 block rounded-sm border border-neutral-400 bg-white px-3 py-2 text-sm font-normal outline-none focus-visible:ring-2 focus-visible:ring-blue-700';
  const label = 'block text-sm font-semibold';
  const any = filters.actor || filters.action || filters.subjectType || filters.subjectId || filters.from || filters.to;
  return (
    <form method="get" role="search" aria-label="Filter the audit log" className="mb-6 flex flex-wrap items-end gap-3">
      <label className={label}>
        Who
        <select name="actor" defaultValue={filters.actor ?? ''} className={control}>
          <option value="">Anyone</option>
          <option value="system">The system (scheduler, command line)</option>
          {options.actors.map((actor) => (
            <option key={actor.id} value={actor.id}>
              {actor.name}
            </option>
          ))}
        </select>
      </label>
      <label className={label}>
        What
        <select name="action" defaultValue={filters.action ?? ''} className={control}>
          <option value="">Any action</option>
          {options.actions.map((action) => (
            <option key={action} value={action}>
              {actionLabel(action)}
            </option>
          ))}
        </select>
      </label>
      <label className={label}>
        Kind of thing
        <select name="subjectType" defaultValue={filters.subjectType ?? ''} className={control}>
          <option value="">Anything</option>
          {options.subjectTypes.map((type) => (
            <option key={type} value={type}>
              {type.replace(/_/g, ' ')}
            </option>
          ))}
        </select>
      </label>
      <label className={label}>
        Its id
        <input name="subjectId" defaultValue={filters.subjectId ?? ''} inputMode="numeric" className={`${control} w-24`} />
      </label>
      <label className={label}>
        From
        <input type="date" name="from" defaultValue={filters.from ?? ''} className={control} />
      </label>
      <label className={label}>
        To
        <input type="date" name="to" defaultValue={filters.to ?? ''} className={control} />
      </label>
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
