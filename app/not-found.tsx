import type { Metadata } from 'next';
import Link from 'next/link';
import { SitePage } from '@/components/masthead/SitePage';
import { SearchForm } from '@/components/search/SearchForm';
import { getSiteChrome } from '@/lib/content/chrome';
import { latestPath } from '@/lib/content/urls';

/**
 * Every 404 on the site: unknown paths, and stories that are drafts, scheduled, unpublished or
 * deleted (proxy.ts rewrites those here before rendering starts, so the status is a real 404).
 */
// The root layout's template makes it `Page not found — Publication`; Next adds noindex.
export const metadata: Metadata = { title: 'Page not found' };

export default async function NotFound() {
  return (
    <SitePage chrome={await getSiteChrome()}>
      <NotFoundContent />
    </SitePage>
  );
}

function NotFoundContent() {
  return (
    <div className="max-w-2xl py-6">
      <p className="section-label">Error 404</p>
      <h1 className="mt-2 font-serif text-3xl font-bold tracking-tight sm:text-4xl">We can’t find that page</h1>
      <p className="mt-4 font-serif text-lg">
        The story or page may have been moved or taken down, or the address may be mistyped. Try searching for it, or see what we have published lately.
      </p>
      <div className="mt-6">
        <SearchForm id="not-found-search" size="large" />
      </div>
      <ul className="mt-6 flex flex-wrap gap-x-6 gap-y-2 font-sans font-semibold" role="list">
        <li>
          <Link href="/" className="text-link underline underline-offset-2">
            Front page
          </Link>
        </li>
        <li>
          <Link href={latestPath} className="text-link underline underline-offset-2">
            Latest stories
          </Link>
        </li>
      </ul>
    </div>
  );
}
