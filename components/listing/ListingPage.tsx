import type { ReactNode } from 'react';
import type { Paged } from '@/lib/content/pagination';
import type { ArticleSummary } from '@/lib/content/views';
import { pagePath } from '@/lib/content/urls';
import { LatestRail } from './LatestRail';
import { Pagination } from './Pagination';
import { StoryList } from './StoryList';

/**
 * Latest, section, tag and author pages: a heading, one page of stories and stable links to
 * the pages before and after.
 */
export function ListingPage({
  title,
  kicker,
  intro,
  basePath,
  listing,
  timeZone,
  showSection = true,
  emptyText,
  rail,
}: {
  title: string;
  kicker?: string;
  intro?: ReactNode;
  basePath: string;
  listing: Paged<ArticleSummary>;
  timeZone: string;
  showSection?: boolean;
  emptyText: string;
  rail?: { stories: ArticleSummary[]; today: string };
}) {
  return (
    <div className="grid gap-x-12 gap-y-10 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <div className="min-w-0">
        <header className="mb-6 border-b border-rule pb-4">
          {kicker ? <p className="section-label">{kicker}</p> : null}
          <h1 className="font-serif text-3xl font-bold tracking-tight sm:text-4xl">
            {title}
            {listing.page > 1 ? <span className="text-muted"> — page {listing.page}</span> : null}
          </h1>
          {intro}
        </header>
        {listing.items.length ? (
          <StoryList stories={listing.items} timeZone={timeZone} showSection={showSection} />
        ) : (
          <p className="py-8 font-serif text-lg">{emptyText}</p>
        )}
        <Pagination page={listing.page} pageCount={listing.pageCount} hrefFor={(page) => pagePath(basePath, page)} label={`${title}: more pages`} />
      </div>
      {rail ? (
        <div className="no-print">
          <LatestRail stories={rail.stories} timeZone={timeZone} today={rail.today} />
        </div>
      ) : null}
    </div>
  );
}
