import { diffWords } from 'diff';
import { db } from '../db/client';
import { sameJson } from '../db/json';
import { Forbidden, NotFound } from '../auth/guard';
import { canEditStory, canOnStory, type Actor } from '../auth/permissions';
import { articlePath } from '../content/urls';
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

/** The story as the revisions page heads it, and whether restoring is the actor's to do now. */
export interface RevisionsOf {
  story: { version: number; headline: string; status: StoryRow['status']; deleted: boolean };
  /** The same test as saving, on a story not deleted. */
  mayRestore: boolean;
  revisions: RevisionSummary[];
}

export async function revisionsOf(actor: Actor, articleId: number): Promise<RevisionsOf> {
  const row = await loadStoryRow(db, articleId);
  assertCanOpen(actor, row);
  return {
    story: { version: row.version, headline: row.headline, status: row.status, deleted: row.deletedAt !== null },
    mayRestore: row.deletedAt === null && canEditStory(actor, accessOf(row)),
    revisions: await summaries(articleId),
  };
}

/** The revision the story's latest revision brought back, when that was a restore (the editor says so on arrival). */
export async function latestRestoredFrom(articleId: number): Promise<number | null> {
  const latest = await db.revision.findFirst({ where: { articleId }, orderBy: { version: 'desc' }, select: { snapshot: true } });
  const parsed = latest ? storedRevision.safeParse(latest.snapshot) : null;
  return parsed?.success && parsed.data.origin === 'restore' ? (parsed.data.restoredFrom ?? null) : null;
}

export async function listRevisions(actor: Actor, articleId: number): Promise<RevisionSummary[]> {
  return (await revisionsOf(actor, articleId)).revisions;
}

async function summaries(articleId: number): Promise<RevisionSummary[]> {
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
  /** Where each of the two revisions would put the story, and where it is now (public paths). */
  addresses: { from: string; to: string; current: string };
}

export function diffText(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((part) => ({ value: part.value, added: Boolean(part.added), removed: Boolean(part.removed) }));
}

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

/** What a comparison shows by name rather than number (namesFor). */
interface Names {
  section: (id: number) => string;
  person: (id: number) => string;
  tag: (id: number) => string;
  image: (id: number) => string;
  gallery: (id: number) => string;
}

/** A field the word-by-word comparison does not cover: what is compared, and how it reads. */
interface OtherField {
  label: string;
  value: (snapshot: StorySnapshot) => unknown;
  read: (snapshot: StorySnapshot, names: Names) => string;
  /** Found in the body (pictures, galleries, links), so a change to it is no mere formatting. */
  inBody?: boolean;
}

const figureIds = (snapshot: StorySnapshot) => documentReferences(snapshot.body).figures.map((figure) => figure.imageId);
const bodyGalleryIds = (snapshot: StorySnapshot) => documentReferences(snapshot.body).galleryIds;
const list = (values: string[]) => values.join(', ');

function field(label: string, key: keyof StorySnapshot, read: OtherField['read'] = (snapshot) => String(snapshot[key] ?? '')): OtherField {
  return { label, value: (snapshot) => snapshot[key], read };
}

const OTHER_FIELDS: OtherField[] = [
  field('Slug', 'slug'),
  field('Section', 'sectionId', (s, names) => names.section(s.sectionId)),
  field('Media marker', 'mediaMarker', (s) => (s.mediaMarker ? MEDIA_MARKER_LABELS[s.mediaMarker] : '')),
  field('Authors', 'authorIds', (s, names) => list(s.authorIds.map(names.person))),
  field('Credit line', 'creditLine'),
  field('Tags', 'tagIds', (s, names) => list(s.tagIds.map(names.tag))),
  field('Hero image', 'heroImageId', (s, names) => (s.heroImageId ? names.image(s.heroImageId) : '')),
  field('Hero caption', 'heroCaption'),
  field('Hero credit', 'heroCredit'),
  field('Gallery', 'galleryId', (s, names) => (s.galleryId ? names.gallery(s.galleryId) : '')),
  field('SEO title', 'seoTitle'),
  field('SEO description', 'seoDescription'),
  field('Canonical URL', 'canonicalUrl'),
  field('Hidden from search engines', 'noindex', (s) => (s.noindex ? 'Yes' : 'No')),
  // What the word-by-word comparison of the body cannot show: pictures, galleries and link addresses.
  { label: 'Pictures in the body', value: (s) => documentReferences(s.body).figures, read: (s, names) => list(figureIds(s).map(names.image)), inBody: true },
  { label: 'Galleries in the body', value: bodyGalleryIds, read: (s, names) => list(bodyGalleryIds(s).map(names.gallery)), inBody: true },
  { label: 'Links in the body', value: (s) => linkTargets(s.body.content), read: (s) => list(linkTargets(s.body.content)), inBody: true },
];

