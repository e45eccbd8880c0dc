import { db, Prisma } from '../db/client';
import { sameJson, toJsonValue } from '../db/json';
import { documentToText } from '../document/text';
import { recordAudit } from '../audit/record';
import { assertCan, Conflict, Forbidden, Invalid, NotFound } from '../auth/guard';
import { canEditStory, type Actor } from '../auth/permissions';
import { absoluteUrl, articlePath } from '../content/urls';
import { tagsForChange } from './cache-tags';
import type { StoryFields } from './fields';
import { assertReadyToPublish } from './readiness';
import { resolveReferences } from './references';
import { resolveSlug } from './slugs';
import {
  accessOf,
  isLive,
  isPublic,
  snapshotOf,
  storedRevision,
  storyRowSelect,
  type RevisionOrigin,
  type RevisionRecord,
  type StoryRow,
  type StorySnapshot,
} from './snapshot';

export type Tx = Prisma.TransactionClient;

/**
 * Autosaves of a story readers cannot see are written into the story, but a typing session must
 * not leave hundreds of revisions. The latest revision is updated in place while it is the same
 * editor's autosave, nothing else happened to the story since (its version is the story's), and
 * its session began less than this long ago. So continuous typing leaves one restore point every
 * ten minutes, and every explicit save, restore, status change or other editor starts a new one.
 */
export const AUTOSAVE_COALESCE_MS = 10 * 60 * 1000;

/** The story as the editor sees it after a save. */
export interface SavedStory {
  id: number;
  version: number;
  status: StoryRow['status'];
  snapshot: StorySnapshot;
  /** Where readers find the story now, when they can (a changed slug or section moves it). */
  publicPath: string | null;
  /** Tags created by this save. */
  createdTags: { id: number; name: string; slug: string }[];
  /** The tags typed as new, with their ids now (created, or existing ones they matched). */
  typedTags: { id: number; name: string }[];
  /** Tags sent that were merged meanwhile: saved as the tag each went into. */
  mergedTags: { fromId: number; into: { id: number; name: string } }[];
  /** Tags sent that were deleted meanwhile: not saved. */
  droppedTagIds: number[];
  savedAt: string;
}

/**
 * What the story editor gets back from a save: everything but the story it just sent (a long
 * story's body is hundreds of kilobytes, and the editor already has it), with the slug the
 * server chose.
 */
export type SaveAnswer = Omit<SavedStory, 'snapshot'> & { slug: string };

export function saveAnswer({ snapshot, ...saved }: SavedStory): SaveAnswer {
  return { ...saved, slug: snapshot.slug };
}

/** Carried by a Conflict: the story as someone else left it, for a side-by-side comparison. */
export interface ConflictState {
  id: number;
  version: number;
  status: StoryRow['status'];
  deleted: boolean;
  snapshot: StorySnapshot;
  savedBy: string | null;
  savedAt: string;
  /**
   * When the last change was not a save but a step (submitted, published, published by the
   * scheduler…), who did what, as a sentence ("Leyla Hüseynova published it"), and when.
   */
  happened: { text: string; at: string } | null;
}

/** Status changes, as the conflict names them; they bump the version without a revision. */
const STEP_WORDS: Record<string, string> = {
  'story.submit': 'submitted it for review',
  'story.return_to_draft': 'returned it to draft',
  'story.publish': 'published it',
  'story.unpublish': 'took it off the site',
  'story.schedule': 'scheduled it',
  'story.unschedule': 'unscheduled it',
  'story.delete': 'deleted it',
  'story.restore': 'restored it',
  'story.scheduled_publish': 'published it at its scheduled time',
};

export interface EditorialResult<T> {
  value: T;
  /** Cache tags the caller must expire (lib/content/revalidate.ts) once the transaction committed. */
  expire: string[];
}

export async function loadStoryRow(tx: Tx, id: number): Promise<StoryRow> {
  const row = await tx.article.findUnique({ where: { id }, select: storyRowSelect });
  if (!row) throw new NotFound('That story no longer exists.');
  return row;
}

