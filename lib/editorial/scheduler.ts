import { db } from '../db/client';
import { recordAudit } from '../audit/record';
import { tagsForChange } from './cache-tags';

/**
 * Scheduled publishing. Each app instance runs this every few seconds (instrumentation.ts); the
 * claim is one atomic UPDATE … WHERE status = 'SCHEDULED' AND scheduledAt <= now RETURNING, so
 * with several instances each due story is published exactly once, by whichever claims it.
 * The dateline is the minute the editor chose, not the moment the claim happened to run.
 */
export interface ClaimedStory {
  id: number;
  scheduledAt: Date;
}

export async function claimDueStories(now: Date = new Date()): Promise<{ published: ClaimedStory[]; expire: string[] }> {
  return db.$transaction(async (tx) => {
    const claimed = await tx.$queryRaw<{ id: number; publishedAt: Date; sectionId: number }[]>`
      UPDATE "Article"
      SET status = 'PUBLISHED',
          "publishedAt" = "scheduledAt",
          "firstPublishedAt" = COALESCE("firstPublishedAt", "scheduledAt"),
          -- A story back on the site keeps the time of its last change (no "Updated" for returning).
          "updatedAt" = CASE WHEN "firstPublishedAt" IS NULL THEN "scheduledAt" ELSE "updatedAt" END,
          "scheduledAt" = NULL,
          version = version + 1
      WHERE status = 'SCHEDULED' AND "scheduledAt" <= ${now} AND "deletedAt" IS NULL
      RETURNING id, "publishedAt", "sectionId"`;
    if (!claimed.length) return { published: [], expire: [] };

    const ids = claimed.map((story) => story.id);
    const authors = await tx.articleAuthor.findMany({ where: { articleId: { in: ids } }, select: { articleId: true, userId: true } });
    const tags = await tx.articleTag.findMany({ where: { articleId: { in: ids } }, select: { articleId: true, tagId: true } });
    const expire = new Set<string>();
    for (const story of claimed) {
      await recordAudit(tx, {
        actorId: null,
        action: 'story.scheduled_publish',
        subjectType: 'story',
        subjectId: story.id,
        details: { at: story.publishedAt.toISOString() },
      });
      const footprint = {
        id: story.id,
        public: true,
        sectionId: story.sectionId,
        authorIds: authors.filter((row) => row.articleId === story.id).map((row) => row.userId),
        tagIds: tags.filter((row) => row.articleId === story.id).map((row) => row.tagId),
      };
      for (const tag of tagsForChange(null, footprint)) expire.add(tag);
    }
    return { published: claimed.map((story) => ({ id: story.id, scheduledAt: story.publishedAt })), expire: [...expire] };
  });
}
