import type { StaffStatus } from '@/lib/users/directory';

const LOOK: Record<StaffStatus, { label: string; className: string }> = {
  active: { label: 'Active', className: 'border-green-800 text-green-900' },
  invited: { label: 'Invited', className: 'border-amber-700 text-amber-900' },
  deactivated: { label: 'Deactivated', className: 'border-neutral-500 text-neutral-700' },
};

/** Words first, colour second: the status reads the same without colour. */
export function StaffStatusBadge({ status }: { status: StaffStatus }) {
  const look = LOOK[status];
  return <span className={`inline-block rounded-sm border px-2 py-0.5 text-xs font-semibold ${look.className}`}>{look.label}</span>;
}

export const STATUS_LABELS: Record<StaffStatus, string> = { active: 'Active', invited: 'Invited', deactivated: 'Deactivated' };
