import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { StaticPageContent } from '@/components/article/StaticPageContent';
import { getStaticPage } from '@/lib/content/pages';

export async function generateMetadata(): Promise<Metadata> {
  const page = await getStaticPage('contact');
  return page ? { title: page.title } : {};
}

export default async function ContactRoute() {
  const page = await getStaticPage('contact');
  if (!page) notFound();
  return <StaticPageContent page={page} />;
}
