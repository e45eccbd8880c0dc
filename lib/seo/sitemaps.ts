import { cacheLife, cacheTag as tag } from 'next/cache';
import { getSiteSettings } from '../content/settings';
import { cacheTag } from '../content/tags';
import {
  aboutPath,
  absoluteUrl,
  articlePath,
  authorPath,
  childSitemapPath,
  contactPath,
  galleriesPath,
  galleryPath,
  latestPath,
  sectionPath,
  tagPath,
} from '../content/urls';
import { db, Prisma } from '../db/client';
import { toZonedIso } from '../time/format';
import { largestImageUrl } from './images';
import { element, XmlDocumentWriter, type XmlElement } from './xml';

/**
 * The sitemap index and its children, sized for an archive of millions of stories:
 *
 *   /sitemap.xml                     index of everything below, with lastmod
 *   /sitemap/site.xml                home, latest, every section, galleries, About and Contact
 *   /sitemap/stories-2026-11.xml     stories first published in that month (UTC)
 *   /sitemap/stories-2026-11-2.xml   …the next URLS_PER_SITEMAP of them, when a month has more
 *   /sitemap/galleries-1.xml, /sitemap/tags-1.xml, /sitemap/authors-1.xml   by count
 *
 * Only indexable pages are listed: published, not deleted, not marked noindex, and not pointing
 * their canonical elsewhere. Months and counts come from one aggregate query; a child file is
 * read in keyset batches so no query holds more than BATCH rows.
 */

/** The protocol's limit per file. */
export const SITEMAP_PROTOCOL_LIMIT = 50_000;
/**
 * Ours, well under the protocol's: a cached child stays a few megabytes (the in-memory cache is
 * shared with pages) and a crawler fetches it in one go.
 */
export const URLS_PER_SITEMAP = 10_000;
const BATCH = 1_000;

export const SITEMAP_NAMESPACES = {
  xmlns: 'http://www.sitemaps.org/schemas/sitemap/0.9',
  'xmlns:image': 'http://www.google.com/schemas/sitemap-image/1.1',
};

export type ChildSitemap =
  | { kind: 'site' }
  | { kind: 'stories'; year: number; month: number; part: number }
  | { kind: 'galleries' | 'tags' | 'authors'; part: number };

const pad = (value: number) => String(value).padStart(2, '0');

export function childSitemapName(child: ChildSitemap): string {
  switch (child.kind) {
    case 'site':
      return 'site';
    case 'stories':
      return `stories-${child.year}-${pad(child.month)}${child.part > 1 ? `-${child.part}` : ''}`;
    default:
      return `${child.kind}-${child.part}`;
  }
}

/** The child named by a URL's file name (`stories-2026-11.xml`); null for anything else. */
export function parseChildSitemapName(file: string): ChildSitemap | null {
  const name = file.endsWith('.xml') ? file.slice(0, -4) : null;
  if (name === null) return null;
  if (name === 'site') return { kind: 'site' };
  // Part numbers stop at six digits: 50,000 URLs a part is more than any archive needs, and a
  // larger number would overflow the query's offset (a 500, not the 404 it is).
  const stories = /^stories-(\d{4})-(\d{2})(?:-([2-9]|[1-9]\d{1,5}))?$/.exec(name);
  if (stories) {
    const month = Number(stories[2]);
    if (month < 1 || month > 12) return null;
    return { kind: 'stories', year: Number(stories[1]), month, part: stories[3] ? Number(stories[3]) : 1 };
  }
  const counted = /^(galleries|tags|authors)-([1-9]\d{0,5})$/.exec(name);
  if (counted) return { kind: counted[1] as 'galleries' | 'tags' | 'authors', part: Number(counted[2]) };
  return null;
}

export interface SitemapIndexEntry {
  child: ChildSitemap;
  lastmod: Date | null;
}

// A story is listed when readers and search engines may both have it.
const INDEXABLE_STORY_SQL = Prisma.sql`a.status = 'PUBLISHED' AND a."deletedAt" IS NULL AND a.noindex = false
  AND a."canonicalUrl" IS NULL AND a."firstPublishedAt" IS NOT NULL`;
// As readers see galleries (lib/content/galleries.ts): published, with at least one photo.
const PUBLISHED_GALLERY: Prisma.GalleryWhereInput = { status: 'PUBLISHED', items: { some: {} } };
const STATIC_PAGE_PATHS: Record<string, string> = { about: aboutPath, contact: contactPath };

