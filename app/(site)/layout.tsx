import type { ReactNode } from 'react';
import { SitePage } from '@/components/masthead/SitePage';
import { getSiteChrome } from '@/lib/content/chrome';

export default async function SiteLayout({ children }: { children: ReactNode }) {
  return <SitePage chrome={await getSiteChrome()}>{children}</SitePage>;
}
