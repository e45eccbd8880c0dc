import { db } from '../db/client';
import { PUBLIC_ARTICLE } from './articles';
import { articlePath, RESERVED_SLUGS } from './urls';

/**
 * Decides, before any HTML is streamed, whether a public path exists, has moved, or is missing.
 * With Cache Components the page's shell is sent with a 200 before the page body runs, so a page
 * cannot change its own status any more; proxy.ts asks this module first and answers 301 or 404
 * itself. Each check is one indexed lookup.
 */
export type PathCheck = { kind: 'ok' } | { kind: 'moved'; location: string } | { kind: 'missing' };

const OK: PathCheck = { kind: 'ok' };
const MISSING: PathCheck = { kind: 'missing' };

export async function checkPublicPath(pathname: string): Promise<PathCheck> {
  const segments = pathname.split('/').filter(Boolean).map(safeDecode);
  if (segments.some((segment) => segment === null)) return MISSING;
  const parts = segments as string[];
  if (parts.length === 2 && !RESERVED_SLUGS.has(parts[0]) && parts[1] !== 'page') {
    return checkArticle(parts[0], parts[1]);
  }
  return OK;
}

async function checkArticle(sectionSlug: string, slug: string): Promise<PathCheck> {
  const article = await db.article.findFirst({
    where: { ...PUBLIC_ARTICLE, slug },
    select: { slug: true, section: { select: { slug: true } } },
  });
  if (article) {
    return article.section.slug === sectionSlug ? OK : { kind: 'moved', location: articlePath(article.section.slug, article.slug) };
  }
  const redirect = await db.redirect.findUnique({
    where: { fromPath: articlePath(sectionSlug, slug) },
    select: { article: { select: { slug: true, section: { select: { slug: true } }, status: true, deletedAt: true } } },
  });
  if (redirect && redirect.article.status === 'PUBLISHED' && !redirect.article.deletedAt) {
    return { kind: 'moved', location: articlePath(redirect.article.section.slug, redirect.article.slug) };
  }
  return MISSING;
}

function safeDecode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
