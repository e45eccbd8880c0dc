import Link from 'next/link';

/**
 * Previous / next links and the page count under a listing. `hrefFor(page)` builds the stable
 * URL of each page (pagePath in lib/content/urls.ts, or the search URL).
 */
export function Pagination({ page, pageCount, hrefFor, label }: { page: number; pageCount: number; hrefFor: (page: number) => string; label: string }) {
  if (pageCount <= 1) return null;
  const linkClass = 'rounded border border-rule px-4 py-2 font-semibold hover:border-rule-strong';
  return (
    <nav aria-label={label} className="mt-8 flex items-center justify-between gap-4 border-t border-rule pt-5 font-sans">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} rel="prev" className={linkClass}>
          <span aria-hidden="true">← </span>Newer<span className="sr-only"> stories, page {page - 1}</span>
        </Link>
      ) : (
        <span />
      )}
      <p className="text-sm text-muted">
        Page {page} of {pageCount}
      </p>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} rel="next" className={linkClass}>
          Older<span className="sr-only"> stories, page {page + 1}</span>
          <span aria-hidden="true"> →</span>
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
