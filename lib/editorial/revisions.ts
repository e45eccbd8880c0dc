import { diffWords } from 'diff';
import { db } from '../db/client';
import { sameJson } from '../db/json';
import { Forbidden, NotFound } from '../auth/guard';
import { canEditStory, canOnStory, type Actor } from '../auth/permissions';
import { documentToText } from '../document/text';
import { documentReferences, withoutMissingMedia } from './document-refs';
import { MEDIA_MARKER_LABELS } from './fields';
import { inTransaction, loadStoryRow, writeStory, type EditorialResult, type SavedStory, type Tx } from './save';
import { accessOf, completeSnapshot, snapshotOf, storedRevision, type RevisionOrigin, type StoryRow, type StorySnapshot } from './snapshot';

/**
 * Every save keeps a revision. Editors list them, compare any two word by word, and bring an old
 * one back — as a new revision on top, so restoring never destroys history.
 */

/** May see the story's workings (revisions, comments, preview): its owners and editors. */
export function assertCanOpen(actor: Actor, row: Pick<StoryRow, 'createdById' | 'authors' | 'status' | 'firstPublishedAt'>): void {
  if (!canOnStory(actor, 'editDraft', accessOf(row))) throw new Forbidden('You cannot open this story.');
}

export interface RevisionSummary {
  version: number;
  editor: string;
  savedAt: string;
  origin: RevisionOrigin;
  restoredFrom: number | null;
  headline: string;
}

export async function listRevisions(actor: Actor, articleId: number): Promise<RevisionSummary[]> {
  const row = await loadStoryRow(db, articleId);
  assertCanOpen(actor, row);
  const revisions = await db.revision.findMany({
    where: { articleId },
    orderBy: { version: 'desc' },
    select: { version: true, createdAt: true, snapshot: true, editor: { select: { name: true } } },
  });
  return revisions.map((revision) => {
    const parsed = storedRevision.safeParse(revision.snapshot);
    return {
      version: revision.version,
      editor: revision.editor.name,
      savedAt: revision.createdAt.toISOString(),
      origin: parsed.success ? parsed.data.origin : 'save',
      restoredFrom: parsed.success ? (parsed.data.restoredFrom ?? null) : null,
      headline: parsed.success ? parsed.data.headline : '',
    };
  });
}

/** One revision completed with the current story's values for fields it did not record. */
export async function loadRevisionSnapshot(actor: Actor, articleId: number, version: number): Promise<{ snapshot: StorySnapshot; row: StoryRow }> {
  const row = await loadStoryRow(db, articleId);
  assertCanOpen(actor, row);
  const revision = await db.revision.findUnique({ where: { articleId_version: { articleId, version } }, select: { snapshot: true } });
  if (!revision) throw new NotFound('That revision does not exist.');
  return { snapshot: completeSnapshot(storedRevision.parse(revision.snapshot), snapshotOf(row)), row };
}

export interface DiffPart {
  value: string;
  added: boolean;
  removed: boolean;
}

export interface RevisionDiff {
  from: number;
  to: number;
  headline: DiffPart[];
  standfirst: DiffPart[];
  body: DiffPart[];
  /** Other fields that differ, by name ("Slug", "Section", "Tags" …). */
  otherChanges: string[];
}

/** One of the other fields that differ, as an editor reads it: names rather than ids. */
export interface FieldChange {
  label: string;
  /** Empty where only the label says it ("Body formatting"). */
  before: string;
  after: string;
}

export interface ReadableRevisionDiff extends RevisionDiff {
  fieldChanges: FieldChange[];
}

export function diffText(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((part) => ({ value: part.value, added: Boolean(part.added), removed: Boolean(part.removed) }));
}

const OTHER_FIELDS: [keyof StorySnapshot, string][] = [
  ['slug', 'Slug'],
  ['sectionId', 'Section'],
  ['mediaMarker', 'Media marker'],
  ['authorIds', 'Authors'],
  ['creditLine', 'Credit line'],
  ['tagIds', 'Tags'],
  ['heroImageId', 'Hero image'],
  ['heroCaption', 'Hero caption'],
  ['heroCredit', 'Hero credit'],
  ['galleryId', 'Gallery'],
  ['seoTitle', 'SEO title'],
  ['seoDescription', 'SEO description'],
  ['canonicalUrl', 'Canonical URL'],
  ['noindex', 'Hidden from search engines'],
];

