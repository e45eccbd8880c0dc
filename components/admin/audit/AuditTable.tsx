import Link from 'next/link';
import type { AuditRow } from '@/lib/audit/log';
import { formatDateline } from '@/lib/time/format';

/** The trail, newest first: when, who, what happened in words, and the details worth reading. */
export function AuditTable({ rows, timeZone }: { rows: readonly AuditRow[]; timeZone: string }) {
  if (rows.length === 0) return <p className="text-neutral-700">No entries match.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[40rem] border-collapse text-left text-sm">
        <caption className="sr-only">Audit log entries, newest first</caption>
        <thead>
          <tr className="border-b-2 border-neutral-900">
            <th scope="col" className="py-2 pr-4 font-semibold">When</th>
            <th scope="col" className="py-2 pr-4 font-semibold">Who</th>
            <th scope="col" className="py-2 font-semibold">What</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const when = formatDateline(row.createdAt, timeZone);
            return (
              <tr key={row.id} className="border-b border-neutral-300 align-top" data-action={row.action}>
                <td className="whitespace-nowrap py-2 pr-4 text-neutral-700">
                  <time dateTime={when.dateTime}>{when.text}</time>
                </td>
                <td className="py-2 pr-4 font-semibold">{row.actor ? row.actor.name : <span className="font-normal italic">{row.action === 'auth.sign_in_failed' ? 'Someone' : 'The system'}</span>}</td>
                <td className="py-2">
                  <p>
                    {row.summary}
                    {row.subjectHref && (
                      <>
                        {' '}
                        <Link href={row.subjectHref} className="text-neutral-700 underline underline-offset-2">
                          (open)
                        </Link>
                      </>
                    )}
                  </p>
                  {row.details.length > 0 && (
                    <dl className="mt-1 grid grid-cols-[max-content_1fr] gap-x-3 text-neutral-700">
                      {row.details.map(([label, value], index) => (
                        <div key={index} className="contents">
                          <dt>{label}</dt>
                          <dd className="break-all">{value}</dd>
                        </div>
                      ))}
                    </dl>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