const INDEXABLE_STORY: Prisma.ArticleWhereInput = {
  status: 'PUBLISHED',
  deletedAt: null,
  noindex: false,
  canonicalUrl: null,
  firstPublishedAt: { not: null },
};

export async function loadSitemapIndex(perSitemap = URLS_PER_SITEMAP): Promise<SitemapIndexEntry[]> {
  const [months, galleries, tags, authors, latest, pages] = await Promise.all([
    db.$queryRaw<{ year: number; month: number; count: number; lastmod: Date }[]>`
      SELECT extract(year FROM a."firstPublishedAt")::int AS year, extract(month FROM a."firstPublishedAt")::int AS month,
             count(*)::int AS count, max(a."updatedAt") AS lastmod
      FROM "Article" a WHERE ${INDEXABLE_STORY_SQL}
      GROUP BY 1, 2 ORDER BY 1 DESC, 2 DESC`,
    db.gallery.aggregate({ where: PUBLISHED_GALLERY, _count: true, _max: { updatedAt: true } }),
    db.$queryRaw<{ count: number; lastmod: Date | null }[]>`
      SELECT count(DISTINCT at."tagId")::int AS count, max(a."updatedAt") AS lastmod
      FROM "ArticleTag" at JOIN "Article" a ON a.id = at."articleId" WHERE ${INDEXABLE_STORY_SQL}`,
    db.$queryRaw<{ count: number; lastmod: Date | null }[]>`
      SELECT count(DISTINCT au."userId")::int AS count, max(a."updatedAt") AS lastmod
      FROM "ArticleAuthor" au JOIN "Article" a ON a.id = au."articleId" WHERE ${INDEXABLE_STORY_SQL}`,
    db.$queryRaw<{ lastmod: Date | null }[]>`SELECT max(a."updatedAt") AS lastmod FROM "Article" a WHERE ${INDEXABLE_STORY_SQL}`,
    db.staticPage.aggregate({ where: { slug: { in: Object.keys(STATIC_PAGE_PATHS) } }, _max: { updatedAt: true } }),
  ]);

  // site.xml lists the home page, listings, sections, the galleries page and About/Contact: it
  // changed when the newest of those did.
  const siteChanged = [latest[0]?.lastmod, galleries._max.updatedAt, pages._max.updatedAt]
    .filter((date): date is Date => date instanceof Date)
    .reduce<Date | null>((newest, date) => (newest && newest >= date ? newest : date), null);
  const parts = (count: number) => Math.ceil(count / perSitemap);
  const entries: SitemapIndexEntry[] = [{ child: { kind: 'site' }, lastmod: siteChanged }];
  for (const { year, month, count, lastmod } of months) {
    for (let part = 1; part <= parts(count); part++) entries.push({ child: { kind: 'stories', year, month, part }, lastmod });
  }
  for (let part = 1; part <= parts(galleries._count); part++) {
    entries.push({ child: { kind: 'galleries', part }, lastmod: galleries._max.updatedAt });
  }
  for (let part = 1; part <= parts(tags[0]?.count ?? 0); part++) entries.push({ child: { kind: 'tags', part }, lastmod: tags[0].lastmod });
  for (let part = 1; part <= parts(authors[0]?.count ?? 0); part++) {
    entries.push({ child: { kind: 'authors', part }, lastmod: authors[0].lastmod });
  }
  return entries;
}

export function renderSitemapIndex(entries: SitemapIndexEntry[], timeZone: string): string {
  const writer = new XmlDocumentWriter('sitemapindex', { xmlns: SITEMAP_NAMESPACES.xmlns });
  for (const entry of entries) {
    writer.add(
      element('sitemap', [
        element('loc', absoluteUrl(childSitemapPath(childSitemapName(entry.child)))),
        ...(entry.lastmod ? [element('lastmod', toZonedIso(entry.lastmod, timeZone))] : []),
      ]),
    );
  }
  return writer.toString();
}

interface UrlEntry {
  path: string;
  lastmod?: Date | null;
  imageUrls?: string[];
}

function urlElement(entry: UrlEntry, timeZone: string): XmlElement {
  return element('url', [
    element('loc', absoluteUrl(entry.path)),
    ...(entry.lastmod ? [element('lastmod', toZonedIso(entry.lastmod, timeZone))] : []),
    ...(entry.imageUrls ?? []).map((url) => element('image:image', [element('image:loc', url)])),
  ]);
}

