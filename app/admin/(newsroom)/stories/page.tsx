import type { Metadata } from 'next';
import { Suspense } from 'react';
import Link from 'next/link';
import { buttonClass } from '@/components/admin/forms/button-class';
import { PageHeader } from '@/components/admin/shell/PageHeader';
import { PageLoading } from '@/components/admin/shell/PageLoading';
import StoryFilters from '@/components/admin/stories/StoryFilters';
import StoryTable from '@/components/admin/stories/StoryTable';
import { getSiteSettings } from '@/lib/content/settings';
import { requireStaff } from '@/lib/auth/page';
import { listStories, PAGE_SIZE, sectionOptions, staffOptions, storyListQuery, type StoryListQuery } from '@/lib/editorial/queries';

export const metadata: Metadata = { title: 'Stories', robots: { index: false } };

export default function StoriesPage({ searchParams }: PageProps<'/admin/stories'>) {
  return (
    <Suspense fallback={<PageLoading />}>
      <Stories searchParams={searchParams} />
    </Suspense>
  );
}

function pageHref(query: StoryListQuery, page: number): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...query, page })) if (value !== undefined && value !== '' && !(key === 'page' && value === 1) && !(key === 'sort' && value === 'updated')) params.set(key, String(value));
  const search = params.toString();
  return search ? `/admin/stories?${search}` : '/admin/stories';
}

async function Stories({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = await searchParams;
  const actor = await requireStaff();
  const query = storyListQuery.parse(Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value || undefined])));
  const [result, sections, staff, settings] = await Promise.all([listStories(actor, query), sectionOptions(), staffOptions(), getSiteSettings()]);
  return (
    <div className="mx-auto max-w-6xl">
      <PageHeader
        title="Stories"
        actions={
          <Link href="/admin/stories/new" className={buttonClass('primary')}>
            New story
          </Link>
        }
      />
      <StoryFilters query={query} sections={sections} staff={staff} />
      <p className="mt-3 text-sm text-neutral-600" aria-live="polite">
        {result.moreThanTotal ? `More than ${result.total.toLocaleString('en-GB')} stories: narrow the list with the filters` : `${result.total} ${result.total === 1 ? 'story' : 'stories'}`}
      </p>
      <StoryTable items={result.items} timeZone={settings.timeZone} />
      {result.pages > 1 ? (
        <nav aria-label="Pages" className="mt-4 flex items-center gap-3 text-sm">
          {query.page > 1 ? <Link href={pageHref(query, query.page - 1)} rel="prev" className="inline-flex min-h-6 items-center underline">Previous</Link> : null}
          <span>
            Page {query.page} of {result.moreThanTotal ? `more than ${result.pages}` : result.pages}
          </span>
          {query.page < result.pages || (result.moreThanTotal && result.items.length === PAGE_SIZE) ? <Link href={pageHref(query, query.page + 1)} rel="next" className="inline-flex min-h-6 items-center underline">Next</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