/** Link addresses anywhere in a body, in order. */
function linkTargets(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) for (const child of node) linkTargets(child, found);
  else if (node && typeof node === 'object') {
    const { type, attrs } = node as { type?: unknown; attrs?: { href?: unknown } };
    if (type === 'link' && typeof attrs?.href === 'string') found.push(attrs.href);
    for (const value of Object.values(node)) if (value && typeof value === 'object') linkTargets(value, found);
  }
  return found;
}

/** What the word-by-word comparison cannot show: pictures, galleries and link addresses in the body. */
function bodyExtras(body: StorySnapshot['body']): [string, unknown][] {
  const { figures, galleryIds } = documentReferences(body);
  return [
    ['Pictures in the body', figures],
    ['Galleries in the body', galleryIds],
    ['Links in the body', linkTargets(body.content)],
  ];
}

export function compareSnapshots(before: StorySnapshot, after: StorySnapshot): Omit<RevisionDiff, 'from' | 'to'> {
  const bodyBefore = documentToText(before.body);
  const bodyAfter = documentToText(after.body);
  const otherChanges = OTHER_FIELDS.filter(([key]) => !sameJson(before[key], after[key])).map(([, label]) => label);
  const extrasAfter = bodyExtras(after.body);
  const changedExtras = bodyExtras(before.body).filter(([, value], index) => !sameJson(value, extrasAfter[index][1])).map(([label]) => label);
  otherChanges.push(...changedExtras);
  // Same words and the same pictures and links, but different structure or formatting (a subhead, bold) still counts.
  if (bodyBefore === bodyAfter && !changedExtras.length && !sameJson(before.body, after.body)) otherChanges.push('Body formatting');
  return {
    headline: diffText(before.headline, after.headline),
    standfirst: diffText(before.standfirst, after.standfirst),
    body: diffText(bodyBefore, bodyAfter),
    otherChanges,
  };
}

export async function diffRevisions(actor: Actor, articleId: number, from: number, to: number): Promise<ReadableRevisionDiff> {
  const [older, newer] = await Promise.all([loadRevisionSnapshot(actor, articleId, from), loadRevisionSnapshot(actor, articleId, to)]);
  const diff = compareSnapshots(older.snapshot, newer.snapshot);
  const show = await readableFields([older.snapshot, newer.snapshot]);
  const fieldChanges = diff.otherChanges.map((label) => ({ label, before: show(older.snapshot, label), after: show(newer.snapshot, label) }));
  return { from, to, ...diff, fieldChanges };
}

/**
 * How each other field of these snapshots reads: the section, people, tags, pictures and
 * galleries by name (one query each for all of them), a thing deleted since by its number.
 */
async function readableFields(snapshots: StorySnapshot[]): Promise<(snapshot: StorySnapshot, label: string) => string> {
  const all = <T>(pick: (snapshot: StorySnapshot) => T[]) => [...new Set(snapshots.flatMap(pick))];
  const figures = (snapshot: StorySnapshot) => documentReferences(snapshot.body).figures.map((figure) => figure.imageId);
  const bodyGalleries = (snapshot: StorySnapshot) => documentReferences(snapshot.body).galleryIds;
  const [sections, people, tags, images, galleries] = await Promise.all([
    db.section.findMany({ where: { id: { in: all((s) => [s.sectionId]) } }, select: { id: true, name: true } }),
    db.user.findMany({ where: { id: { in: all((s) => s.authorIds) } }, select: { id: true, name: true } }),
    db.tag.findMany({ where: { id: { in: all((s) => s.tagIds) } }, select: { id: true, name: true } }),
    db.image.findMany({ where: { id: { in: all((s) => [...(s.heroImageId ? [s.heroImageId] : []), ...figures(s)]) } }, select: { id: true, alt: true, originalFilename: true } }),
    db.gallery.findMany({ where: { id: { in: all((s) => [...(s.galleryId ? [s.galleryId] : []), ...bodyGalleries(s)]) } }, select: { id: true, title: true } }),
  ]);
  const named = <T extends { id: number }>(rows: T[], name: (row: T) => string, what: string) => {
    const byId = new Map(rows.map((row) => [row.id, name(row)]));
    return (id: number) => byId.get(id) ?? `${what} #${id} (deleted)`;
  };
  const section = named(sections, (row) => row.name, 'Section');
  const person = named(people, (row) => row.name, 'Person');
  const tag = named(tags, (row) => row.name, 'Tag');
  const image = named(images, (row) => (row.alt ? `“${row.alt}”` : row.originalFilename || `Image #${row.id}`), 'Image');
  const gallery = named(galleries, (row) => row.title, 'Gallery');
  const list = (values: string[]) => values.join(', ');
  const text = (value: string | null) => value ?? '';
  return (snapshot, label) => {
    switch (label) {
      case 'Slug':
        return snapshot.slug;
      case 'Section':
        return section(snapshot.sectionId);
      case 'Media marker':
        return snapshot.mediaMarker ? MEDIA_MARKER_LABELS[snapshot.mediaMarker] : '';
      case 'Authors':
        return list(snapshot.authorIds.map(person));
      case 'Credit line':
        return text(snapshot.creditLine);
      case 'Tags':
        return list(snapshot.tagIds.map(tag));
      case 'Hero image':
        return snapshot.heroImageId ? image(snapshot.heroImageId) : '';
      case 'Hero caption':
        return text(snapshot.heroCaption);
      case 'Hero credit':
        return text(snapshot.heroCredit);
      case 'Gallery':
        return snapshot.galleryId ? gallery(snapshot.galleryId) : '';
      case 'SEO title':
        return text(snapshot.seoTitle);
      case 'SEO description':
        return text(snapshot.seoDescription);
      case 'Canonical URL':
        return text(snapshot.canonicalUrl);
      case 'Hidden from search engines':
        return snapshot.noindex ? 'Yes' : 'No';
      case 'Pictures in the body':
        return list(figures(snapshot).map(image));
      case 'Galleries in the body':
        return list(bodyGalleries(snapshot).map(gallery));
      case 'Links in the body':
        return list(linkTargets(snapshot.body.content));
      default:
        return '';
    }
  };
}

