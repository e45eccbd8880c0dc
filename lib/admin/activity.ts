import { describeAuditEntry } from '../audit/describe';
import type { Actor } from '../auth/permissions';
import { db } from '../db/client';

/**
 * "On your stories": what other people did to the stories someone wrote or is bylined on, lately —
 * an editor published one, sent it back from review, left a comment, moved it, took it down. The
 * newsroom's notifications, read on the dashboard at each visit (never cached). Only what others
 * did: one's own steps need no telling. The scheduler publishing at the chosen minute counts, and
 * a person's many saves to one story are one thing to tell.
 */

export const ACTIVITY_DAYS = 14;
export const ACTIVITY_SHOWN = 10;

/** Steps taken on a story that its writers want to hear about. */
const TOLD = [
  'story.publish',
  'story.scheduled_publish',
  'story.schedule',
  'story.unschedule',
  'story.unpublish',
  'story.return_to_draft',
  'story.update',
  'story.move',
  'story.revision_restore',
  'story.delete',
  'story.restore',
  'story.home_lead',
  'story.home_lead_end',
];

export interface StoryActivity {
  key: string;
  storyId: number;
  headline: string;
  /** Who did it; null for the system (the scheduler). */
  who: string | null;
  /** What they did, after their name: "published “Budget passes”". */
  what: string;
  /** A comment's words. */
  quote: string | null;
  at: Date;
}

interface Row {
  kind: 'audit' | 'comment';
  id: number;
  action: string | null;
  details: unknown;
  body: string | null;
  storyId: number;
  headline: string;
  who: string | null;
  at: Date;
}

export async function getActivityOnMyStories(actor: Actor, now = new Date()): Promise<StoryActivity[]> {
  const since = new Date(now.getTime() - ACTIVITY_DAYS * 86_400_000);
  // Both halves read only the person's stories (through the audit log's subject index and the
  // comments' story index), then keep what happened lately.
  const rows = await db.$queryRaw<Row[]>`
    WITH mine AS (
      SELECT id FROM "Article" WHERE "createdById" = ${actor.id}
      UNION SELECT "articleId" FROM "ArticleAuthor" WHERE "userId" = ${actor.id}
    ),
    steps AS (
      SELECT l.id, l.action, l.details, l."actorId", l."createdAt", m.id AS "storyId",
             row_number() OVER (PARTITION BY m.id, l."actorId", l.action ORDER BY l.id DESC) AS nth
      FROM mine m
      JOIN "AuditLog" l ON l."subjectType" = 'story' AND l."subjectId" = m.id::text
      WHERE l."createdAt" >= ${since} AND l.action = ANY(${TOLD}::text[]) AND l."actorId" IS DISTINCT FROM ${actor.id}
        -- A pin that ended because the story left the site is told as that.
        AND NOT (l.action = 'story.home_lead_end' AND COALESCE(l.details->>'reason', '') IN ('unpublished', 'deleted'))
    )
    SELECT * FROM (
      SELECT 'audit' AS kind, s.id, s.action, s.details, NULL AS body, a.id AS "storyId", a.headline, u.name AS who, s."createdAt" AS at
      FROM steps s
      JOIN "Article" a ON a.id = s."storyId"
      LEFT JOIN "User" u ON u.id = s."actorId"
      -- Someone's saves to a story are told once, at the latest.
      WHERE s.action <> 'story.update' OR s.nth = 1
      UNION ALL
      SELECT 'comment', c.id, NULL, NULL, c.body, a.id, a.headline, u.name, c."createdAt"
      FROM mine m
      JOIN "ArticleComment" c ON c."articleId" = m.id
      JOIN "Article" a ON a.id = m.id
      JOIN "User" u ON u.id = c."authorId"
      WHERE c."createdAt" >= ${since} AND c."authorId" <> ${actor.id}
    ) recent
    ORDER BY at DESC, id DESC
    LIMIT ${ACTIVITY_SHOWN}`;
  return rows.map((row) => {
    const headline = row.headline.trim() || 'Untitled story';
    return {
      key: `${row.kind}-${row.id}`,
      storyId: row.storyId,
      headline,
      who: row.who,
      what:
        row.kind === 'comment'
          ? `commented on “${headline}”`
          : describeAuditEntry({ action: row.action ?? '', subjectType: 'story', subjectId: String(row.storyId), details: row.details, subjectName: headline }).summary,
      quote: row.kind === 'comment' ? row.body : null,
      at: row.at,
    };
  });
}
