import 'server-only';
import { z } from 'zod';
import { INT4_MAX } from '../db/row-id';
import { recordAudit } from '../audit/record';
import { assertCan, assertCanOnOwned, Conflict, Invalid, NotFound } from '../auth/guard';
import { canOnOwned, canOpenStory, type Actor } from '../auth/permissions';
import { cacheTag } from '../content/tags';
import { accessOf } from '../editorial/snapshot';
import { db, Prisma, type ArticleStatus, type GalleryStatus } from '../db/client';
import { filterText, plainText, trimInvisible } from '../db/text';
import { containsEveryWord } from '../search/contains';
import { storeImage } from './ingest';
import { ALT_MAX, CAPTION_MAX, CREDIT_MAX, FILENAME_MAX } from './limits';
import { mediaStorage, type MediaStorage } from './storage';

/**
 * The media library: every picture the newsroom may use. Each function takes the signed-in actor
 * first and checks the permissions table itself:
 *   - uploading needs `uploadImages` (Authors, Editors, Admins);
 *   - browsing, searching and seeing where an image is used need `useLibraryImages` (everyone);
 *   - changing alt text, caption and credit needs `editImageDetails`, and deleting needs
 *     `deleteImages`: Authors only for images they uploaded themselves, Editors and Admins for any.
 * An image is deleted only when nothing uses it (story hero, story body, gallery, author portrait,
 * counting stories in the trash, which can be restored); its files leave storage after its row.
 */

export interface LibraryImage {
  id: number;
  /** Base key of the stored files; `imageSrc(storageKey)` is its URL for next/image. */
  storageKey: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string;
  originalFilename: string;
  mimeType: string;
  bytes: number;
  uploadedBy: { id: number; name: string } | null;
  createdAt: string;
  /** The version of alt, caption and credit; send it back with an edit (optimistic locking). */
  updatedAt: string;
  /** Stories, galleries and portraits using it; zero means it may be deleted. */
  usageCount: number;
  /** What the actor may do with this image (the server checks again on every change). */
  canEdit: boolean;
  canDelete: boolean;
}

export interface ImageListPage {
  images: LibraryImage[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
}

export interface StoryUse {
  id: number;
  headline: string;
  status: ArticleStatus;
  /** In the trash (soft-deleted, restorable). */
  deleted: boolean;
}

export interface ImageUsage {
  heroOf: StoryUse[];
  inBodyOf: StoryUse[];
  /** Stories using it that the viewer may not open, counted but not named. */
  otherStories: number;
  galleries: { id: number; title: string; slug: string; status: GalleryStatus }[];
  avatarOf: { id: number; name: string }[];
  total: number;
}

const imageSelect = {
  id: true,
  storageKey: true,
  width: true,
  height: true,
  alt: true,
  caption: true,
  credit: true,
  originalFilename: true,
  mimeType: true,
  bytes: true,
  uploadedById: true,
  createdAt: true,
  updatedAt: true,
  uploadedBy: { select: { id: true, name: true } },
  _count: { select: { heroOf: true, inBodies: true, galleryItems: true, avatarOf: true } },
} satisfies Prisma.ImageSelect;

type ImageRow = Prisma.ImageGetPayload<{ select: typeof imageSelect }>;

function toLibraryImage(actor: Actor, row: ImageRow): LibraryImage {
  const { _count: count, uploadedById, createdAt, updatedAt, ...rest } = row;
  return {
    ...rest,
    createdAt: createdAt.toISOString(),
    updatedAt: updatedAt.toISOString(),
    usageCount: count.heroOf + count.inBodies + count.galleryItems + count.avatarOf,
    canEdit: canOnOwned(actor, 'editImageDetails', uploadedById),
    canDelete: canOnOwned(actor, 'deleteImages', uploadedById),
  };
}


export const imageDetailsInput = z.object({
  alt: plainText(ALT_MAX, 'Alt text'),
  caption: plainText(CAPTION_MAX, 'Caption'),
  credit: plainText(CREDIT_MAX, 'Credit'),
});
export type ImageDetails = z.infer<typeof imageDetailsInput>;

function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fieldErrors = Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join('.') || 'form', issue.message]));
  throw new Invalid(Object.values(fieldErrors)[0] ?? 'Some fields need attention.', fieldErrors);
}

/** What the person's computer called the file, minus any folders and control characters. */
export function cleanFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  return Array.from(base.replace(/[\u0000-\u001f\u007f]/g, '').trim()).slice(0, FILENAME_MAX).join('');
}

// ─── Upload ─────────────────────────────────────────────────────────────────────────────────────

export interface NewImage {
  bytes: Buffer;
  filename: string;
  alt?: string;
  caption?: string;
  credit?: string;
}

