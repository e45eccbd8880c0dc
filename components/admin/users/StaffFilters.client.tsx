'use client';

import Link from 'next/link';
import { buttonClass } from '@/components/admin/forms/button-class';
import { SelectField } from '@/components/admin/forms/SelectField';
import { TextField } from '@/components/admin/forms/TextField';
import { ROLE_LABELS, ROLES } from '@/lib/auth/permissions';
import type { StaffFilters as Filters, StaffStatus } from '@/lib/users/directory';
import { STATUS_LABELS } from './StaffStatusBadge';
import { FILTER_TEXT_MAX } from '@/lib/db/text';

const STATUS_OPTIONS = (['active', 'invited', 'deactivated'] as const satisfies readonly StaffStatus[]).map((status) => ({ value: status, label: STATUS_LABELS[status] }));

/**
 * A plain GET form: filters live in the address, so they survive a reload and can be shared.
 * A client component only so its field ids are unique among the pages Next keeps hidden.
 */
export function StaffFilters({ filters }: { filters: Filters }) {
  return (
    <form method="get" role="search" aria-label="Filter users" className="mb-6 flex flex-wrap items-end gap-3">
      <TextField name="q" label="Name or email" type="search" maxLength={FILTER_TEXT_MAX} defaultValue={filters.q ?? ''} className="w-64" />
      <SelectField
        name="role"
        label="Role"
        defaultValue={filters.role ?? ''}
        options={[{ value: '', label: 'Any role' }, ...ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }))]}
      />
      <SelectField name="status" label="Status" defaultValue={filters.status ?? ''} options={[{ value: '', label: 'Any status' }, ...STATUS_OPTIONS]} />
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