export async function conflictState(tx: Tx, id: number): Promise<ConflictState> {
  const row = await loadStoryRow(tx, id);
  const latest = await tx.revision.findFirst({
    where: { articleId: id },
    orderBy: { version: 'desc' },
    select: { createdAt: true, editor: { select: { name: true } } },
  });
  const step = await tx.auditLog.findFirst({
    where: { subjectType: 'story', subjectId: String(id), action: { in: Object.keys(STEP_WORDS) }, ...(latest ? { createdAt: { gte: latest.createdAt } } : {}) },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: { action: true, createdAt: true, actor: { select: { name: true } } },
  });
  return {
    id,
    version: row.version,
    status: row.status,
    deleted: row.deletedAt !== null,
    snapshot: snapshotOf(row),
    savedBy: latest?.editor.name ?? null,
    savedAt: (latest?.createdAt ?? row.updatedAt).toISOString(),
    happened: step
      ? { text: `${step.actor?.name ?? (step.action === 'story.scheduled_publish' ? 'The newsroom’s scheduler' : 'Someone else')} ${STEP_WORDS[step.action]}`, at: step.createdAt.toISOString() }
      : null,
  };
}

/** Throws the Conflict the editor turns into a comparison: someone else changed the story. */
export async function staleVersion(tx: Tx, id: number): Promise<never> {
  const current = await conflictState(tx, id);
  const what = current.happened?.text ?? `${current.savedBy ?? 'Someone else'} changed this story`;
  throw new Conflict<ConflictState>(
    `${what} while you were editing it. Your text has not been saved yet: compare it with theirs and choose what to keep.`,
    current,
  );
}

/**
 * Bumps the version only if nobody else did first (`UPDATE … WHERE id = ? AND version = ?`).
 * Every write to a story goes through here, status changes included, so no edit is ever based
 * on a state its author did not see.
 */
export async function updateGuarded(
  tx: Tx,
  id: number,
  expectedVersion: number,
  data: Prisma.ArticleUpdateManyMutationInput,
): Promise<number> {
  const { count } = await tx.article.updateMany({
    where: { id, version: expectedVersion },
    data: { ...data, version: { increment: 1 } },
  });
  if (count !== 1) await staleVersion(tx, id);
  return expectedVersion + 1;
}

export function assertCanEdit(actor: Actor, row: StoryRow): void {
  if (!canEditStory(actor, accessOf(row))) {
    throw new Forbidden(
      isLive(row) ? 'You cannot change a story that is published or scheduled.' : 'You cannot edit this story.',
    );
  }
}

export function footprintOf(row: StoryRow) {
  return {
    id: row.id,
    public: isPublic(row),
    sectionId: row.sectionId,
    authorIds: row.authors.map((author) => author.userId),
    tagIds: row.tags.map((tag) => tag.tagId),
  };
}

async function writeRevision(
  tx: Tx,
  options: { articleId: number; version: number; editorId: number; snapshot: StorySnapshot; origin: RevisionOrigin; restoredFrom?: number; now: Date },
): Promise<void> {
  const record: RevisionRecord = { ...options.snapshot, origin: options.origin };
  if (options.restoredFrom) record.restoredFrom = options.restoredFrom;
  if (options.origin === 'autosave') {
    const latest = await tx.revision.findFirst({ where: { articleId: options.articleId }, orderBy: { version: 'desc' } });
    const parsed = latest ? storedRevision.safeParse(latest.snapshot) : null;
    if (latest && parsed?.success && parsed.data.origin === 'autosave' && latest.editorId === options.editorId && latest.version === options.version - 1) {
      const startedAt = parsed.data.sessionStartedAt ?? latest.createdAt.toISOString();
      if (options.now.getTime() - Date.parse(startedAt) < AUTOSAVE_COALESCE_MS) {
        await tx.revision.update({
          where: { id: latest.id },
          data: { version: options.version, createdAt: options.now, snapshot: toJsonValue({ ...record, sessionStartedAt: startedAt }) },
        });
        return;
      }
    }
    record.sessionStartedAt = options.now.toISOString();
  }
  await tx.revision.create({
    data: {
      articleId: options.articleId,
      version: options.version,
      editorId: options.editorId,
      createdAt: options.now,
      snapshot: toJsonValue(record),
    },
  });
}

