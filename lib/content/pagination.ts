/**
 * Paginated listings: 20 stories a page, page 1 at the bare listing URL, later pages at
 * `/…/page/N` (lib/content/urls.ts). A page beyond the last one does not exist (404), except
 * page 1 of an empty listing, which shows its empty state.
 */

export const STORIES_PER_PAGE = 20;

export interface Paged<T> {
  items: T[];
  /** 1-based. */
  page: number;
  pageCount: number;
  total: number;
}

export interface PageWindow {
  pageCount: number;
  skip: number;
  /** False for a page beyond the last one. */
  inRange: boolean;
}

export function pageWindow(total: number, page: number, perPage: number): PageWindow {
  const pageCount = Math.max(1, Math.ceil(total / perPage));
  return { pageCount, skip: (page - 1) * perPage, inRange: Number.isInteger(page) && page >= 1 && page <= pageCount };
}

/**
 * The page number in a `/…/page/N` URL: a plain positive integer without leading zeros, and
 * never 1 (page 1 lives at the bare listing URL). Anything else is not a page.
 */
export function parsePageSegment(segment: string): number | null {
  if (!/^[1-9][0-9]{0,5}$/.test(segment)) return null;
  const page = Number(segment);
  return page >= 2 ? page : null;
}
