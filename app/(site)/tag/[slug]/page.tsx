import type { Metadata } from 'next';
import { tagPageMetadata } from '@/lib/seo/page-metadata';
import { TopicListing } from './listing';
import { tagParams } from '@/lib/content/static-params';

export const instant = false;

export async function generateStaticParams() {
  return tagParams();
}

export async function generateMetadata({ params }: PageProps<'/tag/[slug]'>): Promise<Metadata> {
  return tagPageMetadata((await params).slug);
}

export default async function TopicRoute({ params }: PageProps<'/tag/[slug]'>) {
  return <TopicListing slug={(await params).slug} page={1} />;
}
