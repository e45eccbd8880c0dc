import type { Metadata } from 'next';
import { LatestListing } from './listing';

export const metadata: Metadata = { title: 'Latest news' };

export default function LatestRoute() {
  return <LatestListing page={1} />;
}
