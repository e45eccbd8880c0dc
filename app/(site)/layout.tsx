import type { ReactNode } from 'react';
import { SitePage } from '@/components/masthead/SitePage';
import { getSiteChrome } from '@/lib/content/chrome';

// The masthead prints today's date, cached only until the publication's midnight; in the last
// minutes of a day that makes it request-time, which must not fail the static-shell check.
export const instant = false;

export default async function SiteLayout({ children }: { children: ReactNode }) {
  return <SitePage chrome={await getSiteChrome()}>{children}</SitePage>;
}
