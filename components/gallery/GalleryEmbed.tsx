import type { GalleryView } from '@/lib/content/views';
import { GalleryStrip } from './GalleryStrip';
import { photoCount } from '@/lib/galleries/photo-count';

/** A gallery inside a story: its title, photo count and strip of thumbnails. */
export function GalleryEmbed({ gallery, headingId }: { gallery: GalleryView; headingId: string }) {
  return (
    <section aria-labelledby={headingId} className="not-prose my-8 border-y border-rule py-4 font-sans">
      <h2 id={headingId} className="!mt-0 font-serif text-xl font-bold">
        <span className="section-label mr-1 align-middle">Gallery</span>{' '}
        <a href={gallery.path} className="quiet-link">
          {gallery.title}
        </a>
      </h2>
      <p className="mb-3 text-sm text-muted">{photoCount(gallery.photos.length)}. Select a photo to enlarge it.</p>
      <GalleryStrip gallery={gallery} />
    </section>
  );
}
