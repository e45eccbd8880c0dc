import type { MetadataRoute } from 'next';
import { absoluteUrl, newsSitemapPath, searchPath, sitemapIndexPath } from '../content/urls';

/**
 * robots.txt: the whole site is open except the newsroom, the API, search results and previews.
 * Patterns end in `$` or `/` so a section whose slug merely starts with one of these words
 * (`/administration`, `/searchlight`) stays crawlable.
 */
export function robotsRules(): MetadataRoute.Robots {
  const search = searchPath();
  return {
    rules: {
      userAgent: '*',
      allow: '/',
      disallow: ['/admin$', '/admin/', '/api/', `${search}$`, `${search}?`, `${search}/`, '/preview$', '/preview/'],
    },
    sitemap: [absoluteUrl(sitemapIndexPath), absoluteUrl(newsSitemapPath)],
  };
}