/**
 * Brings the story's bylines, tags and pictured images in line with the snapshot. Most saves
 * change none of them (autosave runs every few seconds of typing), so unchanged lists are left
 * alone rather than deleted and written again.
 */
async function writeChildren(
  tx: Tx,
  articleId: number,
  before: Pick<StorySnapshot, 'authorIds' | 'tagIds'> | null,
  after: StorySnapshot,
  figureImageIds: number[],
): Promise<void> {
  if (!before || !sameList(before.authorIds, after.authorIds)) {
    if (before) await tx.articleAuthor.deleteMany({ where: { articleId } });
    if (after.authorIds.length) {
      await tx.articleAuthor.createMany({ data: after.authorIds.map((userId, position) => ({ articleId, userId, position })) });
    }
  }
  if (!before || !sameList(before.tagIds, after.tagIds)) {
    if (before) await tx.articleTag.deleteMany({ where: { articleId } });
    if (after.tagIds.length) {
      await tx.articleTag.createMany({ data: after.tagIds.map((tagId, position) => ({ articleId, tagId, position })) });
    }
  }
  // A set, not a list: only the pictures that came or went.
  if (before) await tx.articleImage.deleteMany({ where: { articleId, imageId: { notIn: figureImageIds } } });
  if (figureImageIds.length) {
    await tx.articleImage.createMany({ data: figureImageIds.map((imageId) => ({ articleId, imageId })), skipDuplicates: true });
  }
}