/** Checks, re-encodes and stores an upload, then adds it to the library. */
export async function createImage(actor: Actor, input: NewImage, options: { storage?: MediaStorage } = {}): Promise<LibraryImage> {
  assertCan(actor, 'uploadImages', 'Your role cannot upload images. Ask an editor to add the picture to the library.');
  const details = parseInput(imageDetailsInput, { alt: input.alt ?? '', caption: input.caption ?? '', credit: input.credit ?? '' });
  const storage = options.storage ?? mediaStorage();
  const stored = await storeImage(input.bytes, { storage });
  try {
    const row = await db.image.create({
      data: {
        storageKey: stored.storageKey,
        width: stored.width,
        height: stored.height,
        mimeType: stored.mimeType,
        bytes: stored.bytes,
        variantWidths: stored.variantWidths,
        originalFilename: cleanFilename(input.filename),
        ...details,
        uploadedById: actor.id,
      },
      select: imageSelect,
    });
    return toLibraryImage(actor, row);
  } catch (error) {
    // No row, no files: the library never holds pictures nobody can find.
    await storage.remove(stored.storageKey);
    throw error;
  }
}

// ─── Browse and search ──────────────────────────────────────────────────────────────────────────

// Query-string friendly: "true"/"1"/"on" are yes, anything else no.
const flag = z.union([z.boolean(), z.string().transform((value) => ['true', '1', 'on'].includes(value))]).default(false);

export const listImagesInput = z.object({
  query: filterText().default(''),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(40),
  /** Only images with no alt text yet (they block publishing). */
  missingAlt: flag,
  /** Only images the actor uploaded. */
  mine: flag,
});
export type ListImagesInput = z.input<typeof listImagesInput>;

/**
 * Newest first. The search matches every word somewhere in alt text, caption, credit or file
 * name (lib/search/contains.ts: case, accents and ə ignored, so "seki" finds "Şəki").
 */
export async function listImages(actor: Actor, input: ListImagesInput = {}): Promise<ImageListPage> {
  assertCan(actor, 'useLibraryImages');
  const { query, page, pageSize, missingAlt, mine } = parseInput(listImagesInput, input);
  const conditions = containsEveryWord(Prisma.sql`i."alt" || ' ' || i."caption" || ' ' || i."credit" || ' ' || i."originalFilename"`, query);
  if (missingAlt) conditions.push(Prisma.sql`btrim(i."alt") = ''`);
  if (mine) conditions.push(Prisma.sql`i."uploadedById" = ${actor.id}`);
  const where = conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, ' AND ')}` : Prisma.empty;

  const [counted, found] = await Promise.all([
    db.$queryRaw<{ total: bigint }[]>`SELECT count(*) AS total FROM "Image" i ${where}`,
    db.$queryRaw<{ id: number }[]>`
      SELECT i.id FROM "Image" i ${where}
      ORDER BY i."createdAt" DESC, i.id DESC
      LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
  ]);
  const ids = found.map((row) => row.id);
  const rows = ids.length ? await db.image.findMany({ where: { id: { in: ids } }, select: imageSelect }) : [];
  const byId = new Map(rows.map((row) => [row.id, row]));
  const total = Number(counted[0]?.total ?? 0);
  return {
    images: ids.flatMap((id) => {
      const row = byId.get(id);
      return row ? [toLibraryImage(actor, row)] : [];
    }),
    total,
    page,
    pageSize,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
  };
}

export async function getImage(actor: Actor, id: number): Promise<LibraryImage> {
  assertCan(actor, 'useLibraryImages');
  const row = await db.image.findUnique({ where: { id }, select: imageSelect });
  if (!row) throw new NotFound('That image is no longer in the library.');
  return toLibraryImage(actor, row);
}

// ─── Where is it used ───────────────────────────────────────────────────────────────────────────

const storyUseSelect = {
  id: true,
  headline: true,
  status: true,
  deletedAt: true,
  createdById: true,
  firstPublishedAt: true,
  authors: { select: { userId: true } },
} satisfies Prisma.ArticleSelect;
type StoryUseRow = Prisma.ArticleGetPayload<{ select: typeof storyUseSelect }>;
const toStoryUse = (row: StoryUseRow): StoryUse => ({
  id: row.id,
  headline: row.headline,
  status: row.status,
  deleted: row.deletedAt !== null,
});

/** A story's headline is the viewer's to see: on the site now, or one they may open. */
function isShownTo(viewer: Actor, row: StoryUseRow): boolean {
  if (row.status === 'PUBLISHED' && row.deletedAt === null) return true;
  return canOpenStory(viewer, accessOf(row));
}

