import Link from 'next/link';
import type { TagSummary } from '@/lib/taxonomy/tags';

export function TagTable({ tags, filtered }: { tags: readonly TagSummary[]; filtered: boolean }) {
  if (tags.length === 0) return <p className="text-neutral-700">{filtered ? 'No tag matches.' : 'No tags yet: writers create them while tagging stories.'}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[32rem] border-collapse text-left text-sm">
        <caption className="sr-only">Tags</caption>
        <thead>
          <tr className="border-b-2 border-neutral-900">
            <th scope="col" className="py-2 pr-4 font-semibold">Name</th>
            <th scope="col" className="py-2 pr-4 font-semibold">Address</th>
            <th scope="col" className="py-2 text-right font-semibold">Stories</th>
          </tr>
        </thead>
        <tbody>
          {tags.map((tag) => (
            <tr key={tag.id} className="border-b border-neutral-300">
              <th scope="row" className="py-2 pr-4 font-semibold">
                <Link href={`/admin/tags/${tag.id}`} className="underline underline-offset-2">
                  {tag.name}
                </Link>
              </th>
              <td className="py-2 pr-4 text-neutral-700">/tag/{tag.slug}</td>
              <td className="py-2 text-right tabular-nums">{tag.storyCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
