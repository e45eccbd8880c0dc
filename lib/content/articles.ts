import { cacheLife, cacheTag as tag } from 'next/cache';
import { db, type Prisma } from '../db/client';
import { storyDocument, type StoryDocument } from '../document/schema';
import { loadGalleries, tagGalleries } from './galleries';
import { pageWindow, STORIES_PER_PAGE, type Paged } from './pagination';
import { cacheTag } from './tags';
import { articlePath, authorPath, sectionPath, tagPath } from './urls';
import {
  buildArticleView,
  documentMediaIds,
  toImageView,
  type ArticleMedia,
  type ArticleSummary,
  type ArticleView,
  type ImageRow,
} from './views';

export type { ArticleSummary, ArticleView } from './views';

/** What readers may see: published and not deleted. */
export const PUBLIC_ARTICLE = { status: 'PUBLISHED', deletedAt: null } satisfies Prisma.ArticleWhereInput;

const imageSelect = { id: true, storageKey: true, width: true, height: true, alt: true, caption: true, credit: true } as const;

const summarySelect = {
  id: true,
  slug: true,
  headline: true,
  standfirst: true,
  mediaMarker: true,
  firstPublishedAt: true,
  updatedAt: true,
  section: { select: { id: true, name: true, slug: true } },
  heroImage: { select: imageSelect },
} satisfies Prisma.ArticleSelect;

type SummaryRow = Prisma.ArticleGetPayload<{ select: typeof summarySelect }>;

/** Published stories newest first, as every listing, feed and sitemap orders them (and the listing indexes hold them). */
export const NEWEST_FIRST = [{ firstPublishedAt: 'desc' }, { id: 'desc' }] satisfies Prisma.ArticleOrderByWithRelationInput[];

function toSummary(row: SummaryRow): ArticleSummary {
  return {
    id: row.id,
    path: articlePath(row.section.slug, row.slug),
    headline: row.headline,
    standfirst: row.standfirst,
    mediaMarker: row.mediaMarker,
    publishedAt: row.firstPublishedAt ?? row.updatedAt,
    section: { name: row.section.name, slug: row.section.slug, path: sectionPath(row.section.slug) },
    thumbnail: row.heroImage ? toImageView(row.heroImage) : null,
  };
}

/** Inside a 'use cache' scope: a listing changes with any story, section name or thumbnail. */
function tagSummaries(summaries: ArticleSummary[]): void {
  tag(cacheTag.storyLists, cacheTag.sections);
  const images = new Set(summaries.flatMap((summary) => (summary.thumbnail ? [summary.thumbnail.id] : [])));
  if (images.size) tag(...[...images].map(cacheTag.image));
}

async function findSummaries(where: Prisma.ArticleWhereInput, take: number, skip = 0): Promise<ArticleSummary[]> {
  const rows = await db.article.findMany({ where: { ...where, ...PUBLIC_ARTICLE }, orderBy: NEWEST_FIRST, take, skip, select: summarySelect });
  return rows.map(toSummary);
}

