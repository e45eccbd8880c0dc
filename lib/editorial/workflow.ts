import { recordAudit } from '../audit/record';
import { assertCanOnStory, Forbidden, Invalid, NotFound } from '../auth/guard';
import { canOnStory, type Actor } from '../auth/permissions';
import { tagsForChange } from './cache-tags';
import { isLaterMinute } from './fields';
import { endHomeLeadOf } from './home-lead';
import { assertReadyToPublish } from './readiness';
import { assertCanEdit, footprintOf, inTransaction, loadStoryRow, staleVersion, updateGuarded, type EditorialResult, type Tx } from './save';
import { accessOf, isPublic, snapshotOf, type StoryRow } from './snapshot';
import { articlePath } from '../content/urls';

/**
 * The life of a story: draft → in review → published (now, or scheduled for a minute) →
 * unpublished; soft delete and restore at any point. Each step checks the roles table, the
 * version the actor saw, and writes its audit entry in the same transaction.
 */
export interface StoryStatus {
  id: number;
  version: number;
  status: StoryRow['status'];
  deleted: boolean;
  scheduledAt: string | null;
  publishedAt: string | null;
  /** Where readers find it, while they can. */
  publicPath: string | null;
}

type Step = (tx: Tx, row: StoryRow, now: Date) => Promise<void>;

async function step(actor: Actor, input: { id: number; version: number }, now: Date, work: Step): Promise<EditorialResult<StoryStatus>> {
  return inTransaction(async (tx) => {
    const before = await loadStoryRow(tx, input.id);
    await work(tx, before, now);
    const after = await loadStoryRow(tx, input.id);
    return {
      value: {
        id: after.id,
        version: after.version,
        status: after.status,
        deleted: after.deletedAt !== null,
        scheduledAt: after.scheduledAt?.toISOString() ?? null,
        publishedAt: after.publishedAt?.toISOString() ?? null,
        publicPath: isPublic(after) ? articlePath(after.section.slug, after.slug) : null,
      },
      expire: tagsForChange(footprintOf(before), footprintOf(after)),
    };
  });
}

function assertNotDeleted(row: StoryRow): void {
  if (row.deletedAt) throw new NotFound('This story was deleted. Restore it first.');
}

async function assertVersion(tx: Tx, row: StoryRow, version: number): Promise<void> {
  if (row.version !== version) await staleVersion(tx, row.id);
}

function assertMayPublish(actor: Actor, row: StoryRow): void {
  assertCanOnStory(actor, 'publish', accessOf(row), 'You cannot publish, schedule or unpublish this story.');
}

/** Hands a draft to the editors. */
export function submitForReview(actor: Actor, input: { id: number; version: number }, options: { now?: Date } = {}) {
  return step(actor, input, options.now ?? new Date(), async (tx, row, now) => {
    assertNotDeleted(row);
    assertCanEdit(actor, row);
    await assertVersion(tx, row, input.version);
    if (row.status !== 'DRAFT' && row.status !== 'UNPUBLISHED') {
      throw new Invalid(row.status === 'IN_REVIEW' ? 'This story is already waiting for review.' : 'Only a draft can be submitted for review.');
    }
    await updateGuarded(tx, row.id, input.version, { status: 'IN_REVIEW', submittedAt: now });
    await recordAudit(tx, { actorId: actor.id, action: 'story.submit', subjectType: 'story', subjectId: row.id });
  });
}

/**
 * Out of review, back to the writer: withdrawn by them, or sent back by an editor (with comments
 * saying why). Whoever may submit the story may take it back; a story published before returns
 * to unpublished, as unscheduling does.
 */
export function returnToDraft(actor: Actor, input: { id: number; version: number }, options: { now?: Date } = {}) {
  return step(actor, input, options.now ?? new Date(), async (tx, row) => {
    assertNotDeleted(row);
    assertCanEdit(actor, row);
    await assertVersion(tx, row, input.version);
    if (row.status !== 'IN_REVIEW') throw new Invalid('This story is not waiting for review.');
    await updateGuarded(tx, row.id, input.version, { status: row.firstPublishedAt ? 'UNPUBLISHED' : 'DRAFT', submittedAt: null });
    await recordAudit(tx, { actorId: actor.id, action: 'story.return_to_draft', subjectType: 'story', subjectId: row.id });
  });
}

/** Publishes now. Refused with the reasons when the story is not ready (alt text, standfirst …). */
export function publishStory(actor: Actor, input: { id: number; version: number }, options: { now?: Date } = {}) {
  return step(actor, input, options.now ?? new Date(), async (tx, row, now) => {
    assertNotDeleted(row);
    assertMayPublish(actor, row);
    await assertVersion(tx, row, input.version);
    if (row.status === 'PUBLISHED') throw new Invalid('This story is already published.');
    await assertReadyToPublish(tx, snapshotOf(row));
    await updateGuarded(tx, row.id, input.version, {
      status: 'PUBLISHED',
      publishedAt: now,
      firstPublishedAt: row.firstPublishedAt ?? now,
      // Back on the site is not an update: readers see "Updated" only for a change of the story.
      updatedAt: row.firstPublishedAt ? row.updatedAt : now,
      scheduledAt: null,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'story.publish',
      subjectType: 'story',
      subjectId: row.id,
      details: { republished: row.firstPublishedAt !== null },
    });
  });
}

