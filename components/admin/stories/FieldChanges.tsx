import type { FieldChange } from '@/lib/editorial/revisions';

/** The other fields two revisions differ in, each as it was and as it became. */
export default function FieldChanges({ changes }: { changes: FieldChange[] }) {
  return (
    <div>
      <h3 className="text-sm font-medium">Also changed</h3>
      <table className="mt-1 w-full table-fixed border-collapse text-sm" data-testid="field-changes">
        <thead>
          <tr className="border-b border-neutral-300 text-left">
            <th scope="col" className="w-1/5 py-1 pr-2 font-medium">Field</th>
            <th scope="col" className="py-1 pr-2 font-medium">Before</th>
            <th scope="col" className="py-1 font-medium">After</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((change) => (
            <tr key={change.label} className="border-b border-neutral-100 align-top">
              <th scope="row" className="py-1 pr-2 text-left font-normal">
                {change.label}
              </th>
              {change.before || change.after ? (
                <>
                  <td className="py-1 pr-2 break-words">{change.before ? <del className="bg-red-50 text-red-900">{change.before}</del> : <span className="text-neutral-600">none</span>}</td>
                  <td className="py-1 break-words">{change.after ? <ins className="bg-green-50 text-green-900 no-underline">{change.after}</ins> : <span className="text-neutral-600">none</span>}</td>
                </>
              ) : (
                <td colSpan={2} className="py-1 text-neutral-600">
                  Structure or formatting (subheads, lists, bold) differs; the words are the same.
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