/**
 * The child sitemap's XML, or null when it does not exist (a month without stories, a part past
 * the last one) so the route can answer 404.
 */
export async function renderChildSitemap(child: ChildSitemap, timeZone: string, perSitemap = URLS_PER_SITEMAP): Promise<string | null> {
  const writer = new XmlDocumentWriter('urlset', SITEMAP_NAMESPACES);
  const add = (entry: UrlEntry) => writer.add(urlElement(entry, timeZone));
  switch (child.kind) {
    case 'site':
      await writeSiteEntries(add);
      break;
    case 'stories':
      await writeStoryEntries(child, perSitemap, add);
      break;
    case 'galleries':
      await writeGalleryEntries(child.part, perSitemap, add);
      break;
    case 'tags':
      await writeTagEntries(child.part, perSitemap, add);
      break;
    case 'authors':
      await writeAuthorEntries(child.part, perSitemap, add);
      break;
  }
  return writer.size || child.kind === 'site' ? writer.toString() : null;
}

async function writeSiteEntries(add: (entry: UrlEntry) => void): Promise<void> {
  const [latest, sections] = await Promise.all([
    db.$queryRaw<{ lastmod: Date | null }[]>`SELECT max(a."updatedAt") AS lastmod FROM "Article" a WHERE ${INDEXABLE_STORY_SQL}`,
    db.$queryRaw<{ slug: string; lastmod: Date | null }[]>`
      SELECT s.slug, (SELECT max(a."updatedAt") FROM "Article" a WHERE a."sectionId" = s.id AND ${INDEXABLE_STORY_SQL}) AS lastmod
      FROM "Section" s ORDER BY s.position, s.id`,
  ]);
  add({ path: '/', lastmod: latest[0]?.lastmod });
  add({ path: latestPath, lastmod: latest[0]?.lastmod });
  // A section with no story yet says noindex (lib/seo/metadata.ts): not for the sitemap either.
  for (const section of sections) if (section.lastmod) add({ path: sectionPath(section.slug), lastmod: section.lastmod });
  const [galleries, pages] = await Promise.all([
    db.gallery.aggregate({ where: PUBLISHED_GALLERY, _count: true, _max: { updatedAt: true } }),
    db.staticPage.findMany({ where: { slug: { in: Object.keys(STATIC_PAGE_PATHS) } }, orderBy: { slug: 'asc' }, select: { slug: true, updatedAt: true } }),
  ]);
  if (galleries._count) add({ path: galleriesPath, lastmod: galleries._max.updatedAt });
  for (const page of pages) add({ path: STATIC_PAGE_PATHS[page.slug], lastmod: page.updatedAt });
}

/** Month boundaries in UTC: a story's sitemap never changes with the site's time zone setting. */
function monthRange(year: number, month: number): { gte: Date; lt: Date } {
  return { gte: new Date(Date.UTC(year, month - 1, 1)), lt: new Date(Date.UTC(year, month, 1)) };
}

const storySitemapSelect = {
  id: true,
  slug: true,
  firstPublishedAt: true,
  updatedAt: true,
  section: { select: { slug: true } },
  heroImage: { select: { storageKey: true, width: true, height: true, variantWidths: true } },
} satisfies Prisma.ArticleSelect;
type StorySitemapRow = Prisma.ArticleGetPayload<{ select: typeof storySitemapSelect }>;

async function writeStoryEntries(
  child: Extract<ChildSitemap, { kind: 'stories' }>,
  perSitemap: number,
  add: (entry: UrlEntry) => void,
): Promise<void> {
  const range = monthRange(child.year, child.month);
  let remaining = perSitemap;
  let after: { firstPublishedAt: Date; id: number } | null = null;
  // The first batch skips earlier parts; every later one continues from the last row read.
  let skip = (child.part - 1) * perSitemap;
  while (remaining > 0) {
    const cursor: { firstPublishedAt: Date; id: number } | null = after;
    const rows: StorySitemapRow[] = await db.article.findMany({
      where: {
        ...INDEXABLE_STORY,
        firstPublishedAt: range,
        ...(cursor ? { OR: [{ firstPublishedAt: { gt: cursor.firstPublishedAt } }, { firstPublishedAt: cursor.firstPublishedAt, id: { gt: cursor.id } }] } : {}),
      },
      orderBy: [{ firstPublishedAt: 'asc' }, { id: 'asc' }],
      skip,
      take: Math.min(BATCH, remaining),
      select: storySitemapSelect,
    });
    for (const row of rows) {
      add({
        path: articlePath(row.section.slug, row.slug),
        lastmod: row.updatedAt,
        imageUrls: row.heroImage ? [largestImageUrl(row.heroImage).url] : [],
      });
    }
    if (rows.length < Math.min(BATCH, remaining)) return;
    const last = rows[rows.length - 1];
    after = { firstPublishedAt: last.firstPublishedAt ?? range.gte, id: last.id };
    remaining -= rows.length;
    skip = 0;
  }
}

