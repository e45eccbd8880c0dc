import type { Metadata } from 'next';
import { tagPageMetadata } from '@/lib/seo/page-metadata';
import { notFound } from 'next/navigation';
import { parsePageSegment } from '@/lib/content/pagination';
import { TopicListing } from '../../listing';
import { tagParams } from '@/lib/content/static-params';

export const instant = false;

export async function generateStaticParams() {
  return (await tagParams(3)).map((params) => ({ ...params, page: '2' }));
}

export async function generateMetadata({ params }: PageProps<'/tag/[slug]/page/[page]'>): Promise<Metadata> {
  const { slug, page } = await params;
  return tagPageMetadata(slug, parsePageSegment(page) ?? 1);
}

export default async function TopicPageRoute({ params }: PageProps<'/tag/[slug]/page/[page]'>) {
  const { slug, page } = await params;
  const number = parsePageSegment(page);
  if (number === null) notFound();
  return <TopicListing slug={slug} page={number} />;
}
