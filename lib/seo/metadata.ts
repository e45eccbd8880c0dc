import type { Metadata } from 'next';
import type { SiteSettingsView } from '../content/settings';
import { absoluteUrl, authorFeedPath, galleriesPath, galleryPhotoPath, latestPath, pagePath, searchPath, sectionFeedPath, siteFeedPath } from '../content/urls';
import { toZonedIso } from '../time/format';
import { cropUrl } from './images';
import { xHandle } from './publication';
import type { GallerySeo, ListingSeo, StorySeo } from './records';
import { defaultSocialImage } from './social-card';

/**
 * Next.js `Metadata` for every kind of public page. Pages call these from `generateMetadata`
 * with the records from ./records.ts; the rules live here once:
 *
 * - title `Headline — Publication` (absolute, so no layout template can double it);
 * - description: the SEO description, else the standfirst (or the listing's own text);
 * - canonical: absolute, on SITE_URL; paginated listings are canonical to themselves;
 * - robots: indexable pages allow large image previews; search results, previews and stories
 *   marked noindex are `noindex` (links still followed);
 * - Open Graph and X cards with a 1200 px wide image: the page's own picture, else the
 *   publication's card (./social-card.ts), so every shared link shows a large picture;
 * - RSS autodiscovery links and rel=prev/next on paginated listings.
 */

const INDEXABLE: NonNullable<Metadata['robots']> = {
  index: true,
  follow: true,
  'max-image-preview': 'large',
  'max-snippet': -1,
  'max-video-preview': -1,
};
const NOT_INDEXABLE: NonNullable<Metadata['robots']> = { index: false, follow: true };
const PRIVATE: NonNullable<Metadata['robots']> = { index: false, follow: false, nocache: true };

/** `Headline — Publication`; the publication alone when the headline is it. */
export function pageTitle(title: string, settings: Pick<SiteSettingsView, 'publicationName'>): string {
  const name = settings.publicationName;
  const trimmed = title.trim();
  return !trimmed || trimmed === name ? name : `${trimmed} — ${name}`;
}

/** Descriptions are cut on a word boundary near 160 characters, where search results cut them. */
export function metaDescription(text: string, max = 160): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

export interface FeedLink {
  title: string;
  path: string;
}

function feedAlternates(feeds: FeedLink[], settings: SiteSettingsView) {
  const all = [{ title: settings.publicationName, path: siteFeedPath }, ...feeds];
  const unique = all.filter((feed, index) => all.findIndex((other) => other.path === feed.path) === index);
  return { 'application/rss+xml': unique.map((feed) => ({ url: absoluteUrl(feed.path), title: feed.title })) };
}

function twitter(settings: SiteSettingsView, title: string, description: string, image: { url: string; alt: string }): Metadata['twitter'] {
  const site = xHandle(settings);
  return {
    card: 'summary_large_image',
    title,
    description,
    ...(site ? { site } : {}),
    images: [{ url: image.url, alt: image.alt }],
  };
}

/** Metadata every page inherits from the root layout. */
export function siteMetadata(settings: SiteSettingsView): Metadata {
  return {
    metadataBase: new URL(absoluteUrl('/')),
    // Public pages set absolute titles; the template serves the rest (the newsroom's pages).
    title: { default: settings.publicationName, template: `%s — ${settings.publicationName}` },
    description: metaDescription(settings.tagline || settings.publicationName),
    applicationName: settings.publicationName,
    alternates: { types: feedAlternates([], settings) },
  };
}

export function storyMetadata(story: StorySeo | null, settings: SiteSettingsView): Metadata {
  if (!story) return missingPageMetadata(settings);
  const title = pageTitle(story.seoTitle ?? story.headline, settings);
  const description = metaDescription(story.description);
  const image = story.hero ? { ...cropUrl(story.hero, '16x9'), alt: story.hero.alt || story.headline } : defaultSocialImage(settings);
  return {
    title: { absolute: title },
    description,
    alternates: {
      canonical: story.canonicalUrl,
      types: feedAlternates([{ title: `${story.section.name} — ${settings.publicationName}`, path: sectionFeedPath(story.section.slug) }], settings),
    },
    robots: story.noindex ? NOT_INDEXABLE : INDEXABLE,
    openGraph: {
      type: 'article',
      title: story.seoTitle ?? story.headline,
      description,
      url: story.canonicalUrl,
      siteName: settings.publicationName,
      locale: openGraphLocale(settings.language),
      images: [image],
      publishedTime: toZonedIso(story.firstPublishedAt, settings.timeZone),
      modifiedTime: toZonedIso(story.updatedAt, settings.timeZone),
      section: story.section.name,
      tags: story.tags.map((t) => t.name),
      authors: story.authors.map((author) => absoluteUrl(author.path)),
    },
    twitter: twitter(settings, story.seoTitle ?? story.headline, description, image),
  };
}

