import type { GalleryView } from '@/lib/content/views';
import { CroppedImage } from '../ui/StoryImage';
import { toLightboxPhotos } from './lightbox-photos';
import { Lightbox } from './Lightbox.client';
import { photoCount } from '@/lib/galleries/photo-count';

/**
 * A gallery's thumbnails. Each is a link to the photo's own page, so without JavaScript every
 * photo is a page with previous and next links; with JavaScript the lightbox opens over the strip.
 */
export function GalleryStrip({
  gallery,
  currentPosition,
  layout = 'strip',
}: {
  gallery: GalleryView;
  currentPosition?: number;
  /** `strip`: one scrolling row on a phone (inside stories); `grid`: every photo at once (the gallery's page). */
  layout?: 'strip' | 'grid';
}) {
  const count = gallery.photos.length;
  return (
    <Lightbox title={gallery.title} photos={toLightboxPhotos(gallery)}>
      <ul className={layout === 'grid' ? 'gallery-strip is-grid' : 'gallery-strip'} aria-label={`${gallery.title}: ${photoCount(count)}`}>
        {gallery.photos.map((photo) => (
          <li key={photo.position}>
            <a
              href={photo.path}
              data-photo-index={photo.position - 1}
              aria-current={photo.position === currentPosition ? 'true' : undefined}
              className="relative block outline-offset-2 aria-[current=true]:ring-4 aria-[current=true]:ring-accent"
            >
              <span className="sr-only">
                Photo {photo.position} of {count}:{' '}
              </span>
              <CroppedImage image={photo.image} sizes={layout === 'grid' ? '(min-width: 64rem) 280px, (min-width: 40rem) 33vw, 50vw' : '(min-width: 48rem) 200px, 45vw'} ratio="4 / 3" />
            </a>
          </li>
        ))}
      </ul>
    </Lightbox>
  );
}
