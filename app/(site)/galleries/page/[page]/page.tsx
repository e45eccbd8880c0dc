import type { Metadata } from 'next';
import { galleriesPageMetadata } from '@/lib/seo/page-metadata';
import { notFound } from 'next/navigation';
import { parsePageSegment } from '@/lib/content/pagination';
import { GalleryListing } from '../../listing';
import { SECOND_PAGE } from '@/lib/content/static-params';

export const instant = false;

export function generateStaticParams() {
  return SECOND_PAGE;
}

export async function generateMetadata({ params }: PageProps<'/galleries/page/[page]'>): Promise<Metadata> {
  return galleriesPageMetadata(parsePageSegment((await params).page) ?? 1);
}

export default async function GalleriesPageRoute({ params }: PageProps<'/galleries/page/[page]'>) {
  const page = parsePageSegment((await params).page);
  if (page === null) notFound();
  return <GalleryListing page={page} />;
}