export function galleryMetadata(gallery: GallerySeo | null, settings: SiteSettingsView): Metadata {
  if (!gallery) return missingPageMetadata(settings);
  const title = pageTitle(gallery.title, settings);
  const description = metaDescription(gallery.description || `${gallery.images.length} photos: ${gallery.title}`);
  const cover = gallery.images[0];
  const image = cover ? { ...cropUrl(cover, '16x9'), alt: cover.alt || gallery.title } : defaultSocialImage(settings);
  const url = absoluteUrl(gallery.path);
  return {
    title: { absolute: title },
    description,
    alternates: { canonical: url, types: feedAlternates([], settings) },
    robots: INDEXABLE,
    openGraph: {
      type: 'article',
      title: gallery.title,
      description,
      url,
      siteName: settings.publicationName,
      locale: openGraphLocale(settings.language),
      images: [image],
      publishedTime: toZonedIso(gallery.publishedAt, settings.timeZone),
      modifiedTime: toZonedIso(gallery.updatedAt, settings.timeZone),
    },
    twitter: twitter(settings, gallery.title, description, image),
  };
}

/**
 * One photo of a gallery at its own address: shareable with that photo as its card, but the
 * gallery page is the canonical one (the photo pages are views of it).
 */
export function galleryPhotoMetadata(gallery: GallerySeo | null, position: number, settings: SiteSettingsView): Metadata {
  const photo = gallery?.images[position - 1];
  if (!gallery || !photo) return missingPageMetadata(settings);
  const title = `${gallery.title}: photo ${position} of ${gallery.images.length}`;
  const description = metaDescription(photo.caption || photo.alt || gallery.description || gallery.title);
  const image = { ...cropUrl(photo, '16x9'), alt: photo.alt || title };
  return {
    title: { absolute: pageTitle(title, settings) },
    description,
    alternates: { canonical: absoluteUrl(gallery.path), types: feedAlternates([], settings) },
    robots: INDEXABLE,
    openGraph: {
      type: 'article',
      title,
      description,
      url: absoluteUrl(galleryPhotoPath(gallery.slug, position)),
      siteName: settings.publicationName,
      locale: openGraphLocale(settings.language),
      images: [image],
    },
    twitter: twitter(settings, title, description, image),
  };
}

export interface ListingPage {
  /** 1-based page number of a paginated listing. */
  page?: number;
  /** Whether a later page exists (for rel=next). */
  hasNextPage?: boolean;
  /** No story yet (a new section): nothing for a search engine to index. */
  empty?: boolean;
}

interface ListingOptions extends ListingPage {
  /** Shown before the publication name; empty for the home page. */
  title: string;
  description: string;
  /** The listing's first page. */
  path: string;
  feeds?: FeedLink[];
}

function listingMetadata(options: ListingOptions, settings: SiteSettingsView): Metadata {
  const page = Math.max(1, Math.floor(options.page ?? 1));
  const path = pagePath(options.path, page);
  const shownTitle = page > 1 ? [options.title || settings.publicationName, `Page ${page}`].join(' — ') : options.title;
  const title = pageTitle(shownTitle, settings);
  const description = metaDescription(page > 1 ? `${options.description} Page ${page}.`.trim() : options.description);
  const url = absoluteUrl(path);
  const image = defaultSocialImage(settings);
  return {
    title: { absolute: title },
    description,
    alternates: { canonical: url, types: feedAlternates(options.feeds ?? [], settings) },
    robots: options.empty ? NOT_INDEXABLE : INDEXABLE,
    pagination: {
      previous: page > 1 ? absoluteUrl(pagePath(options.path, page - 1)) : null,
      next: options.hasNextPage ? absoluteUrl(pagePath(options.path, page + 1)) : null,
    },
    openGraph: {
      type: 'website',
      title: shownTitle || settings.publicationName,
      description,
      url,
      siteName: settings.publicationName,
      locale: openGraphLocale(settings.language),
      images: [image],
    },
    twitter: twitter(settings, shownTitle || settings.publicationName, description, image),
  };
}

