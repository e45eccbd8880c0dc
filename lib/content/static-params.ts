import { db } from '../db/client';
import { NEWEST_FIRST, PUBLIC_ARTICLE } from './articles';
import { PUBLIC_AUTHOR } from './authors';

/**
 * Sample params for generateStaticParams. Cache Components needs at least one per dynamic route
 * at build time; with them, every other path is rendered whole on its first request and kept
 * (ISR), rather than rendered afresh on every request. Build a few of the most-read paths now and
 * leave the archive to first requests. An empty newsroom gets a placeholder that renders the
 * 404 page (proxy.ts answers 404 for it before rendering anyway).
 */

const PLACEHOLDER = '_';

export async function recentArticleParams(limit = 12): Promise<{ section: string; slug: string }[]> {
  const rows = await db.article.findMany({
    where: PUBLIC_ARTICLE,
    orderBy: NEWEST_FIRST,
    take: limit,
    select: { slug: true, section: { select: { slug: true } } },
  });
  return rows.length ? rows.map((row) => ({ section: row.section.slug, slug: row.slug })) : [{ section: PLACEHOLDER, slug: PLACEHOLDER }];
}

export async function sectionParams(): Promise<{ section: string }[]> {
  const rows = await db.section.findMany({ select: { slug: true }, orderBy: { position: 'asc' } });
  return rows.length ? rows.map((row) => ({ section: row.slug })) : [{ section: PLACEHOLDER }];
}

export async function authorParams(limit = 20): Promise<{ slug: string }[]> {
  const rows = await db.user.findMany({ where: PUBLIC_AUTHOR, select: { slug: true }, take: limit, orderBy: { id: 'asc' } });
  return rows.length ? rows.map((row) => ({ slug: row.slug })) : [{ slug: PLACEHOLDER }];
}

export async function tagParams(limit = 10): Promise<{ slug: string }[]> {
  const rows = await db.tag.findMany({
    select: { slug: true },
    orderBy: { articles: { _count: 'desc' } },
    take: limit,
  });
  return rows.length ? rows.map((row) => ({ slug: row.slug })) : [{ slug: PLACEHOLDER }];
}

export async function galleryParams(limit = 12): Promise<{ slug: string }[]> {
  const rows = await db.gallery.findMany({
    where: { status: 'PUBLISHED', items: { some: {} } },
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    select: { slug: true },
    take: limit,
  });
  return rows.length ? rows.map((row) => ({ slug: row.slug })) : [{ slug: PLACEHOLDER }];
}

/** Page 2 of a listing is its most visited later page; the rest are built on first request. */
export const SECOND_PAGE = [{ page: '2' }];
