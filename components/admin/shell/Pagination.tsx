import Link from 'next/link';

/** Previous / next for a paginated admin list; `href(page)` keeps the other filters. */
export function Pagination({ page, pageCount, href, label }: { page: number; pageCount: number; href: (page: number) => string; label: string }) {
  if (pageCount <= 1) return null;
  const link = 'rounded-sm border border-neutral-400 bg-white px-3 py-1.5 text-sm font-semibold underline-offset-2 hover:bg-neutral-100';
  return (
    <nav aria-label={label} className="mt-6 flex items-center gap-3">
      {page > 1 ? (
        <Link href={href(page - 1)} className={link} rel="prev">
          ← Previous
        </Link>
      ) : null}
      <span className="text-sm text-neutral-700">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={href(page + 1)} className={link} rel="next">
          Next →
        </Link>
      ) : null}
    </nav>
  );
}
