import { cacheLife, cacheTag as tag } from 'next/cache';
import { db, type Prisma } from '../db/client';
import { storyDocument, type StoryDocument } from '../document/schema';
import { cacheTag } from './tags';
import { articlePath, authorPath, sectionPath } from './urls';

/** What readers may see: published and not deleted. */
export const PUBLIC_ARTICLE: Prisma.ArticleWhereInput = { status: 'PUBLISHED', deletedAt: null };

const summarySelect = {
  id: true,
  slug: true,
  headline: true,
  standfirst: true,
  mediaMarker: true,
  firstPublishedAt: true,
  updatedAt: true,
  section: { select: { id: true, name: true, slug: true } },
  heroImage: { select: { id: true, storageKey: true, width: true, height: true, alt: true } },
} satisfies Prisma.ArticleSelect;

type SummaryRow = Prisma.ArticleGetPayload<{ select: typeof summarySelect }>;

export interface ArticleSummary {
  id: number;
  path: string;
  headline: string;
  standfirst: string;
  mediaMarker: 'PHOTO' | 'VIDEO' | 'AUDIO' | null;
  publishedAt: Date;
  section: { name: string; path: string };
  hero: { storageKey: string; width: number; height: number; alt: string } | null;
}

function toSummary(row: SummaryRow): ArticleSummary {
  return {
    id: row.id,
    path: articlePath(row.section.slug, row.slug),
    headline: row.headline,
    standfirst: row.standfirst,
    mediaMarker: row.mediaMarker,
    publishedAt: row.firstPublishedAt ?? row.updatedAt,
    section: { name: row.section.name, path: sectionPath(row.section.slug) },
    hero: row.heroImage,
  };
}

export async function getLatestArticles(limit = 20, offset = 0): Promise<ArticleSummary[]> {
  'use cache';
  cacheLife('hours');
  tag(cacheTag.storyLists);
  const rows = await db.article.findMany({
    where: PUBLIC_ARTICLE,
    orderBy: [{ firstPublishedAt: 'desc' }, { id: 'desc' }],
    take: limit,
    skip: offset,
    select: summarySelect,
  });
  return rows.map(toSummary);
}

export interface ArticleView extends ArticleSummary {
  slug: string;
  sectionSlug: string;
  updatedAt: Date;
  body: StoryDocument;
  byline: { name: string; path: string }[];
  creditLine: string | null;
}

export type ArticleLookup =
  | { kind: 'found'; article: ArticleView }
  | { kind: 'moved'; path: string }
  | { kind: 'missing' };

/** The published story at /{sectionSlug}/{slug}, or where it lives now, or nothing. */
export async function findArticle(sectionSlug: string, slug: string): Promise<ArticleLookup> {
  'use cache';
  cacheLife('hours');
  tag(cacheTag.redirects, cacheTag.storyLists);
  const row = await db.article.findFirst({
    where: { ...PUBLIC_ARTICLE, slug },
    select: {
      ...summarySelect,
      body: true,
      creditLine: true,
      authors: { orderBy: { position: 'asc' }, select: { user: { select: { name: true, slug: true } } } },
    },
  });
  if (row) {
    tag(cacheTag.story(row.id));
    if (row.section.slug !== sectionSlug) return { kind: 'moved', path: articlePath(row.section.slug, row.slug) };
    return {
      kind: 'found',
      article: {
        ...toSummary(row),
        slug: row.slug,
        sectionSlug: row.section.slug,
        updatedAt: row.updatedAt,
        body: storyDocument.parse(row.body),
        byline: row.authors.map(({ user }) => ({ name: user.name, path: authorPath(user.slug) })),
        creditLine: row.creditLine,
      },
    };
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
