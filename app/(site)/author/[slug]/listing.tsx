import { notFound } from 'next/navigation';
import { AuthorIntro } from '@/components/listing/AuthorIntro';
import { ListingPage } from '@/components/listing/ListingPage';
import { getStoryPage } from '@/lib/content/articles';
import { getAuthor } from '@/lib/content/authors';
import { getSiteSettings } from '@/lib/content/settings';

/** /author/{slug} and /author/{slug}/page/N: bio, photo and the author's stories. */
export async function AuthorListing({ slug, page }: { slug: string; page: number }) {
  const author = await getAuthor(slug);
  if (!author) notFound();
  const [settings, listing] = await Promise.all([getSiteSettings(), getStoryPage({ kind: 'author', authorId: author.id }, page)]);
  if (page > listing.pageCount) notFound();
  return (
    <ListingPage
      title={author.name}
      intro={page === 1 ? <AuthorIntro author={author} /> : null}
      basePath={author.path}
      listing={listing}
      timeZone={settings.timeZone}
      emptyText={`${author.name} has no published stories yet.`}
    />
  );
}
