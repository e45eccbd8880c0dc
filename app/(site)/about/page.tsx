import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { StaticPageContent } from '@/components/article/StaticPageContent';
import { getStaticPage } from '@/lib/content/pages';

export async function generateMetadata(): Promise<Metadata> {
  const page = await getStaticPage('about');
  return page ? { title: page.title } : {};
}

export default async function AboutRoute() {
  const page = await getStaticPage('about');
  if (!page) notFound();
  return <StaticPageContent page={page} />;
}