const BODY_FORMATTING = 'Body formatting';

/** The word-by-word comparison, and the other fields that differ (with "Body formatting" when only that does). */
function compare(before: StorySnapshot, after: StorySnapshot) {
  const bodyBefore = documentToText(before.body);
  const bodyAfter = documentToText(after.body);
  const changed = OTHER_FIELDS.filter((other) => !sameJson(other.value(before), other.value(after)));
  // Same words and the same pictures and links, but different structure or formatting (a subhead, bold) still counts.
  const formatting = bodyBefore === bodyAfter && !changed.some((other) => other.inBody) && !sameJson(before.body, after.body);
  return {
    headline: diffText(before.headline, after.headline),
    standfirst: diffText(before.standfirst, after.standfirst),
    body: diffText(bodyBefore, bodyAfter),
    changed,
    formatting,
  };
}

export function compareSnapshots(before: StorySnapshot, after: StorySnapshot): Omit<RevisionDiff, 'from' | 'to'> {
  const { changed, formatting, ...words } = compare(before, after);
  return { ...words, otherChanges: [...changed.map((other) => other.label), ...(formatting ? [BODY_FORMATTING] : [])] };
}

export async function diffRevisions(actor: Actor, articleId: number, from: number, to: number): Promise<ReadableRevisionDiff> {
  const [older, newer] = await Promise.all([loadRevisionSnapshot(actor, articleId, from), loadRevisionSnapshot(actor, articleId, to)]);
  const { changed, formatting, ...words } = compare(older.snapshot, newer.snapshot);
  const names = await namesFor([older.snapshot, newer.snapshot]);
  const fieldChanges = changed.map((other) => ({ label: other.label, before: other.read(older.snapshot, names), after: other.read(newer.snapshot, names) }));
  if (formatting) fieldChanges.push({ label: BODY_FORMATTING, before: '', after: '' });
  const sections = await db.section.findMany({ where: { id: { in: [older.snapshot.sectionId, newer.snapshot.sectionId] } }, select: { id: true, slug: true } });
  // A revision whose section is gone since is restored into the current one (restoreRevision).
  const addressOf = (snapshot: StorySnapshot) => articlePath(sections.find((section) => section.id === snapshot.sectionId)?.slug ?? older.row.section.slug, snapshot.slug);
  const addresses = { from: addressOf(older.snapshot), to: addressOf(newer.snapshot), current: articlePath(older.row.section.slug, older.row.slug) };
  return { from, to, ...words, otherChanges: fieldChanges.map((change) => change.label), fieldChanges, addresses };
}

/**
 * The section, people, tags, pictures and galleries these snapshots name, by name (one query each
 * for all of them); a thing deleted since by its number.
 */
async function namesFor(snapshots: StorySnapshot[]): Promise<Names> {
  const all = (pick: (snapshot: StorySnapshot) => number[]) => [...new Set(snapshots.flatMap(pick))];
  const [sections, people, tags, images, galleries] = await Promise.all([
    db.section.findMany({ where: { id: { in: all((s) => [s.sectionId]) } }, select: { id: true, name: true } }),
    db.user.findMany({ where: { id: { in: all((s) => s.authorIds) } }, select: { id: true, name: true } }),
    db.tag.findMany({ where: { id: { in: all((s) => s.tagIds) } }, select: { id: true, name: true } }),
    db.image.findMany({ where: { id: { in: all((s) => [...(s.heroImageId ? [s.heroImageId] : []), ...figureIds(s)]) } }, select: { id: true, alt: true, originalFilename: true } }),
    db.gallery.findMany({ where: { id: { in: all((s) => [...(s.galleryId ? [s.galleryId] : []), ...bodyGalleryIds(s)]) } }, select: { id: true, title: true } }),
  ]);
  const named = <T extends { id: number }>(rows: T[], name: (row: T) => string, what: string) => {
    const byId = new Map(rows.map((row) => [row.id, name(row)]));
    return (id: number) => byId.get(id) ?? `${what} #${id} (deleted)`;
  };
  return {
    section: named(sections, (row) => row.name, 'Section'),
    person: named(people, (row) => row.name, 'Person'),
    tag: named(tags, (row) => row.name, 'Tag'),
    image: named(images, (row) => (row.alt ? `“${row.alt}”` : row.originalFilename || `Image #${row.id}`), 'Image'),
    gallery: named(galleries, (row) => row.title, 'Gallery'),
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