function sameList(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

/** Column values of a snapshot (everything but the child rows). */
function columnsOf(snapshot: StorySnapshot) {
  return {
    headline: snapshot.headline,
    standfirst: snapshot.standfirst,
    mediaMarker: snapshot.mediaMarker,
    slug: snapshot.slug,
    sectionId: snapshot.sectionId,
    creditLine: snapshot.creditLine,
    heroImageId: snapshot.heroImageId,
    heroCaption: snapshot.heroCaption,
    heroCredit: snapshot.heroCredit,
    galleryId: snapshot.galleryId,
    body: toJsonValue(snapshot.body),
    bodyText: documentToText(snapshot.body),
    seoTitle: snapshot.seoTitle,
    seoDescription: snapshot.seoDescription,
    canonicalUrl: snapshot.canonicalUrl,
    noindex: snapshot.noindex,
  };
}

/** Readers would notice: the dateline's "Updated …" moves only for these. */
function readerVisibleChange(before: StorySnapshot, after: StorySnapshot): boolean {
  return (
    before.headline !== after.headline ||
    before.standfirst !== after.standfirst ||
    before.mediaMarker !== after.mediaMarker ||
    before.heroImageId !== after.heroImageId ||
    before.heroCaption !== after.heroCaption ||
    before.heroCredit !== after.heroCredit ||
    before.galleryId !== after.galleryId ||
    before.creditLine !== after.creditLine ||
    before.authorIds.join() !== after.authorIds.join() ||
    !sameJson(before.body, after.body)
  );
}

/**
 * Keeps a story's old public address working after its slug or section changed: the old path
 * answers 301 (lib/content/routing.ts). Only for stories that have been public, whose address may
 * be out in the world; moving back to an old address removes that redirect.
 */
async function keepOldAddress(tx: Tx, row: StoryRow, newSectionSlug: string, newSlug: string): Promise<{ from: string; to: string } | null> {
  if (!row.firstPublishedAt) return null;
  const from = articlePath(row.section.slug, row.slug);
  const to = articlePath(newSectionSlug, newSlug);
  if (from === to) return null;
  await tx.redirect.deleteMany({ where: { fromPath: to } });
  await tx.redirect.upsert({ where: { fromPath: from }, create: { fromPath: from, articleId: row.id }, update: { articleId: row.id } });
  return { from, to };
}

export interface WriteStoryOptions {
  origin: Exclude<RevisionOrigin, 'create'>;
  restoredFrom?: number;
  now?: Date;
}

/**
 * One save of an existing story, all or nothing: the Article row (with bodyText), bylines, tags,
 * body images, a revision, redirects for a moved published story and the audit entry.
 */
export async function writeStory(
  tx: Tx,
  actor: Actor,
  input: { id: number; version: number; fields: StoryFields },
  options: WriteStoryOptions,
): Promise<EditorialResult<SavedStory>> {
  const now = options.now ?? new Date();
  const row = await loadStoryRow(tx, input.id);
  if (row.deletedAt) throw new NotFound('This story was deleted. Restore it before editing.');
  assertCanEdit(actor, row);
  if (row.version !== input.version) await staleVersion(tx, row.id);

  const { fields } = input;
  const references = await resolveReferences(tx, actor, fields);
  const slug = await resolveSlug(tx, { requested: fields.slug, auto: fields.slugAuto, headline: fields.headline, articleId: row.id });
  const section = await tx.section.findUniqueOrThrow({ where: { id: fields.sectionId }, select: { slug: true } });
  const before = snapshotOf(row);
  const after = snapshotFromFields(fields, slug, references.tagIds, section.slug);

  const live = isLive(row);
  // A published or scheduled story changes before readers: the publishing rules apply to every change.
  if (live) await assertReadyToPublish(tx, after, options.origin === 'restore' ? 'Not restored' : 'Not updated');
  // "Updated …" on a published story moves only when readers see a difference; a draft's
  // timestamp is simply its last save.
  const updatedAt = !live || row.status === 'SCHEDULED' || readerVisibleChange(before, after) ? now : row.updatedAt;
  const version = await updateGuarded(tx, row.id, input.version, { ...columnsOf(after), updatedAt });
  await writeChildren(tx, row.id, before, after, references.figureImageIds);
  const moved = await keepOldAddress(tx, row, section.slug, slug);
  await writeRevision(tx, { articleId: row.id, version, editorId: actor.id, snapshot: after, origin: options.origin, restoredFrom: options.restoredFrom, now });
  // Their held changes went live with "Update"; a restored revision leaves them to be restored or discarded.
  if (options.origin === 'save') await tx.articleAutosave.deleteMany({ where: { articleId: row.id, userId: actor.id } });

  if (options.origin === 'restore') {
    await recordAudit(tx, { actorId: actor.id, action: 'story.revision_restore', subjectType: 'story', subjectId: row.id, details: { restoredFrom: options.restoredFrom, version } });
  } else if (live) {
    await recordAudit(tx, { actorId: actor.id, action: 'story.update', subjectType: 'story', subjectId: row.id, details: { version } });
  }
  if (moved) await recordAudit(tx, { actorId: actor.id, action: 'story.move', subjectType: 'story', subjectId: row.id, details: moved });

  const createdTags = references.createdTagIds.length
    ? await tx.tag.findMany({ where: { id: { in: references.createdTagIds } }, select: { id: true, name: true, slug: true } })
    : [];
  const afterFootprint = { ...footprintOf(row), sectionId: after.sectionId, authorIds: after.authorIds, tagIds: after.tagIds };
  return {
    value: { id: row.id, version, status: row.status, snapshot: after, publicPath: row.status === 'PUBLISHED' ? articlePath(section.slug, slug) : null, createdTags, typedTags: references.typedTags, mergedTags: references.mergedTags, droppedTagIds: references.droppedTagIds, savedAt: now.toISOString() },
    expire: tagsForChange(footprintOf(row), afterFootprint),
  };
}

/** Runs editorial work in one transaction, turning a lost race for a unique slug into a clear message. */
export async function inTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await db.$transaction(work, { timeout: 20_000, maxWait: 10_000 });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw new Invalid('Another story took that slug a moment ago. Save again to pick a free one.', {
        'fields.slug': 'Just taken by another story',
      });
    }
    throw error;
  }
}

