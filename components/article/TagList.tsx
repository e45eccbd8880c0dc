import Link from 'next/link';
import type { LinkRef } from '@/lib/content/views';

export function TagList({ tags }: { tags: LinkRef[] }) {
  if (!tags.length) return null;
  return (
    <nav aria-label="Topics" className="no-print mt-8 font-sans">
      <h2 className="text-sm font-bold tracking-wide uppercase">Topics</h2>
      <ul className="mt-2 flex flex-wrap gap-2" role="list">
        {tags.map((tag) => (
          <li key={tag.path}>
            <Link href={tag.path} className="inline-block rounded bg-paper-alt px-2.5 py-1 text-sm font-semibold hover:underline">
              {tag.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
