import Link from 'next/link';
import type { AuditFilters } from '@/lib/audit/log';

/** Newer / older pages of the trail (keyset cursors: see lib/audit/log.ts). */
export function AuditPagination({ newer, older, link }: { newer: number | null; older: number | null; link: (cursor: Pick<AuditFilters, 'before' | 'after'>) => string }) {
  if (newer === null && older === null) return null;
  const style = 'rounded-sm border border-neutral-400 bg-white px-3 py-1.5 text-sm font-semibold hover:bg-neutral-100';
  return (
    <nav aria-label="Audit log pages" className="mt-6 flex gap-3">
      {newer !== null && (
        <Link href={link({ after: newer })} className={style} rel="prev">
          ← Newer
        </Link>
      )}
      {older !== null && (
        <Link href={link({ before: older })} className={style} rel="next">
          Older →
        </Link>
      )}
    </nav>
  );
}