export function homeMetadata(settings: SiteSettingsView, listing: ListingPage = {}): Metadata {
  const description = settings.tagline || `Latest news from ${settings.publicationName}.`;
  return listingMetadata({ ...listing, title: '', description, path: '/' }, settings);
}

export function latestMetadata(settings: SiteSettingsView, listing: ListingPage = {}): Metadata {
  return listingMetadata(
    { ...listing, title: 'Latest news', description: `The newest stories from ${settings.publicationName}.`, path: latestPath },
    settings,
  );
}

export function galleriesMetadata(settings: SiteSettingsView, listing: ListingPage = {}): Metadata {
  return listingMetadata(
    { ...listing, title: 'Photo galleries', description: `Photo galleries from ${settings.publicationName}.`, path: galleriesPath },
    settings,
  );
}

export function sectionMetadata(section: ListingSeo | null, settings: SiteSettingsView, listing: ListingPage = {}): Metadata {
  if (!section) return missingPageMetadata(settings);
  return listingMetadata(
    {
      ...listing,
      title: section.name,
      description: section.description || `${section.name} news from ${settings.publicationName}.`,
      path: section.path,
      feeds: [{ title: `${section.name} — ${settings.publicationName}`, path: sectionFeedPath(section.slug) }],
    },
    settings,
  );
}

export function tagMetadata(found: ListingSeo | null, settings: SiteSettingsView, listing: ListingPage = {}): Metadata {
  if (!found) return missingPageMetadata(settings);
  return listingMetadata(
    { ...listing, title: found.name, description: `Stories about ${found.name} from ${settings.publicationName}.`, path: found.path },
    settings,
  );
}

export function authorMetadata(author: ListingSeo | null, settings: SiteSettingsView, listing: ListingPage = {}): Metadata {
  if (!author) return missingPageMetadata(settings);
  return listingMetadata(
    {
      ...listing,
      title: author.name,
      description: author.description || `Stories by ${author.name} for ${settings.publicationName}.`,
      path: author.path,
      feeds: [{ title: `${author.name} — ${settings.publicationName}`, path: authorFeedPath(author.slug) }],
    },
    settings,
  );
}

/** Search results: useful to readers, never to an index (thin, endless, query-made pages). */
export function searchMetadata(settings: SiteSettingsView, query?: string): Metadata {
  const shownTitle = query ? `Search: ${query}` : 'Search';
  const description = metaDescription(`Search the stories of ${settings.publicationName}.`);
  const url = absoluteUrl(searchPath());
  const image = defaultSocialImage(settings);
  return {
    title: { absolute: pageTitle(shownTitle, settings) },
    description,
    robots: NOT_INDEXABLE,
    alternates: { canonical: url, types: feedAlternates([], settings) },
    // A shared results link still gets a card; it names the search page, not the query's URL.
    openGraph: { type: 'website', title: shownTitle, description, url, siteName: settings.publicationName, images: [image] },
    twitter: twitter(settings, shownTitle, description, image),
  };
}

/** Editors' previews of unpublished stories: no index, no follow, no cache. */
export function previewMetadata(settings: SiteSettingsView, headline?: string): Metadata {
  return { title: { absolute: pageTitle(headline ? `Preview: ${headline}` : 'Preview', settings) }, robots: PRIVATE };
}

/** Any other plain page (About, Contact) with its own path. */
export function plainPageMetadata(page: { title: string; description: string; path: string } | null, settings: SiteSettingsView): Metadata {
  if (!page) return missingPageMetadata(settings);
  const url = absoluteUrl(page.path);
  const description = metaDescription(page.description || page.title);
  const image = defaultSocialImage(settings);
  return {
    title: { absolute: pageTitle(page.title, settings) },
    description,
    alternates: { canonical: url, types: feedAlternates([], settings) },
    robots: INDEXABLE,
    openGraph: { type: 'website', title: page.title, description, url, siteName: settings.publicationName, images: [image] },
    twitter: twitter(settings, page.title, description, image),
  };
}

function missingPageMetadata(settings: SiteSettingsView): Metadata {
  return { title: { absolute: pageTitle('Page not found', settings) }, robots: NOT_INDEXABLE };
}

/** Open Graph wants `ll_CC`; a bare language is left out rather than guessed. */
function openGraphLocale(language: string): string | undefined {
  const match = /^([a-z]{2,3})[-_]([A-Za-z]{2})$/.exec(language.trim());
  return match ? `${match[1]}_${match[2].toUpperCase()}` : undefined;
}
