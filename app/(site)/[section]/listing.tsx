import { notFound } from 'next/navigation';
import { ListingPage } from '@/components/listing/ListingPage';
import { getStoryPage } from '@/lib/content/articles';
import { getPublicationDay } from '@/lib/content/clock';
import { getSection } from '@/lib/content/sections';
import { getLatestArticles } from '@/lib/content/articles';
import { getSiteSettings } from '@/lib/content/settings';

/** /{section} and /{section}/page/N. */
export async function SectionListing({ slug, page }: { slug: string; page: number }) {
  const section = await getSection(slug);
  if (!section) notFound();
  const settings = await getSiteSettings();
  const [listing, latest, day] = await Promise.all([
    getStoryPage({ kind: 'section', sectionId: section.id }, page),
    getLatestArticles(9),
    getPublicationDay(settings.timeZone),
  ]);
  if (page > listing.pageCount) notFound();
  return (
    <ListingPage
      title={section.name}
      intro={section.description ? <p className="mt-2 max-w-2xl text-muted">{section.description}</p> : null}
      basePath={section.path}
      listing={listing}
      timeZone={settings.timeZone}
      showSection={false}
      emptyText={`No ${section.name} stories have been published yet.`}
      rail={{ stories: latest, today: day.key }}
    />
  );
}
