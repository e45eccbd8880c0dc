import type { Metadata } from 'next';
import { latestPageMetadata } from '@/lib/seo/page-metadata';
import { notFound } from 'next/navigation';
import { parsePageSegment } from '@/lib/content/pagination';
import { LatestListing } from '../../listing';
import { SECOND_PAGE } from '@/lib/content/static-params';

export const instant = false;

export function generateStaticParams() {
  return SECOND_PAGE;
}

export async function generateMetadata({ params }: PageProps<'/latest/page/[page]'>): Promise<Metadata> {
  return latestPageMetadata(parsePageSegment((await params).page) ?? 1);
}

export default async function LatestPageRoute({ params }: PageProps<'/latest/page/[page]'>) {
  const page = parsePageSegment((await params).page);
  if (page === null) notFound();
  return <LatestListing page={page} />;
}
