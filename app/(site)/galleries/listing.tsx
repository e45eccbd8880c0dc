import { notFound } from 'next/navigation';
import { GalleryCard } from '@/components/gallery/GalleryCard';
import { Pagination } from '@/components/listing/Pagination';
import { getGalleryPage } from '@/lib/content/galleries';
import { getSiteSettings } from '@/lib/content/settings';
import { galleriesPath, pagePath } from '@/lib/content/urls';

/** /galleries and /galleries/page/N. */
export async function GalleryListing({ page }: { page: number }) {
  const [settings, listing] = await Promise.all([getSiteSettings(), getGalleryPage(page)]);
  if (page > listing.pageCount) notFound();
  return (
    <>
      <header className="mb-6 border-b border-rule pb-4">
        <h1 className="font-serif text-3xl font-bold tracking-tight sm:text-4xl">
          Galleries
          {page > 1 ? <span className="text-muted"> — page {page}</span> : null}
        </h1>
      </header>
      {listing.items.length ? (
        <ul className="grid gap-8 sm:grid-cols-2 lg:grid-cols-3" role="list">
          {listing.items.map((gallery) => (
            <li key={gallery.id}>
              <GalleryCard gallery={gallery} timeZone={settings.timeZone} headingLevel={2} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="py-8 font-serif text-lg">No galleries have been published yet.</p>
      )}
      <Pagination page={listing.page} pageCount={listing.pageCount} hrefFor={(n) => pagePath(galleriesPath, n)} label="Galleries: more pages" of="galleries" />
    </>
  );
}