/** Saves the editor's changes ("Save", or "Update" on a published story: it goes live). */
export async function saveStory(
  actor: Actor,
  input: { id: number; version: number; fields: StoryFields },
): Promise<EditorialResult<SavedStory>> {
  return inTransaction((tx) => writeStory(tx, actor, input, { origin: 'save' }));
}

/** A new draft, created by the actor (who may then edit it as its owner). */
export async function createDraft(
  actor: Actor,
  input: { fields: StoryFields },
  options: { now?: Date } = {},
): Promise<EditorialResult<SavedStory>> {
  assertCan(actor, 'createDraft');
  const now = options.now ?? new Date();
  return inTransaction(async (tx) => {
    const { fields } = input;
    const references = await resolveReferences(tx, actor, fields);
    const slug = await resolveSlug(tx, { requested: fields.slug, auto: fields.slugAuto, headline: fields.headline, articleId: null });
    const section = await tx.section.findUniqueOrThrow({ where: { id: fields.sectionId }, select: { slug: true } });
    const snapshot = snapshotFromFields(fields, slug, references.tagIds, section.slug);
    const created = await tx.article.create({
      data: { ...columnsOf(snapshot), status: 'DRAFT', createdById: actor.id, createdAt: now, updatedAt: now },
      select: { id: true, version: true, status: true },
    });
    await writeChildren(tx, created.id, null, snapshot, references.figureImageIds);
    await writeRevision(tx, { articleId: created.id, version: created.version, editorId: actor.id, snapshot, origin: 'create', now });
    await recordAudit(tx, { actorId: actor.id, action: 'story.create', subjectType: 'story', subjectId: created.id, details: { headline: snapshot.headline } });
    const createdTags = references.createdTagIds.length
      ? await tx.tag.findMany({ where: { id: { in: references.createdTagIds } }, select: { id: true, name: true, slug: true } })
      : [];
    return {
      value: { id: created.id, version: created.version, status: created.status, snapshot, publicPath: null, createdTags, typedTags: references.typedTags, mergedTags: references.mergedTags, droppedTagIds: references.droppedTagIds, savedAt: now.toISOString() },
      expire: [],
    };
  });
}

/**
 * A canonical override naming the story's own address (editors paste the page's URL) is no
 * override: kept, it would leave the story out of the sitemaps and point at the old address
 * after a move. Stored as none; any other address is kept as given.
 */
function canonicalOverride(url: string | null, ownPath: string): string | null {
  if (url === null || !URL.canParse(url)) return url;
  const given = new URL(url);
  const own = new URL(absoluteUrl(ownPath));
  const same = given.host === own.host && given.pathname.replace(/\/+$/, '') === own.pathname && !given.search && !given.hash;
  return same ? null : url;
}

/** The story as these fields would leave it, with its resolved slug and tag ids. */
export function snapshotFromFields(fields: StoryFields, slug: string, tagIds: number[], sectionSlug: string): StorySnapshot {
  return {
    headline: fields.headline,
    standfirst: fields.standfirst,
    mediaMarker: fields.mediaMarker,
    slug,
    sectionId: fields.sectionId,
    authorIds: fields.authorIds,
    creditLine: fields.creditLine,
    tagIds,
    heroImageId: fields.heroImageId,
    heroCaption: fields.heroCaption,
    heroCredit: fields.heroCredit,
    galleryId: fields.galleryId,
    body: fields.body,
    seoTitle: fields.seoTitle,
    seoDescription: fields.seoDescription,
    canonicalUrl: canonicalOverride(fields.canonicalUrl, articlePath(sectionSlug, slug)),
    noindex: fields.noindex,
  };
}
