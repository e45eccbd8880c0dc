import type { Metadata } from 'next';
import { GalleryListing } from './listing';

export const metadata: Metadata = { title: 'Galleries' };

export default function GalleriesRoute() {
  return <GalleryListing page={1} />;
}
