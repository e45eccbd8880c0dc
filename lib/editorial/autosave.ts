import { z } from 'zod';
import { INT4_MAX } from '../db/row-id';
import { toJsonValue } from '../db/json';
import { NotFound } from '../auth/guard';
import type { Actor } from '../auth/permissions';
import { storyFields, type StoryFields } from './fields';
import { assertCanEdit, inTransaction, loadStoryRow, saveAnswer, staleVersion, writeStory, type EditorialResult, type SaveAnswer, type SavedStory, type Tx } from './save';
import { isLive } from './snapshot';

/**
 * Autosave, every few seconds while someone types.
 *
 * - A story readers cannot see (draft, in review, unpublished) is saved for real, with revisions
 *   coalesced per typing session (see AUTOSAVE_COALESCE_MS in ./save.ts).
 * - A published or scheduled story must not change on the site because someone paused typing:
 *   the work goes to ArticleAutosave (one row per story and editor) and reaches readers only when
 *   the editor presses "Update" (saveStory), which also clears it.
 */
export type AutosaveOutcome =
  | { kind: 'saved'; story: SavedStory }
  | { kind: 'held'; version: number; savedAt: string };

/** AutosaveOutcome as the story editor gets it (see SaveAnswer). */
export type AutosaveAnswer = Exclude<AutosaveOutcome, { kind: 'saved' }> | { kind: 'saved'; story: SaveAnswer };

export function autosaveAnswer(outcome: AutosaveOutcome): AutosaveAnswer {
  return outcome.kind === 'saved' ? { kind: 'saved', story: saveAnswer(outcome.story) } : outcome;
}

export async function autosaveStory(
  actor: Actor,
  input: { id: number; version: number; fields: StoryFields },
  options: { now?: Date } = {},
): Promise<EditorialResult<AutosaveOutcome>> {
  const now = options.now ?? new Date();
  return inTransaction(async (tx) => {
    const row = await loadStoryRow(tx, input.id);
    if (row.deletedAt) throw new NotFound('This story was deleted. Restore it before editing.');
    if (!isLive(row)) {
      const saved = await writeStory(tx, actor, input, { origin: 'autosave', now });
      return { value: { kind: 'saved', story: saved.value }, expire: saved.expire };
    }
    assertCanEdit(actor, row);
    if (row.version !== input.version) await staleVersion(tx, row.id);
    const snapshot = toJsonValue(input.fields);
    await tx.articleAutosave.upsert({
      where: { articleId_userId: { articleId: row.id, userId: actor.id } },
      create: { articleId: row.id, userId: actor.id, baseVersion: input.version, snapshot, savedAt: now },
      update: { baseVersion: input.version, snapshot, savedAt: now },
    });
    return { value: { kind: 'held', version: row.version, savedAt: now.toISOString() }, expire: [] };
  });
}

export interface PendingChanges {
  fields: StoryFields;
  baseVersion: number;
  savedAt: string;
}

/** The actor's unpublished changes to a live story, if any (offered as "Restore your changes"). */
export async function pendingChanges(tx: Tx, actor: Actor, articleId: number): Promise<PendingChanges | null> {
  const row = await tx.articleAutosave.findUnique({ where: { articleId_userId: { articleId, userId: actor.id } } });
  if (!row) return null;
  const parsed = storyFields.safeParse(row.snapshot);
  if (!parsed.success) return null;
  return { fields: parsed.data, baseVersion: row.baseVersion, savedAt: row.savedAt.toISOString() };
}

export const discardInput = z.object({ id: z.number().int().positive().max(INT4_MAX) });

/** Throws away the actor's held changes to a live story. Only ever their own row. */
export async function discardPendingChanges(actor: Actor, input: { id: number }): Promise<EditorialResult<null>> {
  return inTransaction(async (tx) => {
    await tx.articleAutosave.deleteMany({ where: { articleId: input.id, userId: actor.id } });
    return { value: null, expire: [] };
  });
}
