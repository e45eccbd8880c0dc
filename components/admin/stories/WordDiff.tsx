import type { DiffPart } from '@/lib/editorial/revisions';
import { DiffParts } from './DiffParts';

/** A word-level diff: removed words struck through in red, added words marked in green. */
export default function WordDiff({ parts, label }: { parts: DiffPart[]; label: string }) {
  const changed = parts.some((part) => part.added || part.removed);
  return (
    <div>
      <h3 className="text-sm font-medium">
        {label} {changed ? null : <span className="font-normal text-neutral-600">(unchanged)</span>}
      </h3>
      <p className="mt-1 whitespace-pre-wrap rounded border border-neutral-200 p-2 font-serif" data-testid={`diff-${label.toLowerCase()}`}>
        <DiffParts parts={parts} />
      </p>
    </div>
  );
}
