import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { GalleryPhotoPage } from '@/components/gallery/GalleryPhotoPage';
import { getGallery } from '@/lib/content/galleries';
import { galleryParams } from '@/lib/content/static-params';
import { galleryPhotoPageMetadata } from '@/lib/seo/page-metadata';

export const instant = false;

export async function generateStaticParams() {
  return (await galleryParams(3)).map((params) => ({ ...params, position: '1' }));
}

function photoIndex(position: string, count: number): number | null {
  if (!/^[1-9][0-9]{0,4}$/.test(position)) return null;
  const index = Number(position) - 1;
  return index < count ? index : null;
}

export async function generateMetadata({ params }: PageProps<'/galleries/[slug]/photo/[position]'>): Promise<Metadata> {
  const { slug, position } = await params;
  return galleryPhotoPageMetadata(slug, position);
}

export default async function GalleryPhotoRoute({ params }: PageProps<'/galleries/[slug]/photo/[position]'>) {
  const { slug, position } = await params;
  const gallery = await getGallery(slug);
  const index = gallery ? photoIndex(position, gallery.photos.length) : null;
  if (!gallery || index === null) notFound();
  return <GalleryPhotoPage gallery={gallery} index={index} />;
}