/** Which of the things a snapshot refers to are still there. One query at a time: one connection. */
async function stillExisting(tx: Tx, snapshot: StorySnapshot) {
  const { figures, galleryIds } = documentReferences(snapshot.body);
  const imageIds = [...figures.map((figure) => figure.imageId), ...(snapshot.heroImageId ? [snapshot.heroImageId] : [])];
  const ids = async (rows: Promise<{ id: number }[]>) => new Set((await rows).map((row) => row.id));
  return {
    section: (await tx.section.findUnique({ where: { id: snapshot.sectionId }, select: { id: true } })) !== null,
    images: await ids(tx.image.findMany({ where: { id: { in: imageIds } }, select: { id: true } })),
    galleries: await ids(tx.gallery.findMany({ where: { id: { in: [...galleryIds, ...(snapshot.galleryId ? [snapshot.galleryId] : [])] } }, select: { id: true } })),
  };
}

/** Whether restoring a revision is the actor's to do now: the same test as saving, on a story not deleted. */
export async function mayRestoreRevisions(actor: Actor, articleId: number): Promise<boolean> {
  const row = await loadStoryRow(db, articleId);
  return row.deletedAt === null && canEditStory(actor, accessOf(row));
}

/**
 * Brings an old revision back as the story's new state (and newest revision). What was deleted
 * since — tags, library images, galleries, the section — is left out (the story keeps its
 * current section) rather than making the revision impossible to restore; a tag merged since
 * comes back as the tag it went into (resolveReferences, as for any save).
 */
export async function restoreRevision(
  actor: Actor,
  input: { id: number; version: number; revision: number },
): Promise<EditorialResult<SavedStory>> {
  return inTransaction(async (tx) => {
    const row = await loadStoryRow(tx, input.id);
    const revision = await tx.revision.findUnique({
      where: { articleId_version: { articleId: input.id, version: input.revision } },
      select: { snapshot: true },
    });
    if (!revision) throw new NotFound('That revision does not exist.');
    const snapshot = completeSnapshot(storedRevision.parse(revision.snapshot), snapshotOf(row));
    const still = await stillExisting(tx, snapshot);
    const hero = snapshot.heroImageId !== null && still.images.has(snapshot.heroImageId);
    return writeStory(
      tx,
      actor,
      {
        id: input.id,
        version: input.version,
        fields: {
          ...snapshot,
          sectionId: still.section ? snapshot.sectionId : row.sectionId,
          tagIds: snapshot.tagIds,
          heroImageId: hero ? snapshot.heroImageId : null,
          heroCaption: hero ? snapshot.heroCaption : null,
          heroCredit: hero ? snapshot.heroCredit : null,
          galleryId: snapshot.galleryId !== null && still.galleries.has(snapshot.galleryId) ? snapshot.galleryId : null,
          body: withoutMissingMedia(snapshot.body, { image: (id) => still.images.has(id), gallery: (id) => still.galleries.has(id) }),
          newTags: [],
          slugAuto: false,
        },
      },
      { origin: 'restore', restoredFrom: input.revision },
    );
  });
}
