import Link from 'next/link';
import { ROLE_LABELS } from '@/lib/auth/permissions';
import { formatDateline } from '@/lib/time/format';
import type { StaffRow } from '@/lib/users/directory';
import { StaffStatusBadge } from './StaffStatusBadge';

/** The newsroom's people, one row each; the name opens the person. */
export function StaffTable({ rows, timeZone, filtered }: { rows: readonly StaffRow[]; timeZone: string; filtered: boolean }) {
  if (rows.length === 0) {
    return <p className="text-neutral-700">{filtered ? 'Nobody matches these filters.' : 'Nobody here yet.'}</p>;
  }
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[40rem] border-collapse text-left text-sm">
        <caption className="sr-only">People in the newsroom</caption>
        <thead>
          <tr className="border-b-2 border-neutral-900">
            <th scope="col" className="py-2 pr-4 font-semibold">Name</th>
            <th scope="col" className="py-2 pr-4 font-semibold">Email</th>
            <th scope="col" className="py-2 pr-4 font-semibold">Role</th>
            <th scope="col" className="py-2 pr-4 font-semibold">Status</th>
            <th scope="col" className="py-2 font-semibold">Last signed in</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-neutral-300">
              <th scope="row" className="py-2 pr-4 font-semibold">
                <Link href={`/admin/users/${row.id}`} className="underline underline-offset-2 hover:text-neutral-600">
                  {row.name}
                </Link>
              </th>
              <td className="py-2 pr-4 break-all">{row.email}</td>
              <td className="py-2 pr-4">{ROLE_LABELS[row.role]}</td>
              <td className="py-2 pr-4">
                <StaffStatusBadge status={row.status} />
              </td>
              <td className="py-2 text-neutral-700">{row.lastSignInAt ? formatDateline(row.lastSignInAt, timeZone).text : 'Never'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
