import type { Metadata } from 'next';
import { latestPageMetadata } from '@/lib/seo/page-metadata';
import { LatestListing } from './listing';

export async function generateMetadata(): Promise<Metadata> {
  return latestPageMetadata();
}

export default function LatestRoute() {
  return <LatestListing page={1} />;
}
