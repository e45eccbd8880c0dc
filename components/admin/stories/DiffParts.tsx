import type { DiffPart } from '@/lib/editorial/revisions';

/** Words of a word-level diff: removed ones struck through in red, added ones marked in green. */
export function DiffParts({ parts }: { parts: DiffPart[] }) {
  return parts.map((part, index) =>
    part.added ? (
      <ins key={index} className="bg-green-100 no-underline">
        {part.value}
      </ins>
    ) : part.removed ? (
      <del key={index} className="bg-red-100">
        {part.value}
      </del>
    ) : (
      <span key={index}>{part.value}</span>
    ),
  );
}
