import type { Metadata } from 'next';
import { searchPageMetadata } from '@/lib/seo/page-metadata';
import { SearchPage } from '@/components/search/SearchPage';
import { getSiteSettings } from '@/lib/content/settings';
import { getSearchResults, normaliseQuery, parseSearchPage } from '@/lib/search/search';

// Reads the query string, so it renders per request; awaited outside any Suspense boundary so
// the results are in the first HTML, JavaScript or not (docs/adr/0002).
export const instant = false;

export async function generateMetadata({ searchParams }: PageProps<'/search'>): Promise<Metadata> {
  return searchPageMetadata(normaliseQuery((await searchParams).q));
}

export default async function SearchRoute({ searchParams }: PageProps<'/search'>) {
  const params = await searchParams;
  const query = normaliseQuery(params.q);
  const page = parseSearchPage(params.page);
  const [settings, results] = await Promise.all([getSiteSettings(), query ? getSearchResults(query, page) : Promise.resolve(null)]);
  return <SearchPage results={results} timeZone={settings.timeZone} />;
}
