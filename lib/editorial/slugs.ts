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

/**
 * The slug a save should use. A typed slug that is taken is refused with a clear message; a slug
 * generated from the headline gets -2, -3 … until it is free.
 */
export async function resolveSlug(
  tx: Tx,
  options: { requested: string; auto: boolean; headline: string; articleId: number | null },
): Promise<string> {
  const base = options.requested || slugify(options.headline, LIMITS.slug - 4) || 'story';
  if (!(await slugTaken(tx, base, options.articleId))) return base;
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
