import { z } from 'zod';
import { INT4_MAX } from '../db/row-id';
import { db } from '../db/client';
import { assertCanOnStory, Invalid, NotFound } from '../auth/guard';
import type { Actor } from '../auth/permissions';
import { loadStoryRow } from './save';
import { accessOf, isLive, type StoryRow } from './snapshot';

/**
 * Editors' notes on a story before it goes out. The review right decides who takes part:
 * Contributors and Authors on their own stories, Editors and Admins on all.
 */
export interface StoryComment {
  id: number;
  author: string;
  authorId: number;
  body: string;
  createdAt: string;
  resolvedAt: string | null;
}

function assertMayReview(actor: Actor, row: StoryRow): void {
  assertCanOnStory(actor, 'review', accessOf(row), 'You cannot comment on this story.');
}

export async function listComments(actor: Actor, articleId: number): Promise<StoryComment[]> {
  const row = await loadStoryRow(db, articleId);
  assertMayReview(actor, row);
  const comments = await db.articleComment.findMany({
    where: { articleId },
    orderBy: { createdAt: 'asc' },
    select: { id: true, body: true, createdAt: true, resolvedAt: true, authorId: true, author: { select: { name: true } } },
  });
  return comments.map((comment) => ({
    id: comment.id,
    author: comment.author.name,
    authorId: comment.authorId,
    body: comment.body,
    createdAt: comment.createdAt.toISOString(),
    resolvedAt: comment.resolvedAt?.toISOString() ?? null,
  }));
}

/** Comments belong to drafts on their way out; a published story is changed, not discussed. */
export async function addComment(actor: Actor, input: { articleId: number; body: string }): Promise<StoryComment> {
  return db.$transaction(async (tx) => {
    const row = await loadStoryRow(tx, input.articleId);
    if (row.deletedAt) throw new NotFound('This story was deleted.');
    assertMayReview(actor, row);
    if (isLive(row)) throw new Invalid('Comments are for drafts in review; this story is already published or scheduled.');
    const comment = await tx.articleComment.create({
      data: { articleId: row.id, authorId: actor.id, body: input.body },
      select: { id: true, body: true, createdAt: true, authorId: true, author: { select: { name: true } } },
    });
    return {
      id: comment.id,
      author: comment.author.name,
      authorId: comment.authorId,
      body: comment.body,
      createdAt: comment.createdAt.toISOString(),
      resolvedAt: null,
    };
  });
}

export const resolveCommentInput = z.object({ commentId: z.number().int().positive().max(INT4_MAX), resolved: z.boolean().default(true) });

export async function resolveComment(actor: Actor, input: { commentId: number; resolved: boolean }): Promise<{ id: number; resolvedAt: string | null }> {
  return db.$transaction(async (tx) => {
    const comment = await tx.articleComment.findUnique({ where: { id: input.commentId }, select: { articleId: true } });
    if (!comment) throw new NotFound('That comment no longer exists.');
    assertMayReview(actor, await loadStoryRow(tx, comment.articleId));
    const updated = await tx.articleComment.update({
      where: { id: input.commentId },
      data: { resolvedAt: input.resolved ? new Date() : null },
      select: { id: true, resolvedAt: true },
    });
    return { id: updated.id, resolvedAt: updated.resolvedAt?.toISOString() ?? null };
  });
}