/** Published stories by id, in the order asked (search results). Uncached: callers cache. */
export async function getSummariesByIds(ids: number[]): Promise<ArticleSummary[]> {
  if (!ids.length) return [];
  const rows = await db.article.findMany({ where: { id: { in: ids }, ...PUBLIC_ARTICLE }, select: summarySelect });
  const byId = new Map(rows.map((row) => [row.id, toSummary(row)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** The story an editor pinned to lead the home page (lib/editorial/home-lead.ts), while it is public. */
export async function getPinnedLead(): Promise<ArticleSummary | null> {
  'use cache';
  cacheLife('hours');
  const summaries = await findSummaries({ homeLead: { isNot: null } }, 1);
  tagSummaries(summaries);
  return summaries[0] ?? null;
}

/** The newest published stories across the site (the "Latest" rail, the home page). */
export async function getLatestArticles(limit = 20, offset = 0): Promise<ArticleSummary[]> {
  'use cache';
  cacheLife('hours');
  const summaries = await findSummaries({}, limit, offset);
  tagSummaries(summaries);
  return summaries;
}

/** The newest published stories of one section, for the home page's section blocks. */
export async function getSectionLatest(sectionId: number, limit: number): Promise<ArticleSummary[]> {
  'use cache';
  cacheLife('hours');
  tag(cacheTag.section(sectionId));
  const summaries = await findSummaries({ sectionId }, limit);
  tagSummaries(summaries);
  return summaries;
}

/** Which stories a paginated listing shows. */
export type StoryListing =
  | { kind: 'latest' }
  | { kind: 'section'; sectionId: number }
  | { kind: 'tag'; tagId: number }
  | { kind: 'author'; authorId: number };

export function listingWhere(listing: StoryListing): Prisma.ArticleWhereInput {
  switch (listing.kind) {
    case 'latest':
      return { ...PUBLIC_ARTICLE };
    case 'section':
      return { ...PUBLIC_ARTICLE, sectionId: listing.sectionId };
    case 'tag':
      return { ...PUBLIC_ARTICLE, tags: { some: { tagId: listing.tagId } } };
    case 'author':
      return { ...PUBLIC_ARTICLE, authors: { some: { userId: listing.authorId } } };
  }
}

/** One page of a listing, newest first, STORIES_PER_PAGE a page. */
export async function getStoryPage(listing: StoryListing, page: number): Promise<Paged<ArticleSummary>> {
  'use cache';
  cacheLife('hours');
  if (listing.kind === 'section') tag(cacheTag.section(listing.sectionId));
  if (listing.kind === 'tag') tag(cacheTag.tag(listing.tagId));
  if (listing.kind === 'author') tag(cacheTag.author(listing.authorId));
  const where = listingWhere(listing);
  const total = await db.article.count({ where });
  const window = pageWindow(total, page, STORIES_PER_PAGE);
  const items = window.inRange ? await findSummaries(where, STORIES_PER_PAGE, window.skip) : [];
  tagSummaries(items);
  return { items, page, pageCount: window.pageCount, total };
}

const articleSelect = {
  ...summarySelect,
  body: true,
  bodyText: true,
  creditLine: true,
  heroCaption: true,
  heroCredit: true,
  galleryId: true,
  authors: { orderBy: { position: 'asc' }, select: { user: { select: { id: true, name: true, slug: true } } } },
  tags: { orderBy: { position: 'asc' }, select: { tag: { select: { id: true, name: true, slug: true } } } },
} satisfies Prisma.ArticleSelect;

export type ArticleLookup =
  | { kind: 'found'; article: ArticleView; sectionId: number; tagIds: number[] }
  | { kind: 'moved'; path: string }
  | { kind: 'missing' };

/**
 * Images and galleries a story body and its gallery field refer to. Readers get published
 * galleries only; the editors' preview passes `publishedGalleriesOnly: false`.
 */
export async function loadArticleMedia(
  body: StoryDocument,
  galleryId: number | null,
  options: { publishedGalleriesOnly: boolean },
): Promise<ArticleMedia> {
  const { imageIds, galleryIds } = documentMediaIds(body);
  if (galleryId && !galleryIds.includes(galleryId)) galleryIds.push(galleryId);
  const [images, galleries] = await Promise.all([
    imageIds.length ? db.image.findMany({ where: { id: { in: imageIds } }, select: imageSelect }) : Promise.resolve<ImageRow[]>([]),
    loadGalleries(galleryIds, { publishedOnly: options.publishedGalleriesOnly }),
  ]);
  return { images, galleries };
}

/** The published story at /{sectionSlug}/{slug}, or where it lives now, or nothing. */
export async function findArticle(sectionSlug: string, slug: string): Promise<ArticleLookup> {
  'use cache';
  cacheLife('hours');
  // A story published, moved or unpublished later must replace whatever was cached here.
  tag(cacheTag.redirects, cacheTag.storyLists);
  const row = await db.article.findFirst({ where: { ...PUBLIC_ARTICLE, slug }, select: articleSelect });
  if (row) {
    tag(cacheTag.story(row.id), cacheTag.section(row.section.id), cacheTag.sections);
    if (row.section.slug !== sectionSlug) return { kind: 'moved', path: articlePath(row.section.slug, row.slug) };
    const body = readableBody(row.body, row.bodyText);
    const media = await loadArticleMedia(body, row.galleryId, { publishedGalleriesOnly: true });
    tag(cacheTag.galleryLists);
    tagGalleries(media.galleries);
    const imageIds = [...media.images.map((image) => image.id), ...(row.heroImage ? [row.heroImage.id] : [])];
    if (imageIds.length) tag(...imageIds.map(cacheTag.image));
    if (row.authors.length) tag(...row.authors.map(({ user }) => cacheTag.author(user.id)));
    if (row.tags.length) tag(...row.tags.map(({ tag: storyTag }) => cacheTag.tag(storyTag.id)));
    const article = buildArticleView(
      {
        id: row.id,
        slug: row.slug,
        path: articlePath(row.section.slug, row.slug),
        headline: row.headline,
        standfirst: row.standfirst,
        mediaMarker: row.mediaMarker,
        section: { name: row.section.name, slug: row.section.slug, path: sectionPath(row.section.slug) },
        firstPublishedAt: row.firstPublishedAt,
        updatedAt: row.updatedAt,
        byline: row.authors.map(({ user }) => ({ name: user.name, path: authorPath(user.slug) })),
        creditLine: row.creditLine,
        heroImage: row.heroImage,
        heroCaption: row.heroCaption,
        heroCredit: row.heroCredit,
        body,
        galleryId: row.galleryId,
        tags: row.tags.map(({ tag: storyTag }) => ({ name: storyTag.name, path: tagPath(storyTag.slug) })),
      },
      media,
    );
    return { kind: 'found', article, sectionId: row.section.id, tagIds: row.tags.map(({ tag: storyTag }) => storyTag.id) };
  }
  const redirect = await db.redirect.findUnique({
    where: { fromPath: articlePath(sectionSlug, slug) },
    select: { article: { select: { slug: true, status: true, deletedAt: true, section: { select: { slug: true } } } } },
  });
  if (redirect && redirect.article.status === 'PUBLISHED' && !redirect.article.deletedAt) {
    return { kind: 'moved', path: articlePath(redirect.article.section.slug, redirect.article.slug) };
  }
  return { kind: 'missing' };
}

/**
 * The stored body, or — should it ever fail validation (a bad import, a hand edit) — its plain
 * text as paragraphs: a reader gets the story rather than an error page.
 */
export function readableBody(stored: unknown, bodyText: string): StoryDocument {
  const parsed = storyDocument.safeParse(stored);
  if (parsed.success) return parsed.data;
  console.error('Story body failed validation; showing its plain text instead.', parsed.error.issues[0]);
  return {
    type: 'doc',
    content: bodyText
      .split(/\n+/)
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => ({ type: 'paragraph' as const, content: [{ type: 'text' as const, text: line }] })),
  };
}

const RELATED_LIMIT = 4;

/**
 * Stories related to one: sharing tags counts most, the same section next, newer before older.
 * Candidates are the recent stories of the section and of each tag, so the query stays cheap on
 * a large archive.
 */
export async function getRelatedArticles(articleId: number, sectionId: number, tagIds: number[]): Promise<ArticleSummary[]> {
  'use cache';
  cacheLife('hours');
  const ranked = await db.$queryRaw<{ id: number }[]>`
    WITH candidates AS (
      (SELECT a.id FROM "Article" a
        WHERE a.status = 'PUBLISHED' AND a."deletedAt" IS NULL AND a."sectionId" = ${sectionId} AND a.id <> ${articleId}
        ORDER BY a."firstPublishedAt" DESC LIMIT 40)
      UNION
      (SELECT a.id FROM "ArticleTag" t JOIN "Article" a ON a.id = t."articleId"
        WHERE t."tagId" = ANY(${tagIds}::int[]) AND a.status = 'PUBLISHED' AND a."deletedAt" IS NULL AND a.id <> ${articleId}
        ORDER BY a."firstPublishedAt" DESC LIMIT 80)
    )
    SELECT a.id
      FROM candidates c JOIN "Article" a ON a.id = c.id
     ORDER BY 2 * (SELECT count(*) FROM "ArticleTag" t WHERE t."articleId" = a.id AND t."tagId" = ANY(${tagIds}::int[]))
              + CASE WHEN a."sectionId" = ${sectionId} THEN 1 ELSE 0 END DESC,
              a."firstPublishedAt" DESC, a.id DESC
     LIMIT ${RELATED_LIMIT}`;
  const summaries = await getSummariesByIds(ranked.map((row) => row.id));
  tagSummaries(summaries);
  return summaries;
}
