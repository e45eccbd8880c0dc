import { Feed, type Item } from 'feed';
import { cacheLife, cacheTag as tag } from 'next/cache';
import { NEWEST_FIRST, PUBLIC_ARTICLE } from '../content/articles';
import { findPublicAuthor } from '../content/authors';
import { getSiteSettings, type SiteSettingsView } from '../content/settings';
import { cacheTag } from '../content/tags';
import { absoluteUrl, articlePath, authorFeedPath, authorPath, galleryPath, sectionFeedPath, sectionPath, siteFeedPath } from '../content/urls';
import { db, type Prisma } from '../db/client';
import { storyDocument } from '../document/schema';
import { documentToFeedHtml, type FeedFigure } from './feed-html';
import { cropUrl, largestImageUrl } from './images';
import { xmlSafeText } from './xml';

/**
 * RSS 2.0 feeds written with the `feed` library: the whole site (/rss.xml), one section
 * (/feeds/section/<slug>.xml) and one author (/feeds/author/<slug>.xml). Each carries the newest
 * FEED_SIZE published stories with their standfirst, the whole story as HTML when the site
 * setting asks for full content, the hero image as `media:content`, and a GUID made from the
 * story's id, so a story keeps its identity in readers through slug and section changes.
 */

export const FEED_SIZE = 50;
const MEDIA_RSS = 'http://search.yahoo.com/mrss/';
const DUBLIN_CORE = 'http://purl.org/dc/elements/1.1/';

export type FeedScope = { kind: 'site' } | { kind: 'section'; slug: string } | { kind: 'author'; slug: string };

export interface FeedStory {
  id: number;
  path: string;
  headline: string;
  standfirst: string;
  firstPublishedAt: Date;
  updatedAt: Date;
  section: string;
  tags: string[];
  byline: string[];
  creditLine: string | null;
  hero: { storageKey: string; alt: string; caption: string; credit: string } | null;
  /** The whole story as HTML, when the feed carries full content. */
  html: string | null;
}

export interface FeedData {
  title: string;
  description: string;
  /** The page the feed follows (the home page, the section page…). */
  pagePath: string;
  feedPath: string;
  stories: FeedStory[];
}

/** GUIDs never change: not with the slug, the section or the site's address. */
export function storyGuid(id: number): string {
  return `urn:dateline:story:${id}`;
}

const storySelect = {
  id: true,
  slug: true,
  headline: true,
  standfirst: true,
  firstPublishedAt: true,
  publishedAt: true,
  updatedAt: true,
  creditLine: true,
  heroCaption: true,
  heroCredit: true,
  section: { select: { name: true, slug: true } },
  tags: { orderBy: { position: 'asc' }, select: { tag: { select: { name: true } } } },
  authors: { orderBy: { position: 'asc' }, select: { user: { select: { name: true } } } },
  heroImage: { select: { storageKey: true, alt: true, caption: true, credit: true } },
} satisfies Prisma.ArticleSelect;

/** The feed for `scope`, or null when its section does not exist or its author has no public page. */
export async function loadFeed(scope: FeedScope, settings: SiteSettingsView, size = FEED_SIZE): Promise<FeedData | null> {
  let head: Omit<FeedData, 'stories'>;
  let where: Prisma.ArticleWhereInput = PUBLIC_ARTICLE;
  if (scope.kind === 'site') {
    head = {
      title: settings.publicationName,
      description: settings.tagline || `Latest news from ${settings.publicationName}`,
      pagePath: '/',
      feedPath: siteFeedPath,
    };
  } else if (scope.kind === 'section') {
    const section = await db.section.findUnique({ where: { slug: scope.slug }, select: { id: true, name: true, description: true } });
    if (!section) return null;
    head = {
      title: `${section.name} — ${settings.publicationName}`,
      description: section.description || `${section.name} news from ${settings.publicationName}`,
      pagePath: sectionPath(scope.slug),
      feedPath: sectionFeedPath(scope.slug),
    };
    where = { ...PUBLIC_ARTICLE, sectionId: section.id };
  } else {
    // The same rule as the author page: no public byline, no page and no feed.
    const author = await findPublicAuthor(scope.slug);
    if (!author) return null;
    head = {
      title: `${author.name} — ${settings.publicationName}`,
      description: author.bio || `Stories by ${author.name} for ${settings.publicationName}`,
      pagePath: authorPath(scope.slug),
      feedPath: authorFeedPath(scope.slug),
    };
    where = { ...PUBLIC_ARTICLE, authors: { some: { userId: author.id } } };
  }

  const rows = await db.article.findMany({
    where,
    orderBy: NEWEST_FIRST,
    take: size,
    select: { ...storySelect, body: settings.feedFullContent },
  });
  const bodies = settings.feedFullContent ? await fullContent(rows) : new Map<number, string>();

  return {
    ...head,
    stories: rows.map((row) => ({
      id: row.id,
      path: articlePath(row.section.slug, row.slug),
      headline: row.headline,
      standfirst: row.standfirst,
      firstPublishedAt: row.firstPublishedAt ?? row.publishedAt ?? row.updatedAt,
      updatedAt: row.updatedAt,
      section: row.section.name,
      tags: row.tags.map(({ tag: t }) => t.name),
      byline: row.authors.map(({ user }) => user.name),
      creditLine: row.creditLine,
      hero: row.heroImage
        ? {
            storageKey: row.heroImage.storageKey,
            alt: row.heroImage.alt,
            caption: row.heroCaption ?? row.heroImage.caption,
            credit: row.heroCredit ?? row.heroImage.credit,
          }
        : null,
      html: bodies.get(row.id) ?? null,
    })),
  };
}

