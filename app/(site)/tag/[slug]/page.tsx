import type { Metadata } from 'next';
import { getTopic } from '@/lib/content/topics';
import { TopicListing } from './listing';
import { tagParams } from '@/lib/content/static-params';

export const instant = false;

export async function generateStaticParams() {
  return tagParams();
}

export async function generateMetadata({ params }: PageProps<'/tag/[slug]'>): Promise<Metadata> {
  const topic = await getTopic((await params).slug);
  return topic ? { title: topic.name } : {};
}

export default async function TopicRoute({ params }: PageProps<'/tag/[slug]'>) {
  return <TopicListing slug={(await params).slug} page={1} />;
}
