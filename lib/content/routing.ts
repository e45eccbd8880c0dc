import { db } from '../db/client';
import { listingWhere, PUBLIC_ARTICLE, type StoryListing } from './articles';
import { PUBLIC_AUTHOR } from './authors';
import { GALLERIES_PER_PAGE } from './galleries';
import { pageWindow, parsePageSegment, STORIES_PER_PAGE } from './pagination';
import { articlePath, authorPath, galleriesPath, latestPath, RESERVED_SLUGS, sectionFeedPath, sectionPath, tagPath } from './urls';

/**
 * Decides, before any HTML is streamed, whether a public path exists, has moved, or is missing.
 * With Cache Components the page's shell is sent with a 200 before the page body runs, so a page
 * cannot change its own status any more; proxy.ts asks this module first and answers 301 or 404
 * itself. Each check is one or two indexed lookups.
 *
 * Paths this module does not know (feeds, sitemaps, icons, other modules' routes) are left to
 * Next's router, which answers 404 itself for anything no route matches.
 */
export type PathCheck = { kind: 'ok' } | { kind: 'moved'; location: string } | { kind: 'missing' };

const OK: PathCheck = { kind: 'ok' };
const MISSING: PathCheck = { kind: 'missing' };
const moved = (location: string): PathCheck => ({ kind: 'moved', location });

export async function checkPublicPath(pathname: string): Promise<PathCheck> {
  const segments = pathname.split('/').filter(Boolean).map(safeDecode);
  if (segments.some((segment) => segment === null)) return MISSING;
  const parts = segments as string[];
  if (parts.length === 0) return OK;
  // Every address is lower case: one typed or linked in capitals (`/Business`, `/tag/Lenkeran`)
  // leads to the lower-case one when that exists. Files (`/Logo.png`) are left to their routes.
  if (parts.some((part) => /[A-Z]/.test(part)) && !parts.some((part) => part.includes('.'))) {
    const lower = `/${parts.map((part) => encodeURIComponent(part.replace(/[A-Z]/g, (letter) => letter.toLowerCase()))).join('/')}`;
    const check = await checkPublicPath(lower);
    return check.kind === 'ok' ? moved(lower) : check;
  }
  const [first, ...rest] = parts;

  switch (first) {
    case 'latest':
      return checkListing(latestPath, rest, () => ({ kind: 'latest' }));
    case 'search':
      return rest.length === 0 ? OK : MISSING;
    case 'about':
    case 'contact':
      if (rest.length) return MISSING;
      return (await db.staticPage.count({ where: { slug: first } })) ? OK : MISSING;
    case 'galleries':
      return checkGalleries(rest);
    case 'feeds':
      return checkSectionFeed(rest);
    case 'tag': {
      if (!rest.length) return MISSING;
      const tag = await db.tag.findUnique({ where: { slug: rest[0] }, select: { id: true } });
      if (!tag) return renamedTag(rest[0], rest.slice(1));
      return checkListing(tagPath(rest[0]), rest.slice(1), () => ({ kind: 'tag', tagId: tag.id }));
    }
    case 'author': {
      if (!rest.length) return MISSING;
      const author = await db.user.findFirst({ where: { slug: rest[0], ...PUBLIC_AUTHOR }, select: { id: true } });
      if (!author) return MISSING;
      return checkListing(authorPath(rest[0]), rest.slice(1), () => ({ kind: 'author', authorId: author.id }));
    }
  }

  // Other reserved paths and files (`/robots.txt`, `/icon.png`) belong to other routes.
  if (RESERVED_SLUGS.has(first) || first.includes('.')) return OK;

  if (parts.length === 2 && rest[0] !== 'page') return checkArticle(first, rest[0]);
  if (parts.length === 1 || (parts.length === 3 && rest[0] === 'page') || (parts.length === 2 && rest[0] === 'page')) {
    const section = await db.section.findUnique({ where: { slug: first }, select: { id: true } });
    if (!section) return renamedSection(first, (slug) => (rest[1] === '1' ? sectionPath(slug) : [sectionPath(slug), ...rest].join('/')));
    return checkListing(sectionPath(first), rest, () => ({ kind: 'section', sectionId: section.id }));
  }
  return OK;
}

