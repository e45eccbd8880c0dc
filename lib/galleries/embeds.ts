import 'server-only';
import type { ArticleStatus, Prisma, PrismaClient } from '../db/client';

/**
 * Which stories show a gallery. A story can attach one (Article.galleryId) and embed any number
 * in its body (`galleryEmbed` nodes, at any depth: inside a quote or a list too). The stories'
 * write side keeps galleryId in step with the first embed, but a deletion must not trust that:
 * `storiesShowingGallery` reads both. Stories in the trash count, since they can be restored.
 */

export interface StoryShowingGallery {
  id: number;
  headline: string;
  status: ArticleStatus;
  /** In the trash (soft-deleted, restorable). */
  deleted: boolean;
}

type Client = PrismaClient | Prisma.TransactionClient;

/** Attached or embedded anywhere in the body. Reads every body: for deletion and publishing. */
export async function storiesShowingGallery(client: Client, galleryId: number): Promise<StoryShowingGallery[]> {
  const rows = await client.$queryRaw<{ id: number; headline: string; status: ArticleStatus; deletedAt: Date | null }[]>`
    SELECT id, headline, status, "deletedAt" FROM "Article"
    WHERE "galleryId" = ${galleryId}
       OR jsonb_path_exists(body, '$.** ? (@.type == "galleryEmbed" && @.attrs.galleryId == $id)', jsonb_build_object('id', ${galleryId}::int))
    ORDER BY "updatedAt" DESC, id DESC`;
  return rows.map((row) => ({ id: row.id, headline: row.headline, status: row.status, deleted: row.deletedAt !== null }));
}

/**
 * Stories whose cached pages to refresh after an everyday edit (a caption, a new order): the
 * indexed Article.galleryId only, so a keystroke-paced reorder never scans every story body.
 * Story pages also carry the gallery's own cache tag, which every change expires.
 */
export async function storyIdsAttachingGallery(client: Client, galleryId: number): Promise<number[]> {
  const rows = await client.article.findMany({ where: { galleryId }, select: { id: true } });
  return rows.map((row) => row.id);
}

export function describeStories(stories: StoryShowingGallery[]): string {
  const named = stories.slice(0, 3).map((story) => `“${story.headline}”${story.deleted ? ' (in the trash)' : ''}`);
  const more = stories.length - named.length;
  if (more > 0) named.push(`${more} more`);
  return named.length > 1 ? `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}` : (named[0] ?? '');
}