/**
 * Everything that uses the image. Given a viewer, stories they may not open (a colleague's draft)
 * are counted in `otherStories` instead of named; `total` always counts every use.
 */
async function usageOf(client: Prisma.TransactionClient, imageId: number, viewer?: Actor): Promise<ImageUsage> {
  const [heroOf, inBodyOf, galleries, avatarOf] = await Promise.all([
    client.article.findMany({ where: { heroImageId: imageId }, select: storyUseSelect, orderBy: { updatedAt: 'desc' } }),
    client.article.findMany({ where: { images: { some: { imageId } } }, select: storyUseSelect, orderBy: { updatedAt: 'desc' } }),
    client.gallery.findMany({
      where: { items: { some: { imageId } } },
      select: { id: true, title: true, slug: true, status: true },
      orderBy: { updatedAt: 'desc' },
    }),
    client.user.findMany({ where: { avatarId: imageId }, select: { id: true, name: true }, orderBy: { name: 'asc' } }),
  ]);
  const shown = (rows: StoryUseRow[]) => (viewer ? rows.filter((row) => isShownTo(viewer, row)) : rows);
  const shownHeroOf = shown(heroOf);
  const shownInBodyOf = shown(inBodyOf);
  return {
    heroOf: shownHeroOf.map(toStoryUse),
    inBodyOf: shownInBodyOf.map(toStoryUse),
    otherStories: new Set([...heroOf, ...inBodyOf].map((row) => row.id)).size - new Set([...shownHeroOf, ...shownInBodyOf].map((row) => row.id)).size,
    galleries,
    avatarOf,
    total: heroOf.length + inBodyOf.length + galleries.length + avatarOf.length,
  };
}

/** Hero of which stories, inside which stories' text, in which galleries, whose portrait. */
export async function imageUsage(actor: Actor, imageId: number): Promise<ImageUsage> {
  assertCan(actor, 'useLibraryImages');
  if (!(await db.image.findUnique({ where: { id: imageId }, select: { id: true } }))) {
    throw new NotFound('That image is no longer in the library.');
  }
  return usageOf(db, imageId, actor);
}

/** Cached reads that show this image's words: the image itself and everything that uses it. */
export function imageCacheTags(imageId: number, usage: ImageUsage): string[] {
  const stories = [...usage.heroOf, ...usage.inBodyOf];
  return [
    cacheTag.image(imageId),
    ...stories.map((story) => cacheTag.story(story.id)),
    // Listings show heroes with their alt text.
    ...(usage.heroOf.length ? [cacheTag.storyLists] : []),
    ...usage.galleries.map((gallery) => cacheTag.gallery(gallery.id)),
    ...(usage.galleries.length ? [cacheTag.galleryLists] : []),
    ...usage.avatarOf.map((user) => cacheTag.author(user.id)),
  ];
}

// ─── Edit alt text, caption, credit ─────────────────────────────────────────────────────────────

export const updateImageDetailsInput = imageDetailsInput.extend({
  id: z.coerce.number().int().positive().max(INT4_MAX),
  /** The `updatedAt` the editor started from. */
  updatedAt: z.iso.datetime({ offset: true }).transform((value) => new Date(value)),
});
export type UpdateImageDetailsInput = z.input<typeof updateImageDetailsInput>;

/**
 * Saves alt text, caption and credit. When someone else changed them since `updatedAt`, nothing
 * is overwritten: a Conflict carries their version so the editor can compare and keep theirs.
 * Returns the image and the cache tags the caller must expire.
 */
export async function updateImageDetails(actor: Actor, input: UpdateImageDetailsInput): Promise<{ image: LibraryImage; expire: string[] }> {
  const { id, updatedAt, ...details } = parseInput(updateImageDetailsInput, input);
  return db.$transaction(async (tx) => {
    // Locked before anything is checked: a story or gallery going public waits for this change
    // (see ./detail-locks.ts), and this one waits for theirs.
    const [current] = await tx.$queryRaw<{ uploadedById: number | null; alt: string }[]>`
      SELECT "uploadedById", alt FROM "Image" WHERE id = ${id} FOR UPDATE`;
    if (!current) throw new NotFound('That image is no longer in the library.');
    assertCanOnOwned(actor, 'editImageDetails', current.uploadedById, 'Only the person who uploaded this image, or an editor, can change its details.');
    if (!details.alt && trimInvisible(current.alt)) await assertAltMayBeRemoved(tx, actor, id);

    const saved = await tx.image.updateMany({ where: { id, updatedAt }, data: details });
    if (saved.count === 0) {
      const theirs = await tx.image.findUniqueOrThrow({ where: { id }, select: imageSelect });
      throw new Conflict<LibraryImage>(
        'Someone else changed this image’s details while you were editing. Compare their version with yours before saving again.',
        toLibraryImage(actor, theirs),
      );
    }
    const row = await tx.image.findUniqueOrThrow({ where: { id }, select: imageSelect });
    return { image: toLibraryImage(actor, row), expire: imageCacheTags(id, await usageOf(tx, id)) };
  });
}

