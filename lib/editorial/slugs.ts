import type { Prisma } from '../db/client';
import { Invalid } from '../auth/guard';
import { slugify } from '../slug';
import { LIMITS } from './fields';

type Tx = Prisma.TransactionClient;

/**
 * A story's slug is unique across the site (Article.slug) and must not be the last segment of a
 * Redirect that belongs to another story: public routing looks a story up by slug first, so
 * taking over another story's old slug would silently break that story's old links.
 */
async function slugTaken(tx: Tx, slug: string, articleId: number | null): Promise<boolean> {
  // One query at a time: a transaction holds a single connection.
  const story = await tx.article.findFirst({ where: { slug, ...(articleId ? { id: { not: articleId } } : {}) }, select: { id: true } });
  if (story) return true;
  const redirect = await tx.redirect.findFirst({
    where: { fromPath: { endsWith: `/${slug}` }, ...(articleId ? { articleId: { not: articleId } } : {}) },
    select: { id: true },
  });
  return redirect !== null;
}

/** `/{section}/page` begins a section's page 2, 3 … (pagePath in lib/content/urls.ts), so no story may be called that. */
const LISTING_PAGE_SEGMENT = 'page';

/**
 * The slug a save should use. A typed slug that is taken is refused with a clear message; a slug
 * generated from the headline gets -2, -3 … until it is free.
 */
export async function resolveSlug(
  tx: Tx,
  options: { requested: string; auto: boolean; headline: string; articleId: number | null },
): Promise<string> {
  const base = options.requested || slugify(options.headline, LIMITS.slug - 4) || 'story';
  const reserved = base === LISTING_PAGE_SEGMENT;
  if (reserved && options.requested && !options.auto) {
    throw new Invalid('A story cannot be called “page”: that address is the section’s next page.', {
      'fields.slug': '“page” is kept for the section’s pages. Choose another.',
    });
  }
  if (!reserved && !(await slugTaken(tx, base, options.articleId))) return base;
  if (options.requested && !options.auto) {
    throw new Invalid('That slug is already used by another story.', {
      'fields.slug': 'Already used by another story (or one of its old addresses). Choose another.',
    });
  }
  for (let suffix = 2; suffix < 1000; suffix++) {
    const candidate = `${base}-${suffix}`;
    if (!(await slugTaken(tx, candidate, options.articleId))) return candidate;
  }
  throw new Invalid('Could not find a free slug; type one.', { 'fields.slug': 'Type a slug' });
}