/** A renamed section's old slug: 301 to the same place under its new one (`to` builds the path). */
async function renamedSection(oldSlug: string, to: (newSlug: string) => string): Promise<PathCheck> {
  const redirect = await db.sectionRedirect.findUnique({ where: { fromSlug: oldSlug }, select: { section: { select: { slug: true } } } });
  return redirect ? moved(to(redirect.section.slug)) : MISSING;
}

/** A renamed or merged tag's old slug (and its pages): 301 to the tag it became. */
async function renamedTag(oldSlug: string, rest: string[]): Promise<PathCheck> {
  const redirect = await db.tagRedirect.findUnique({ where: { fromSlug: oldSlug }, select: { tag: { select: { slug: true } } } });
  const page = rest.length === 2 && rest[0] === 'page' ? rest[1] : null;
  if (!redirect || (rest.length && page === null)) return MISSING;
  return moved(page === null || page === '1' ? tagPath(redirect.tag.slug) : `${tagPath(redirect.tag.slug)}/page/${page}`);
}

/** Only a renamed section's feed is this module's business; every other feed path is the route's. */
async function checkSectionFeed(rest: string[]): Promise<PathCheck> {
  const file = rest.length === 2 && rest[0] === 'section' ? /^(.+)\.xml$/.exec(rest[1]) : null;
  if (!file || (await db.section.findUnique({ where: { slug: file[1] }, select: { id: true } }))) return OK;
  const check = await renamedSection(file[1], sectionFeedPath);
  return check.kind === 'moved' ? check : OK;
}

/** `rest` is what follows a listing's own path: nothing (page 1) or `page/N`. */
async function checkListing(basePath: string, rest: string[], listing: () => StoryListing): Promise<PathCheck> {
  if (rest.length === 0) return OK;
  if (rest.length !== 2 || rest[0] !== 'page') return MISSING;
  if (rest[1] === '1') return moved(basePath);
  const page = parsePageSegment(rest[1]);
  if (page === null) return MISSING;
  // The page exists when its first story does: no count of the whole listing on every request.
  const first = await db.article.findFirst({ where: listingWhere(listing()), skip: (page - 1) * STORIES_PER_PAGE, select: { id: true } });
  return first ? OK : MISSING;
}

async function checkGalleries(rest: string[]): Promise<PathCheck> {
  const published = { status: 'PUBLISHED', items: { some: {} } } as const;
  if (rest.length === 0) return OK;
  if (rest[0] === 'page') {
    if (rest.length !== 2) return MISSING;
    if (rest[1] === '1') return moved(galleriesPath);
    const page = parsePageSegment(rest[1]);
    if (page === null) return MISSING;
    const total = await db.gallery.count({ where: published });
    return pageWindow(total, page, GALLERIES_PER_PAGE).inRange ? OK : MISSING;
  }
  const gallery = await db.gallery.findFirst({
    where: { slug: rest[0], ...published },
    select: { _count: { select: { items: true } } },
  });
  if (!gallery) return MISSING;
  if (rest.length === 1) return OK;
  if (rest.length !== 3 || rest[1] !== 'photo' || !/^[1-9][0-9]{0,4}$/.test(rest[2])) return MISSING;
  const position = Number(rest[2]);
  if (position > gallery._count.items) return MISSING;
  return OK;
}

async function checkArticle(sectionSlug: string, slug: string): Promise<PathCheck> {
  const article = await db.article.findFirst({
    where: { ...PUBLIC_ARTICLE, slug },
    select: { slug: true, section: { select: { slug: true } } },
  });
  if (article) {
    return article.section.slug === sectionSlug ? OK : moved(articlePath(article.section.slug, article.slug));
  }
  const redirect = await db.redirect.findUnique({
    where: { fromPath: articlePath(sectionSlug, slug) },
    select: { article: { select: { slug: true, section: { select: { slug: true } }, status: true, deletedAt: true } } },
  });
  if (redirect && redirect.article.status === 'PUBLISHED' && !redirect.article.deletedAt) {
    return moved(articlePath(redirect.article.section.slug, redirect.article.slug));
  }
  return MISSING;
}

/** A path segment as text, or null when it cannot be a slug: malformed escapes, or control characters (PostgreSQL refuses a NUL in text). */
function safeDecode(segment: string): string | null {
  try {
    const decoded = decodeURIComponent(segment);
    return /[\u0000-\u001f\u007f]/.test(decoded) ? null : decoded;
  } catch {
    return null;
  }
}
