import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { GalleryPage } from '@/components/gallery/GalleryPage';
import { getGallery } from '@/lib/content/galleries';
import { getSiteSettings } from '@/lib/content/settings';
import { galleryParams } from '@/lib/content/static-params';
import { GalleryJsonLd } from '@/components/seo/JsonLd';
import { galleryPageMetadata } from '@/lib/seo/page-metadata';

export const instant = false;

export async function generateStaticParams() {
  return galleryParams();
}

export async function generateMetadata({ params }: PageProps<'/galleries/[slug]'>): Promise<Metadata> {
  return galleryPageMetadata((await params).slug);
}

export default async function GalleryRoute({ params }: PageProps<'/galleries/[slug]'>) {
  const { slug } = await params;
  const [gallery, settings] = await Promise.all([getGallery(slug), getSiteSettings()]);
  if (!gallery || !gallery.photos.length) notFound();
  return (
    <>
      <GalleryJsonLd slug={slug} />
      <GalleryPage gallery={gallery} timeZone={settings.timeZone} />
    </>
  );
}
