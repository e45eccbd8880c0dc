import { notFound } from 'next/navigation';
import { ListingPage } from '@/components/listing/ListingPage';
import { getStoryPage } from '@/lib/content/articles';
import { getSiteSettings } from '@/lib/content/settings';
import { latestPath } from '@/lib/content/urls';

/** /latest and /latest/page/N: every published story, newest first. */
export async function LatestListing({ page }: { page: number }) {
  const [settings, listing] = await Promise.all([getSiteSettings(), getStoryPage({ kind: 'latest' }, page)]);
  if (page > listing.pageCount) notFound();
  return <ListingPage title="Latest news" basePath={latestPath} listing={listing} timeZone={settings.timeZone} emptyText="No stories have been published yet." />;
}
