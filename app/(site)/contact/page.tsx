import type { Metadata } from 'next';
import { staticPageMetadata } from '@/lib/seo/page-metadata';
import { notFound } from 'next/navigation';
import { StaticPageContent } from '@/components/article/StaticPageContent';
import { getStaticPage } from '@/lib/content/pages';

export async function generateMetadata(): Promise<Metadata> {
  return staticPageMetadata('contact');
}

export default async function ContactRoute() {
  const page = await getStaticPage('contact');
  if (!page) notFound();
  return <StaticPageContent page={page} />;
}
