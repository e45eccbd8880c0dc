import type { GalleryView } from '@/lib/content/views';
import { CroppedImage } from '../ui/StoryImage';
import { toLightboxPhotos } from './lightbox-photos';
import { Lightbox } from './Lightbox.client';

/**
 * A gallery's thumbnails. Each is a link to the photo's own page, so without JavaScript every
 * photo is a page with previous and next links; with JavaScript the lightbox opens over the strip.
 */
export function GalleryStrip({ gallery, currentPosition }: { gallery: GalleryView; currentPosition?: number }) {
  const count = gallery.photos.length;
  return (
    <Lightbox title={gallery.title} photos={toLightboxPhotos(gallery)}>
      <ul className="gallery-strip" aria-label={`${gallery.title}: ${count} photos`}>
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
              <CroppedImage image={photo.image} sizes="(min-width: 48rem) 200px, 45vw" ratio="4 / 3" />
            </a>
          </li>
        ))}
      </ul>
    </Lightbox>
  );
}