async function writeGalleryEntries(part: number, perSitemap: number, add: (entry: UrlEntry) => void): Promise<void> {
  for (let offset = 0; offset < perSitemap; offset += BATCH) {
    const rows = await db.gallery.findMany({
      where: PUBLISHED_GALLERY,
      orderBy: { id: 'asc' },
      skip: (part - 1) * perSitemap + offset,
      take: Math.min(BATCH, perSitemap - offset),
      select: {
        slug: true,
        updatedAt: true,
        items: {
          orderBy: { position: 'asc' },
          // Google reads up to 1,000 images per page.
          take: 1000,
          select: { image: { select: { storageKey: true, width: true, height: true, variantWidths: true } } },
        },
      },
    });
    for (const row of rows) {
      add({ path: galleryPath(row.slug), lastmod: row.updatedAt, imageUrls: row.items.map((item) => largestImageUrl(item.image).url) });
    }
    if (rows.length < Math.min(BATCH, perSitemap - offset)) return;
  }
}

async function writeTagEntries(part: number, perSitemap: number, add: (entry: UrlEntry) => void): Promise<void> {
  for (let offset = 0; offset < perSitemap; offset += BATCH) {
    const take = Math.min(BATCH, perSitemap - offset);
    const rows = await db.$queryRaw<{ slug: string; lastmod: Date }[]>`
      SELECT t.slug, max(a."updatedAt") AS lastmod
      FROM "Tag" t JOIN "ArticleTag" at ON at."tagId" = t.id JOIN "Article" a ON a.id = at."articleId"
      WHERE ${INDEXABLE_STORY_SQL}
      GROUP BY t.id ORDER BY t.id LIMIT ${take} OFFSET ${(part - 1) * perSitemap + offset}`;
    for (const row of rows) add({ path: tagPath(row.slug), lastmod: row.lastmod });
    if (rows.length < take) return;
  }
}

async function writeAuthorEntries(part: number, perSitemap: number, add: (entry: UrlEntry) => void): Promise<void> {
  for (let offset = 0; offset < perSitemap; offset += BATCH) {
    const take = Math.min(BATCH, perSitemap - offset);
    const rows = await db.$queryRaw<{ slug: string; lastmod: Date }[]>`
      SELECT u.slug, max(a."updatedAt") AS lastmod
      FROM "User" u JOIN "ArticleAuthor" au ON au."userId" = u.id JOIN "Article" a ON a.id = au."articleId"
      WHERE ${INDEXABLE_STORY_SQL}
      GROUP BY u.id ORDER BY u.id LIMIT ${take} OFFSET ${(part - 1) * perSitemap + offset}`;
    for (const row of rows) add({ path: authorPath(row.slug), lastmod: row.lastmod });
    if (rows.length < take) return;
  }
}

// Cached for the routes. Any publish, unpublish, move or edit expires story-lists; section and
// gallery changes expire theirs. Renaming a tag or an author shows within the hour.

export async function sitemapIndexXml(): Promise<string> {
  'use cache';
  cacheLife('hours');
  tag(cacheTag.storyLists, cacheTag.galleryLists, cacheTag.sections, cacheTag.settings);
  const settings = await getSiteSettings();
  return renderSitemapIndex(await loadSitemapIndex(), settings.timeZone);
}

export async function childSitemapXml(name: string): Promise<string | null> {
  'use cache';
  cacheLife('hours');
  tag(cacheTag.storyLists, cacheTag.galleryLists, cacheTag.sections, cacheTag.settings);
  const child = parseChildSitemapName(name);
  if (!child) return null;
  const settings = await getSiteSettings();
  return renderChildSitemap(child, settings.timeZone);
}
