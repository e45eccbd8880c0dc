import { cacheLife, cacheTag as tag } from 'next/cache';
import { NEWEST_FIRST } from '../content/articles';
import { getSiteSettings, type SiteSettingsView } from '../content/settings';
import { cacheTag } from '../content/tags';
import { absoluteUrl, articlePath } from '../content/urls';
import { db } from '../db/client';
import { toZonedIso } from '../time/format';
import { newsLanguage } from './publication';
import { element, XmlDocumentWriter } from './xml';

/**
 * The Google News sitemap: stories first published in the last 48 hours, newest first, at most
 * 1,000, each with the publication's name and language, the publication date and the title.
 * https://developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap
 */

export const NEWS_WINDOW_HOURS = 48;
export const NEWS_SITEMAP_LIMIT = 1000;

export const NEWS_SITEMAP_NAMESPACES = {
  xmlns: 'http://www.sitemaps.org/schemas/sitemap/0.9',
  'xmlns:news': 'http://www.google.com/schemas/sitemap-news/0.9',
};

export interface NewsStory {
  path: string;
  headline: string;
  firstPublishedAt: Date;
}

export async function loadNewsStories(now: Date, limit = NEWS_SITEMAP_LIMIT): Promise<NewsStory[]> {
  const since = new Date(now.getTime() - NEWS_WINDOW_HOURS * 3_600_000);
  const rows = await db.article.findMany({
    where: {
      status: 'PUBLISHED',
      deletedAt: null,
      noindex: false,
      canonicalUrl: null,
      firstPublishedAt: { gte: since },
    },
    orderBy: NEWEST_FIRST,
    take: limit,
    select: { slug: true, headline: true, firstPublishedAt: true, section: { select: { slug: true } } },
  });
  return rows.map((row) => ({
    path: articlePath(row.section.slug, row.slug),
    headline: row.headline,
    firstPublishedAt: row.firstPublishedAt ?? now,
  }));
}

export function renderNewsSitemap(stories: NewsStory[], settings: SiteSettingsView): string {
  const writer = new XmlDocumentWriter('urlset', NEWS_SITEMAP_NAMESPACES);
  const publication = element('news:publication', [
    element('news:name', settings.publicationName),
    element('news:language', newsLanguage(settings.language)),
  ]);
  for (const story of stories) {
    writer.add(
      element('url', [
        element('loc', absoluteUrl(story.path)),
        element('news:news', [
          publication,
          element('news:publication_date', toZonedIso(story.firstPublishedAt, settings.timeZone)),
          element('news:title', story.headline),
        ]),
      ]),
    );
  }
  return writer.toString();
}

/**
 * Cached per minute of `now`: the 48-hour window moves with the clock, and a publish expires
 * story-lists at once.
 */
export async function newsSitemapXml(minute: string): Promise<string> {
  'use cache';
  cacheLife('minutes');
  tag(cacheTag.storyLists, cacheTag.settings);
  const [settings, stories] = await Promise.all([getSiteSettings(), loadNewsStories(new Date(minute))]);
  return renderNewsSitemap(stories, settings);
}

/** `now` rounded down to the minute, as the cache key of newsSitemapXml. */
export function newsSitemapMinute(now: Date): string {
  return new Date(Math.floor(now.getTime() / 60_000) * 60_000).toISOString();
}
