import type { GalleryView } from '@/lib/content/views';

/** What the lightbox needs of each photo: only this is sent to the browser. */
export interface LightboxPhoto {
  src: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string;
  path: string;
}

export function toLightboxPhotos(gallery: GalleryView): LightboxPhoto[] {
  return gallery.photos.map((photo) => ({
    src: photo.image.src,
    width: photo.image.width,
    height: photo.image.height,
    alt: photo.image.alt,
    caption: photo.caption,
    credit: photo.credit,
    path: photo.path,
  }));
}