/** Each story's body as HTML, with the images and galleries it embeds read in two queries. */
async function fullContent(rows: { id: number; body?: Prisma.JsonValue | null }[]): Promise<Map<number, string>> {
  const documents = new Map<number, ReturnType<typeof storyDocument.parse>>();
  for (const row of rows) {
    const parsed = storyDocument.safeParse(row.body);
    if (parsed.success) documents.set(row.id, parsed.data);
  }
  const imageIds = new Set<number>();
  const galleryIds = new Set<number>();
  const collect = (nodes: NonNullable<ReturnType<typeof storyDocument.parse>['content']>): void => {
    for (const node of nodes) {
      if (node.type === 'figure') imageIds.add(node.attrs.imageId);
      else if (node.type === 'galleryEmbed') galleryIds.add(node.attrs.galleryId);
      else if (node.type === 'blockquote') collect(node.content ?? []);
      else if (node.type === 'bulletList' || node.type === 'orderedList') {
        for (const item of node.content ?? []) collect(item.content ?? []);
      }
    }
  };
  for (const document of documents.values()) collect(document.content ?? []);

  const [images, galleries] = await Promise.all([
    imageIds.size
      ? db.image.findMany({
          where: { id: { in: [...imageIds] } },
          select: { id: true, storageKey: true, width: true, height: true, variantWidths: true, alt: true, caption: true, credit: true },
        })
      : [],
    galleryIds.size
      ? db.gallery.findMany({ where: { id: { in: [...galleryIds] }, status: 'PUBLISHED', items: { some: {} } }, select: { id: true, slug: true, title: true } })
      : [],
  ]);
  const figures = new Map<number, FeedFigure>(
    images.map((image) => [image.id, { src: largestImageUrl({ ...image, variantWidths: image.variantWidths.filter((w) => w <= 1280) }).url, alt: image.alt, caption: image.caption, credit: image.credit }]),
  );
  const galleryLinks = new Map(galleries.map((gallery) => [gallery.id, { title: gallery.title, path: galleryPath(gallery.slug) }]));
  return new Map([...documents].map(([id, document]) => [id, documentToFeedHtml(document, { figures, galleries: galleryLinks })]));
}

/**
 * xml-js (under `feed`) splits only the first `]]>` in a CDATA section; text never carries one
 * unbroken (an invisible joiner keeps the look), and characters XML forbids are dropped.
 */
function cdataText(text: string): string {
  return xmlSafeText(text).replaceAll(']]>', ']]\u2060>');
}

function byline(story: FeedStory, settings: SiteSettingsView): string {
  if (!story.byline.length) return story.creditLine?.trim() || settings.publicationName;
  if (story.byline.length === 1) return story.byline[0];
  return `${story.byline.slice(0, -1).join(', ')} and ${story.byline.at(-1)}`;
}

export function renderFeed(data: FeedData, settings: SiteSettingsView): string {
  const newest = data.stories.reduce<Date | undefined>((latest, story) => (!latest || story.updatedAt > latest ? story.updatedAt : latest), undefined);
  const feed = new Feed({
    title: xmlSafeText(data.title),
    description: xmlSafeText(data.description),
    id: absoluteUrl(data.pagePath),
    link: absoluteUrl(data.pagePath),
    language: settings.language,
    // The newest change, not the time of writing: an unchanged feed stays byte-for-byte the same.
    updated: newest ?? new Date(0),
    generator: 'Dateline',
    feedLinks: { rss: absoluteUrl(data.feedPath) },
    copyright: `© ${xmlSafeText(settings.publicationName)}`,
    ttl: 15,
  });
  for (const story of data.stories) {
    const extensions: Item['extensions'] = [
      { name: 'dc:creator', objects: { _attributes: { 'xmlns:dc': DUBLIN_CORE }, _text: xmlSafeText(byline(story, settings)) } },
    ];
    if (story.hero) {
      const image = cropUrl(story.hero, '16x9');
      extensions.push({
        name: 'media:content',
        objects: {
          _attributes: { 'xmlns:media': MEDIA_RSS, url: image.url, medium: 'image', type: 'image/jpeg', width: image.width, height: image.height },
          ...(story.hero.alt ? { 'media:description': { _text: xmlSafeText(story.hero.alt) } } : {}),
          ...(story.hero.credit ? { 'media:credit': { _text: xmlSafeText(story.hero.credit) } } : {}),
          ...(story.hero.caption ? { 'media:title': { _text: xmlSafeText(story.hero.caption) } } : {}),
        },
      });
    }
    feed.addItem({
      title: cdataText(story.headline),
      link: absoluteUrl(story.path),
      guid: storyGuid(story.id),
      date: story.firstPublishedAt,
      description: cdataText(story.standfirst || story.headline),
      ...(story.html !== null ? { content: cdataText(story.html) } : {}),
      category: [story.section, ...story.tags].map((name) => ({ name: xmlSafeText(name) })),
      extensions,
    });
  }
  return feed.rss2();
}

export async function feedXml(scope: FeedScope): Promise<string | null> {
  'use cache';
  cacheLife('minutes');
  tag(cacheTag.storyLists, cacheTag.settings, cacheTag.sections);
  const settings = await getSiteSettings();
  const data = await loadFeed(scope, settings);
  return data ? renderFeed(data, settings) : null;
}