/** Publishes at a chosen later minute; the scheduler (./scheduler.ts) does the rest. */
export function scheduleStory(actor: Actor, input: { id: number; version: number; at: Date }, options: { now?: Date } = {}) {
  return step(actor, input, options.now ?? new Date(), async (tx, row, now) => {
    assertNotDeleted(row);
    assertMayPublish(actor, row);
    await assertVersion(tx, row, input.version);
    if (row.status === 'PUBLISHED') throw new Invalid('This story is already published. Unpublish it first to schedule it.');
    if (Number.isNaN(input.at.getTime()) || !isLaterMinute(input.at, now)) {
      throw new Invalid('Choose a time after the current minute.', { at: 'After the current minute' });
    }
    await assertReadyToPublish(tx, snapshotOf(row));
    await updateGuarded(tx, row.id, input.version, { status: 'SCHEDULED', scheduledAt: input.at });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'story.schedule',
      subjectType: 'story',
      subjectId: row.id,
      details: { at: input.at.toISOString() },
    });
  });
}

/** Takes a scheduled story back to draft. */
export function unscheduleStory(actor: Actor, input: { id: number; version: number }, options: { now?: Date } = {}) {
  return step(actor, input, options.now ?? new Date(), async (tx, row) => {
    assertNotDeleted(row);
    assertMayPublish(actor, row);
    await assertVersion(tx, row, input.version);
    if (row.status !== 'SCHEDULED') throw new Invalid('This story is not scheduled.');
    await updateGuarded(tx, row.id, input.version, { status: row.firstPublishedAt ? 'UNPUBLISHED' : 'DRAFT', scheduledAt: null });
    await recordAudit(tx, { actorId: actor.id, action: 'story.unschedule', subjectType: 'story', subjectId: row.id });
  });
}

/** Takes a published story off the site; it stays editable and can be published again. */
export function unpublishStory(actor: Actor, input: { id: number; version: number }, options: { now?: Date } = {}) {
  return step(actor, input, options.now ?? new Date(), async (tx, row) => {
    assertNotDeleted(row);
    assertMayPublish(actor, row);
    await assertVersion(tx, row, input.version);
    if (row.status !== 'PUBLISHED') throw new Invalid('This story is not published.');
    await updateGuarded(tx, row.id, input.version, { status: 'UNPUBLISHED' });
    await endHomeLeadOf(tx, actor.id, row, 'unpublished');
    await recordAudit(tx, { actorId: actor.id, action: 'story.unpublish', subjectType: 'story', subjectId: row.id });
  });
}

function assertMayDelete(actor: Actor, row: StoryRow): void {
  if (!canOnStory(actor, 'deleteStory', accessOf(row))) {
    throw new Forbidden(
      row.firstPublishedAt && canOnStory(actor, 'editDraft', accessOf(row))
        ? 'You can delete your own drafts, not stories that have been published.'
        : 'You cannot delete this story.',
    );
  }
}

/**
 * Soft delete: the story leaves the site and every list but the "Deleted" filter, and can be
 * restored. A scheduled story is unscheduled first, so restoring it never publishes by surprise.
 */
export function deleteStory(actor: Actor, input: { id: number; version: number }, options: { now?: Date } = {}) {
  return step(actor, input, options.now ?? new Date(), async (tx, row, now) => {
    if (row.deletedAt) throw new Invalid('This story is already deleted.');
    assertMayDelete(actor, row);
    await assertVersion(tx, row, input.version);
    const unscheduled = row.status === 'SCHEDULED';
    await updateGuarded(tx, row.id, input.version, {
      deletedAt: now,
      ...(unscheduled ? { status: row.firstPublishedAt ? 'UNPUBLISHED' : 'DRAFT', scheduledAt: null } : {}),
    });
    await endHomeLeadOf(tx, actor.id, row, 'deleted');
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'story.delete',
      subjectType: 'story',
      subjectId: row.id,
      details: { headline: row.headline, status: row.status, unscheduled },
    });
  });
}

/**
 * Brings a deleted story back as it was. A published one is public again, so it must still be
 * ready: an image's alt text removed or a gallery unpublished while it was deleted is named.
 */
export function restoreStory(actor: Actor, input: { id: number; version: number }, options: { now?: Date } = {}) {
  return step(actor, input, options.now ?? new Date(), async (tx, row) => {
    if (!row.deletedAt) throw new Invalid('This story is not deleted.');
    assertMayDelete(actor, row);
    await assertVersion(tx, row, input.version);
    if (row.status === 'PUBLISHED') await assertReadyToPublish(tx, snapshotOf(row), 'Not restored');
    await updateGuarded(tx, row.id, input.version, { deletedAt: null });
    await recordAudit(tx, { actorId: actor.id, action: 'story.restore', subjectType: 'story', subjectId: row.id, details: { status: row.status } });
  });
}
