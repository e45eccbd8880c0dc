'use server';

import { after } from 'next/server';
import { z } from 'zod';
import { runAction, type ActionResult } from '@/lib/auth/guard';
import type { CurrentUser } from '@/lib/auth/current-user';
import { expireCachedContent } from '@/lib/content/revalidate';
import { autosaveAnswer, autosaveStory, discardInput, discardPendingChanges, type AutosaveAnswer } from '@/lib/editorial/autosave';
import { addComment, resolveComment, resolveCommentInput, type StoryComment } from '@/lib/editorial/comments';
import { commentInput, createDraftInput, restoreRevisionInput, saveStoryInput, scheduleInput, storyRef } from '@/lib/editorial/fields';
import { galleryOptions, imageInfo, searchTags, type GalleryOption, type ImageInfo, type TagOption } from '@/lib/editorial/queries';
import { restoreRevision } from '@/lib/editorial/revisions';
import { createDraft, saveAnswer, saveStory, type EditorialResult, type SaveAnswer } from '@/lib/editorial/save';
import {
  deleteStory,
  publishStory,
  restoreStory,
  returnToDraft,
  scheduleStory,
  submitForReview,
  unpublishStory,
  unscheduleStory,
  type StoryStatus,
} from '@/lib/editorial/workflow';

/**
 * The editor's server actions: each resolves the signed-in user from the database, validates
 * its input, calls lib/editorial (which checks the roles table) and, once the change committed,
 * expires the cached public pages it affects.
 *
 * The expiry runs with after(), as the answer leaves: expiring inside the action would also make
 * Next re-render the page the editor is on, and for a story started at /admin/stories/new (whose
 * address became /admin/stories/<id> at its first save) that swaps a fresh editor in for the one
 * being typed in — focus, undo history and the "Published" notice gone. The editor keeps its own
 * state from each action's result; nothing on its page needs re-rendering.
 */
async function editorial<S extends z.ZodType, T, A = T>(
  schema: S,
  input: unknown,
  work: (actor: CurrentUser, data: z.infer<S>) => Promise<EditorialResult<T>>,
  answer: (value: T) => A = (value) => value as unknown as A,
): Promise<ActionResult<A>> {
  const result = await runAction(schema, input, work);
  if (!result.ok) return result;
  const { expire } = result.value;
  if (expire.length) after(() => expireCachedContent(expire));
  return { ok: true, value: answer(result.value.value) };
}

// Saves answer without the story they were sent (saveAnswer): the editor has it.
export async function createDraftAction(input: unknown): Promise<ActionResult<SaveAnswer>> {
  return editorial(createDraftInput, input, (actor, data) => createDraft(actor, data), saveAnswer);
}

export async function saveStoryAction(input: unknown): Promise<ActionResult<SaveAnswer>> {
  return editorial(saveStoryInput, input, (actor, data) => saveStory(actor, data), saveAnswer);
}

export async function autosaveStoryAction(input: unknown): Promise<ActionResult<AutosaveAnswer>> {
  return editorial(saveStoryInput, input, (actor, data) => autosaveStory(actor, data), autosaveAnswer);
}

export async function discardPendingChangesAction(input: unknown): Promise<ActionResult<null>> {
  return editorial(discardInput, input, (actor, data) => discardPendingChanges(actor, data));
}

export async function submitForReviewAction(input: unknown): Promise<ActionResult<StoryStatus>> {
  return editorial(storyRef, input, (actor, data) => submitForReview(actor, data));
}

export async function returnToDraftAction(input: unknown): Promise<ActionResult<StoryStatus>> {
  return editorial(storyRef, input, (actor, data) => returnToDraft(actor, data));
}

export async function publishStoryAction(input: unknown): Promise<ActionResult<StoryStatus>> {
  return editorial(storyRef, input, (actor, data) => publishStory(actor, data));
}

export async function scheduleStoryAction(input: unknown): Promise<ActionResult<StoryStatus>> {
  return editorial(scheduleInput, input, (actor, data) => scheduleStory(actor, data));
}

export async function unscheduleStoryAction(input: unknown): Promise<ActionResult<StoryStatus>> {
  return editorial(storyRef, input, (actor, data) => unscheduleStory(actor, data));
}

export async function unpublishStoryAction(input: unknown): Promise<ActionResult<StoryStatus>> {
  return editorial(storyRef, input, (actor, data) => unpublishStory(actor, data));
}

export async function deleteStoryAction(input: unknown): Promise<ActionResult<StoryStatus>> {
  return editorial(storyRef, input, (actor, data) => deleteStory(actor, data));
}

export async function restoreStoryAction(input: unknown): Promise<ActionResult<StoryStatus>> {
  return editorial(storyRef, input, (actor, data) => restoreStory(actor, data));
}

export async function restoreRevisionAction(input: unknown): Promise<ActionResult<SaveAnswer>> {
  return editorial(restoreRevisionInput, input, (actor, data) => restoreRevision(actor, data), saveAnswer);
}

export async function addCommentAction(input: unknown): Promise<ActionResult<StoryComment>> {
  return runAction(commentInput, input, (actor, data) => addComment(actor, data));
}

export async function resolveCommentAction(input: unknown): Promise<ActionResult<{ id: number; resolvedAt: string | null }>> {
  return runAction(resolveCommentInput, input, (actor, data) => resolveComment(actor, data));
}

/** Typeahead for the tag field (any signed-in staff member). */
export async function searchTagsAction(input: unknown): Promise<ActionResult<TagOption[]>> {
  return runAction(z.object({ q: z.string().max(100) }), input, (_actor, data) => searchTags(data.q));
}

/** The story editor's gallery picker: a search, or galleries a restored copy shows (any signed-in staff member). */
export async function galleryOptionsAction(input: unknown): Promise<ActionResult<GalleryOption[]>> {
  const asked = z.object({ q: z.string().max(100).default(''), ids: z.array(z.number().int().positive()).max(100).default([]) });
  return runAction(asked, input, (_actor, data) => galleryOptions({ query: data.q, inUse: data.ids }));
}

/** Library details for images just picked (figure and hero previews). */
export async function imageInfoAction(input: unknown): Promise<ActionResult<ImageInfo[]>> {
  return runAction(z.object({ ids: z.array(z.number().int().positive()).max(100) }), input, (_actor, data) => imageInfo(data.ids));
}
