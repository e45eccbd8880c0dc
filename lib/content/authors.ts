import { cacheLife, cacheTag as tag } from 'next/cache';
import { db } from '../db/client';
import { PUBLIC_ARTICLE } from './articles';
import { cacheTag } from './tags';
import { authorPath } from './urls';
import { toImageView, type ImageView } from './views';

export interface AuthorView {
  id: number;
  name: string;
  slug: string;
  path: string;
  bio: string;
  photo: ImageView | null;
}

/** Readers see an author page for anyone with a published story in their byline. */
export const PUBLIC_AUTHOR = { bylines: { some: { article: PUBLIC_ARTICLE } } } as const;

/**
 * The person whose author page is at /author/{slug}, or null when readers have no such page.
 * Uncached: the author page reads it through getAuthor, the author's feed inside its own cache.
 */
export async function findPublicAuthor(slug: string) {
  return db.user.findFirst({
    where: { slug, ...PUBLIC_AUTHOR },
    select: {
      id: true,
      name: true,
      slug: true,
      bio: true,
      avatar: { select: { id: true, storageKey: true, width: true, height: true, alt: true, caption: true, credit: true } },
    },
  });
}

export async function getAuthor(slug: string): Promise<AuthorView | null> {
  'use cache';
  cacheLife('days');
  tag(cacheTag.storyLists);
  const row = await findPublicAuthor(slug);
  if (!row) return null;
  tag(cacheTag.author(row.id));
  if (row.avatar) tag(cacheTag.image(row.avatar.id));
  return {
    id: row.id,
    name: row.name,
    slug: row.slug,
    path: authorPath(row.slug),
    bio: row.bio,
    photo: row.avatar ? { ...toImageView(row.avatar), alt: row.avatar.alt || row.name } : null,
  };
}
