import Link from 'next/link';
import { buttonClass } from '@/components/admin/forms/button-class';
import { ROLE_LABELS, ROLES } from '@/lib/auth/permissions';
import { STATUSES, type StaffFilters as Filters } from '@/lib/users/directory';
import { STATUS_LABELS } from './StaffStatusBadge';

/** A plain GET form: filters live in the address, so they survive a reload and can be shared. */
export function StaffFilters({ filters }: { filters: Filters }) {
  const control = 'mt-1 block font-normal rounded-sm border border-neutral-400 bg-white px-3 py-2 text-sm outline-none focus-visible:ring-2 focus-visible:ring-blue-700';
  return (
    <form method="get" role="search" aria-label="Filter people" className="mb-6 flex flex-wrap items-end gap-3">
      <label className="block text-sm font-semibold">
        Name or email
        <input name="q" type="search" defaultValue={filters.q ?? ''} className={`${control} w-64`} />
      </label>
      <label className="block text-sm font-semibold">
        Role
        <select name="role" defaultValue={filters.role ?? ''} className={control}>
          <option value="">Any role</option>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </select>
      </label>
      <label className="block text-sm font-semibold">
        Status
        <select name="status" defaultValue={filters.status ?? ''} className={control}>
          <option value="">Any status</option>
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className={buttonClass('secondary')}>
        Filter
      </button>
      {(filters.q || filters.role || filters.status) && (
        <Link href="/admin/users" className="py-2 text-sm font-semibold underline underline-offset-2">
          Clear filters
        </Link>
      )}
    </form>
  );
}
