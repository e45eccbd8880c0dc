import Link from 'next/link';

/** What is being paged: listings run newest first, search results by relevance. */
const WORDING = {
  stories: { previous: 'Newer', next: 'Older', noun: 'stories' },
  galleries: { previous: 'Newer', next: 'Older', noun: 'galleries' },
  results: { previous: 'Previous', next: 'Next', noun: 'results' },
} as const;

/**
 * Previous / next links and the page count under a listing. `hrefFor(page)` builds the stable
 * URL of each page (pagePath in lib/content/urls.ts, or the search URL). A page past the last
 * (a search whose results shrank) gets no links: the page itself says where to go.
 */
export function Pagination({
  page,
  pageCount,
  hrefFor,
  label,
  of = 'stories',
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  label: string;
  of?: keyof typeof WORDING;
}) {
  if (pageCount <= 1 || page > pageCount) return null;
  const wording = WORDING[of];
  const linkClass = 'rounded border border-rule px-4 py-2 font-semibold hover:border-rule-strong';
  return (
    <nav aria-label={label} className="mt-8 flex items-center justify-between gap-4 border-t border-rule pt-5 font-sans">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} rel="prev" className={linkClass}>
          <span aria-hidden="true">← </span>
          {wording.previous}
          <span className="sr-only">
            {' '}
            {wording.noun}, page {page - 1}
          </span>
        </Link>
      ) : (
        <span />
      )}
      <p className="text-sm text-muted">
        Page {page} of {pageCount}
      </p>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} rel="next" className={linkClass}>
          {wording.next}
          <span className="sr-only">
            {' '}
            {wording.noun}, page {page + 1}
          </span>
          <span aria-hidden="true"> →</span>
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
