import type { Prisma } from '../db/client';
import { db } from '../db/client';
import { scopeOf, type Actor } from '../auth/permissions';

/**
 * "What needs my attention": the dashboard's three numbers and list, scoped by the permissions
 * table — a Contributor's review queue is their own stories in review, an Editor's is everyone's.
 * Read per request for the signed-in person (never cached: it changes with every save).
 */

export interface ScheduledStory {
  id: number;
  headline: string;
  scheduledAt: Date;
}

export interface Attention {
  myDrafts: number;
  reviewQueue: number;
  /** Whose stories the review count and the schedule cover. */
  reviewScope: 'all' | 'own';
  scheduleScope: 'all' | 'own';
  scheduled: ScheduledStory[];
}

export const SCHEDULED_SHOWN = 5;

function ownedBy(actor: Actor): Prisma.ArticleWhereInput {
  return { OR: [{ createdById: actor.id }, { authors: { some: { userId: actor.id } } }] };
}

function scoped(actor: Actor, scope: 'all' | 'own'): Prisma.ArticleWhereInput {
  return scope === 'all' ? {} : ownedBy(actor);
}

export async function getAttention(actor: Actor): Promise<Attention> {
  const reviewScope = scopeOf(actor, 'review') === 'all' ? 'all' : 'own';
  const scheduleScope = scopeOf(actor, 'publish') === 'all' ? 'all' : 'own';
  const [myDrafts, reviewQueue, scheduled] = await Promise.all([
    db.article.count({ where: { deletedAt: null, status: 'DRAFT', ...ownedBy(actor) } }),
    db.article.count({ where: { deletedAt: null, status: 'IN_REVIEW', ...scoped(actor, reviewScope) } }),
    db.article.findMany({
      where: { deletedAt: null, status: 'SCHEDULED', scheduledAt: { not: null }, ...scoped(actor, scheduleScope) },
      orderBy: { scheduledAt: 'asc' },
      take: SCHEDULED_SHOWN,
      select: { id: true, headline: true, scheduledAt: true },
    }),
  ]);
  return {
    myDrafts,
    reviewQueue,
    reviewScope,
    scheduleScope,
    scheduled: scheduled.flatMap((story) => (story.scheduledAt ? [{ id: story.id, headline: story.headline, scheduledAt: story.scheduledAt }] : [])),
  };
}