/**
 * Published work promised readers a description of this picture: its alt text may change but not
 * disappear while a published gallery or a live story (published or scheduled) shows it. The
 * refusal names what the actor may see; a colleague's scheduled story is only counted.
 */
async function assertAltMayBeRemoved(tx: Prisma.TransactionClient, actor: Actor, imageId: number): Promise<void> {
  const [usage, seen] = await Promise.all([usageOf(tx, imageId), usageOf(tx, imageId, actor)]);
  const live = new Set(['PUBLISHED', 'SCHEDULED']);
  const stories = new Map([...usage.heroOf, ...usage.inBodyOf].filter((story) => live.has(story.status) && !story.deleted).map((story) => [story.id, story]));
  const named = new Set([...seen.heroOf, ...seen.inBodyOf].map((story) => story.id));
  const hidden = [...stories.keys()].filter((id) => !named.has(id)).length;
  const galleries = usage.galleries.filter((gallery) => gallery.status === 'PUBLISHED');
  const places = [
    ...[...stories.values()].filter((story) => named.has(story.id)).map((story) => `the story “${story.headline}”`),
    ...galleries.map((gallery) => `the gallery “${gallery.title}”`),
    ...(hidden ? [`${hidden} scheduled ${hidden === 1 ? 'story' : 'stories'} you cannot open`] : []),
  ];
  if (!places.length) return;
  const listed = places.length > 2 ? `${places.slice(0, 2).join(', ')} and ${places.length - 2} more` : places.join(' and ');
  const message = `Alt text cannot be removed while published work shows this image (${listed}). Change it instead.`;
  throw new Invalid(message, { alt: message });
}

// ─── Delete ─────────────────────────────────────────────────────────────────────────────────────

export function describeUsage(usage: ImageUsage): string {
  const parts: string[] = [];
  const stories = new Set([...usage.heroOf, ...usage.inBodyOf].map((story) => story.id)).size + usage.otherStories;
  if (stories) parts.push(`${stories} ${stories === 1 ? 'story' : 'stories'}`);
  if (usage.galleries.length) parts.push(`${usage.galleries.length} ${usage.galleries.length === 1 ? 'gallery' : 'galleries'}`);
  if (usage.avatarOf.length) parts.push(`${usage.avatarOf.length} author ${usage.avatarOf.length === 1 ? 'portrait' : 'portraits'}`);
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : (parts[0] ?? 'nothing');
}

/** Thrown when an image that something still uses is to be deleted; `current` is the usage as the actor may see it. */
export class ImageInUse extends Conflict<ImageUsage> {
  constructor(usage: ImageUsage) {
    super(`This image is used in ${describeUsage(usage)}. Remove it from there first; then it can be deleted.`, usage);
    this.name = 'ImageInUse';
  }
}

/**
 * Deletes an image nothing uses. The row is locked while usage is counted, so a story saved at the
 * same moment either sees the image gone (its save fails cleanly) or is counted here (refusal).
 */
export async function deleteImage(actor: Actor, imageId: number, options: { storage?: MediaStorage } = {}): Promise<void> {
  const deleted = await db.$transaction(async (tx) => {
    const [image] = await tx.$queryRaw<{ id: number; storageKey: string; uploadedById: number | null; originalFilename: string }[]>`
      SELECT id, "storageKey", "uploadedById", "originalFilename" FROM "Image" WHERE id = ${imageId} FOR UPDATE`;
    if (!image) throw new NotFound('That image is no longer in the library.');
    assertCanOnOwned(actor, 'deleteImages', image.uploadedById, 'Only the person who uploaded this image, or an editor, can delete it.');
    const usage = await usageOf(tx, imageId, actor);
    if (usage.total > 0) throw new ImageInUse(usage);
    await tx.image.delete({ where: { id: imageId } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'image.delete',
      subjectType: 'image',
      subjectId: imageId,
      details: { storageKey: image.storageKey, originalFilename: image.originalFilename },
    });
    return image;
  });
  // After the commit: if removing the files fails, a few orphaned files are harmless; a row
  // whose files are gone would not be.
  try {
    await (options.storage ?? mediaStorage()).remove(deleted.storageKey);
  } catch (error) {
    console.error(`Image ${imageId} was deleted but its files under ${deleted.storageKey} could not be removed:`, error);
  }
}
