import type { GalleryView } from '@/lib/content/views';
import { formatDay, toZonedIso } from '@/lib/time/format';
import { GalleryStrip } from './GalleryStrip';
import { photoCount } from '@/lib/galleries/photo-count';

export function GalleryPage({ gallery, timeZone }: { gallery: GalleryView; timeZone: string }) {
  return (
    <article>
      <header className="mb-6 max-w-3xl">
        <p className="section-label">Gallery</p>
        <h1 className="mt-1 font-serif text-3xl leading-tight font-bold tracking-tight text-balance sm:text-4xl">{gallery.title}</h1>
        {gallery.description ? <p className="mt-3 font-serif text-lg text-muted">{gallery.description}</p> : null}
        <p className="mt-3 font-sans text-sm text-muted">
          {photoCount(gallery.photos.length)}
          {gallery.publishedAt ? (
            <>
              {' · '}
              <time dateTime={toZonedIso(gallery.publishedAt, timeZone)}>{formatDay(gallery.publishedAt, timeZone)}</time>
            </>
          ) : null}
          {' · '}Select a photo to enlarge it.
        </p>
      </header>
      <GalleryStrip gallery={gallery} layout="grid" />
    </article>
  );
}
