import type { Metadata } from 'next';
import { galleriesPageMetadata } from '@/lib/seo/page-metadata';
import { GalleryListing } from './listing';

export async function generateMetadata(): Promise<Metadata> {
  return galleriesPageMetadata();
}

export default function GalleriesRoute() {
  return <GalleryListing page={1} />;
}
