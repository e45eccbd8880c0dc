import { notFound } from 'next/navigation';
import { ListingPage } from '@/components/listing/ListingPage';
import { getStoryPage } from '@/lib/content/articles';
import { getSiteSettings } from '@/lib/content/settings';
import { getTopic } from '@/lib/content/topics';

/** /tag/{slug} and /tag/{slug}/page/N. */
export async function TopicListing({ slug, page }: { slug: string; page: number }) {
  const topic = await getTopic(slug);
  if (!topic) notFound();
  const [settings, listing] = await Promise.all([getSiteSettings(), getStoryPage({ kind: 'tag', tagId: topic.id }, page)]);
  if (page > listing.pageCount) notFound();
  return (
    <ListingPage
      kicker="Topic"
      title={topic.name}
      basePath={topic.path}
      listing={listing}
      timeZone={settings.timeZone}
      emptyText={`No stories about ${topic.name} have been published yet.`}
    />
  );
}
