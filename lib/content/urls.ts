/**
 * Public paths, built in one place so every link, canonical URL, sitemap entry and redirect
 * agrees. Paths have no trailing slash (the site's one policy).
 */
import { siteOrigin } from '../config/site-url';

export const articlePath = (sectionSlug: string, articleSlug: string) => `/${sectionSlug}/${articleSlug}`;
export const sectionPath = (sectionSlug: string) => `/${sectionSlug}`;
export const tagPath = (tagSlug: string) => `/tag/${tagSlug}`;
export const authorPath = (authorSlug: string) => `/author/${authorSlug}`;
export const galleryPath = (gallerySlug: string) => `/galleries/${gallerySlug}`;
export const galleryPhotoPath = (gallerySlug: string, position: number) => `/galleries/${gallerySlug}/photo/${position}`;
export const galleriesPath = '/galleries';
export const latestPath = '/latest';
/** Search results; `page` 1 is the bare query. Search reads the query string, so pages are `&page=N`. */
export function searchPath(query?: string, page = 1): string {
  if (!query) return '/search';
  return `/search?q=${encodeURIComponent(query)}${page > 1 ? `&page=${page}` : ''}`;
}
export const aboutPath = '/about';
export const contactPath = '/contact';

/** RSS feeds: the whole site, one section, one author (newest stories first). */
export const siteFeedPath = '/rss.xml';
export const sectionFeedPath = (sectionSlug: string) => `/feeds/section/${sectionSlug}.xml`;
export const authorFeedPath = (authorSlug: string) => `/feeds/author/${authorSlug}.xml`;

/** The publication's own card (`/social-card/16x9.png`), for pages without a picture (lib/seo/social-card.ts). */
export const socialCardPath = (ratio: string) => `/social-card/${ratio}.png`;

/** Sitemaps: the index, its children (`/sitemap/stories-2026-11.xml`), and Google News'. */
export const sitemapIndexPath = '/sitemap.xml';
export const childSitemapPath = (name: string) => `/sitemap/${name}.xml`;
export const newsSitemapPath = '/news-sitemap.xml';

/** Paginated listing URL: page 1 is the listing itself, later pages `/…/page/N`. */
export function pagePath(basePath: string, page: number): string {
  if (page <= 1) return basePath;
  return `${basePath === '/' ? '' : basePath}/page/${page}`;
}

/** First path segments that belong to the site itself and can never be a section slug. */
export const RESERVED_SLUGS = new Set([
  'latest', 'search', 'galleries', 'gallery', 'tag', 'tags', 'author', 'authors', 'admin', 'api', 'media',
  'about', 'contact', 'rss', 'rss.xml', 'feeds', 'sitemap', 'sitemap.xml', 'robots.txt', 'news-sitemap.xml',
  'page', 'preview', 'signin', 'login', '_next', 'favicon.ico', 'social-card',
  // Next's file-based metadata routes.
  'opengraph-image', 'twitter-image', 'icon', 'apple-icon', 'manifest.webmanifest',
]);

/** Absolute URL on the configured SITE_URL (checked in lib/config/site-url.ts). */
export function absoluteUrl(path: string): string {
  return `${siteOrigin()}${path}`;
}
