import 'server-only';
import type { z } from 'zod';
import { recordAudit } from '../audit/record';
import { assertCan, Conflict, Forbidden, Invalid, NotFound } from '../auth/guard';
import type { Actor } from '../auth/permissions';
import { cacheTag } from '../content/tags';
import { db, Prisma, type GalleryStatus } from '../db/client';
import { describeStories, storiesShowingGallery, storyIdsAttachingGallery, type StoryShowingGallery } from './embeds';
import {
  addPhotosInput,
  createGalleryInput,
  galleryVersionInput,
  PHOTOS_MAX,
  removePhotoInput,
  reorderPhotosInput,
  updateGalleryDetailsInput,
  updatePhotoWordsInput,
  type AddPhotosInput,
  type CreateGalleryInput,
  type GalleryVersionInput,
  type RemovePhotoInput,
  type ReorderPhotosInput,
  type UpdateGalleryDetailsInput,
  type UpdatePhotoWordsInput,
} from './input';
import { gallerySlugFrom, isReservedGallerySlug, uniqueGallerySlug } from './slug';
import { canEditGallery, galleryEditingSelect, lacksAlt, listInWords, namePhoto, toGalleryForEditing, type GalleryForEditing } from './view';
import { holdGalleryImageDetails, holdImageDetails } from '../media/detail-locks';

/**
 * The gallery editor's write side. Every function takes the signed-in actor first and checks the
 * permissions table itself (lib/auth/permissions.ts):
 *   - creating needs `createGalleries` (Authors, Editors, Admins; not Contributors);
 *   - every change to an existing gallery (words, photos, order, publish, unpublish, delete) needs
 *     `editGalleries` too: Authors only on galleries they created, Editors and Admins on any.
 * Every change names the gallery version it started from; a stale one changes nothing and gets a
 * Conflict carrying the gallery as it now is. Each change is one transaction with the gallery row
 * locked, and bumps the version. Publishing, unpublishing and deleting write their audit entry in
 * that same transaction.
 *
 * Each function returns the cache tags the caller must expire (lib/content/revalidate.ts): the
 * gallery, gallery listings, and the stories that attach it.
 */

type Tx = Prisma.TransactionClient;

export interface GalleryChange {
  gallery: GalleryForEditing;
  expire: string[];
}

interface LockedGallery {
  id: number;
  slug: string;
  title: string;
  status: GalleryStatus;
  publishedAt: Date | null;
  version: number;
  createdById: number;
}

const EDIT_REFUSED = 'Only the person who created this gallery, or an editor, can change it.';
const CREATE_REFUSED = 'Your role cannot create galleries. An author or editor can make one for your story.';
const GONE = 'That gallery no longer exists. Someone may have deleted it.';

function parse<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fieldErrors = Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join('.') || 'form', issue.message]));
  throw new Invalid(Object.values(fieldErrors)[0] ?? 'Some fields need attention.', fieldErrors);
}

async function loadForEditing(client: Tx | typeof db, actor: Actor, galleryId: number): Promise<GalleryForEditing> {
  const row = await client.gallery.findUnique({ where: { id: galleryId }, select: galleryEditingSelect });
  if (!row) throw new NotFound(GONE);
  return toGalleryForEditing(actor, row);
}

async function expiryFor(client: Tx, galleryId: number, stories?: StoryShowingGallery[]): Promise<string[]> {
  const storyIds = stories ? stories.map((story) => story.id) : await storyIdsAttachingGallery(client, galleryId);
  return [cacheTag.gallery(galleryId), cacheTag.galleryLists, ...storyIds.map((id) => cacheTag.story(id))];
}

/** Thrown when a stale version is sent: `current` is the gallery as it now is. */
export class GalleryConflict extends Conflict<GalleryForEditing> {
  constructor(current: GalleryForEditing) {
    super('Someone else changed this gallery while you were working on it. Their version is shown now; make your change again.', current);
    this.name = 'GalleryConflict';
  }
}

/** Thrown when a gallery that stories show is to be deleted; `current` lists them. */
export class GalleryInUse extends Conflict<StoryShowingGallery[]> {
  constructor(stories: StoryShowingGallery[]) {
    super(
      `This gallery is used in ${stories.length === 1 ? 'a story' : `${stories.length} stories`}: ${describeStories(stories)}. Remove it from ${stories.length === 1 ? 'that story' : 'those stories'} first; then it can be deleted.`,
      stories,
    );
    this.name = 'GalleryInUse';
  }
}

/**
 * The frame of every change to an existing gallery: lock the row, check the actor and the
 * version, do the work, bump the version, and return the gallery as saved.
 */
async function changeGallery(
  actor: Actor,
  galleryId: number,
  expectedVersion: number,
  work: (tx: Tx, gallery: LockedGallery) => Promise<{ stories?: StoryShowingGallery[] } | void>,
): Promise<GalleryChange> {
  return db.$transaction(async (tx) => {
    const gallery = await lockGallery(tx, actor, galleryId, expectedVersion);
    const outcome = await work(tx, gallery);
    await tx.gallery.update({ where: { id: galleryId }, data: { version: { increment: 1 } }, select: { id: true } });
    return {
      gallery: await loadForEditing(tx, actor, galleryId),
      expire: await expiryFor(tx, galleryId, outcome ? outcome.stories : undefined),
    };
  });
}

async function lockGallery(tx: Tx, actor: Actor, galleryId: number, expectedVersion: number): Promise<LockedGallery> {
  assertCan(actor, 'createGalleries', CREATE_REFUSED);
  const [gallery] = await tx.$queryRaw<LockedGallery[]>`
    SELECT id, slug, title, status, "publishedAt", version, "createdById" FROM "Gallery" WHERE id = ${galleryId} FOR UPDATE`;
  if (!gallery) throw new NotFound(GONE);
  if (!canEditGallery(actor, gallery.createdById)) throw new Forbidden(EDIT_REFUSED);
  if (gallery.version !== expectedVersion) throw new GalleryConflict(await loadForEditing(tx, actor, galleryId));
  return gallery;
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}

// ─── Create ─────────────────────────────────────────────────────────────────────────────────────

/** A new draft gallery, its address made from the title. */
export async function createGallery(actor: Actor, input: CreateGalleryInput): Promise<GalleryChange> {
  assertCan(actor, 'createGalleries', CREATE_REFUSED);
  const { title, description } = parse(createGalleryInput, input);
  const base = gallerySlugFrom(title);
  // Two people creating "Election night" at once: the loser of the unique index tries the next slug.
  for (let attempt = 0; ; attempt += 1) {
    try {
      const row = await db.gallery.create({
        data: { title, description, slug: await uniqueGallerySlug(db, base), createdById: actor.id },
        select: galleryEditingSelect,
      });
      return { gallery: toGalleryForEditing(actor, row), expire: [cacheTag.gallery(row.id), cacheTag.galleryLists] };
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 4) throw error;
    }
  }
}

// ─── Title, description, address ───────────────────────────────────────────────────────────────

export async function updateGalleryDetails(actor: Actor, input: UpdateGalleryDetailsInput): Promise<GalleryChange> {
  const { galleryId, version, title, description, slug: typedSlug } = parse(updateGalleryDetailsInput, input);
  const slug = gallerySlugFrom(typedSlug.trim() || title);
  if (!slug) throw new Invalid('The address needs at least one letter or digit.', { slug: 'Use letters, digits and hyphens.' });
  if (isReservedGallerySlug(slug)) {
    throw new Invalid(`“${slug}” is reserved for the site’s own pages.`, { slug: `“${slug}” is reserved for the site’s own pages. Choose another address.` });
  }
  try {
    return await changeGallery(actor, galleryId, version, async (tx, gallery) => {
      if (slug !== gallery.slug) {
        if (gallery.status === 'PUBLISHED') {
          const message = 'This gallery is published: changing its address would break every link to it. Unpublish it first if it must change.';
          throw new Invalid(message, { slug: message });
        }
        const other = await tx.gallery.findUnique({ where: { slug }, select: { id: true } });
        if (other) throw new Invalid('Another gallery already has that address.', { slug: `Another gallery already uses “${slug}”. Choose another address.` });
      }
      await tx.gallery.update({ where: { id: galleryId }, data: { title, description, slug }, select: { id: true } });
    });
  } catch (error) {
    // The other gallery took the address between our check and our write.
    if (isUniqueViolation(error)) throw new Invalid('Another gallery already has that address.', { slug: `Another gallery already uses “${slug}”. Choose another address.` });
    throw error;
  }
}

// ─── Photos ─────────────────────────────────────────────────────────────────────────────────────

/** Appends library images, in the order given. Each image appears once per gallery. */
export async function addPhotos(actor: Actor, input: AddPhotosInput): Promise<GalleryChange> {
  assertCan(actor, 'useLibraryImages');
  const { galleryId, version, imageIds } = parse(addPhotosInput, input);
  const wanted = [...new Set(imageIds)];
  return changeGallery(actor, galleryId, version, async (tx, gallery) => {
    if (gallery.status === 'PUBLISHED') await holdImageDetails(tx, wanted);
    const images = await tx.image.findMany({
      where: { id: { in: wanted } },
      select: { id: true, alt: true, caption: true, originalFilename: true },
    });
    if (images.length !== wanted.length) {
      throw new NotFound(wanted.length === 1 ? 'That image is no longer in the library.' : 'Some of those images are no longer in the library.');
    }
    const items = await tx.galleryItem.findMany({ where: { galleryId }, select: { imageId: true, position: true } });
    const present = new Set(items.map((item) => item.imageId));
    const byId = new Map(images.map((image) => [image.id, image]));
    const duplicates = wanted.filter((id) => present.has(id));
    if (duplicates.length) {
      const names = duplicates.map((id) => byId.get(id)?.originalFilename || `image ${id}`);
      throw new Invalid(`Already in this gallery: ${listInWords(names)}.`);
    }
    if (items.length + wanted.length > PHOTOS_MAX) throw new Invalid(`A gallery can hold at most ${PHOTOS_MAX} photos.`);
    if (gallery.status === 'PUBLISHED') {
      const withoutAlt = wanted.flatMap((id, index) => {
        const image = byId.get(id);
        return image && lacksAlt(image) ? [namePhoto(items.length + index + 1, image)] : [];
      });
      if (withoutAlt.length) {
        throw new Invalid(`This gallery is published, and every photo in it needs alt text. Add alt text first to ${listInWords(withoutAlt)}.`);
      }
    }
    const next = items.reduce((highest, item) => Math.max(highest, item.position), -1) + 1;
    await tx.galleryItem.createMany({ data: wanted.map((imageId, index) => ({ galleryId, imageId, position: next + index })) });
  });
}

export async function removePhoto(actor: Actor, input: RemovePhotoInput): Promise<GalleryChange> {
  const { galleryId, version, itemId } = parse(removePhotoInput, input);
  return changeGallery(actor, galleryId, version, async (tx, gallery) => {
    const items = await tx.galleryItem.findMany({ where: { galleryId }, select: { id: true }, orderBy: [{ position: 'asc' }, { id: 'asc' }] });
    if (!items.some((item) => item.id === itemId)) throw new NotFound('That photo is no longer in this gallery.');
    if (gallery.status === 'PUBLISHED' && items.length === 1) {
      throw new Invalid('A published gallery needs at least one photo. Add another first, or unpublish the gallery.');
    }
    await tx.galleryItem.delete({ where: { id: itemId } });
    await writePositions(
      tx,
      galleryId,
      items.filter((item) => item.id !== itemId).map((item) => item.id),
    );
  });
}

/** The whole new order at once: positions are rewritten 0…n-1 in one statement. */
export async function reorderPhotos(actor: Actor, input: ReorderPhotosInput): Promise<GalleryChange> {
  const { galleryId, version, itemIds } = parse(reorderPhotosInput, input);
  return changeGallery(actor, galleryId, version, async (tx) => {
    const items = await tx.galleryItem.findMany({ where: { galleryId }, select: { id: true } });
    const current = new Set(items.map((item) => item.id));
    const complete = itemIds.length === current.size && new Set(itemIds).size === itemIds.length && itemIds.every((id) => current.has(id));
    if (!complete) throw new Invalid('The new order must list every photo of this gallery exactly once. Reload the gallery and try again.');
    await writePositions(tx, galleryId, itemIds);
  });
}

async function writePositions(tx: Tx, galleryId: number, orderedItemIds: number[]): Promise<void> {
  if (!orderedItemIds.length) return;
  await tx.$executeRaw`
    UPDATE "GalleryItem" AS item SET position = ordered.ordinality - 1
    FROM unnest(${orderedItemIds}::int[]) WITH ORDINALITY AS ordered(id, ordinality)
    WHERE item.id = ordered.id AND item."galleryId" = ${galleryId}`;
}

/** This gallery's caption and credit for one photo; empty falls back to the library's own. */
export async function updatePhotoWords(actor: Actor, input: UpdatePhotoWordsInput): Promise<GalleryChange> {
  const { galleryId, version, itemId, caption, credit } = parse(updatePhotoWordsInput, input);
  return changeGallery(actor, galleryId, version, async (tx) => {
    const updated = await tx.galleryItem.updateMany({ where: { id: itemId, galleryId }, data: { caption, credit } });
    if (updated.count === 0) throw new NotFound('That photo is no longer in this gallery.');
  });
}

// ─── Publish, unpublish, delete ─────────────────────────────────────────────────────────────────

/**
 * Puts the gallery on the public site. Refused while it has no photos or any photo lacks alt
 * text, naming those photos. publishedAt is set on first publication and kept afterwards, as a
 * story's dateline is.
 */
export async function publishGallery(actor: Actor, input: GalleryVersionInput): Promise<GalleryChange> {
  const { galleryId, version } = parse(galleryVersionInput, input);
  return changeGallery(actor, galleryId, version, async (tx, gallery) => {
    await holdGalleryImageDetails(tx, galleryId);
    const items = await tx.galleryItem.findMany({
      where: { galleryId },
      orderBy: [{ position: 'asc' }, { id: 'asc' }],
      select: { image: { select: { alt: true, caption: true, originalFilename: true } } },
    });
    if (!items.length) throw new Invalid('Add at least one photo before publishing the gallery.');
    const withoutAlt = items.flatMap((item, index) => (lacksAlt(item.image) ? [namePhoto(index + 1, item.image)] : []));
    if (withoutAlt.length) {
      throw new Invalid(
        `Every photo needs alt text before the gallery can be published. Missing for ${listInWords(withoutAlt)}.`,
      );
    }
    if (gallery.status === 'PUBLISHED') return;
    await tx.gallery.update({
      where: { id: galleryId },
      data: { status: 'PUBLISHED', publishedAt: gallery.publishedAt ?? new Date() },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'gallery.publish',
      subjectType: 'gallery',
      subjectId: galleryId,
      details: { title: gallery.title, slug: gallery.slug, photos: items.length },
    });
    return { stories: await storiesShowingGallery(tx, galleryId) };
  });
}

/** Takes the gallery off the public site (and out of the stories that embed it); it stays a draft. */
export async function unpublishGallery(actor: Actor, input: GalleryVersionInput): Promise<GalleryChange> {
  const { galleryId, version } = parse(galleryVersionInput, input);
  return changeGallery(actor, galleryId, version, async (tx, gallery) => {
    if (gallery.status !== 'PUBLISHED') return;
    await tx.gallery.update({ where: { id: galleryId }, data: { status: 'DRAFT' }, select: { id: true } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'gallery.unpublish',
      subjectType: 'gallery',
      subjectId: galleryId,
      details: { title: gallery.title, slug: gallery.slug },
    });
    return { stories: await storiesShowingGallery(tx, galleryId) };
  });
}

/**
 * Deletes a gallery no story shows: not attached (Article.galleryId) and not embedded anywhere in
 * a body, counting stories in the trash. The row stays locked while stories are counted, so a
 * story saved at that moment either sees the gallery gone (its save fails cleanly) or is counted.
 * Its photos stay in the library.
 */
export async function deleteGallery(actor: Actor, input: GalleryVersionInput): Promise<{ expire: string[] }> {
  const { galleryId, version } = parse(galleryVersionInput, input);
  return db.$transaction(async (tx) => {
    const gallery = await lockGallery(tx, actor, galleryId, version);
    const stories = await storiesShowingGallery(tx, galleryId);
    if (stories.length) throw new GalleryInUse(stories);
    const photos = await tx.galleryItem.count({ where: { galleryId } });
    await tx.gallery.delete({ where: { id: galleryId } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'gallery.delete',
      subjectType: 'gallery',
      subjectId: galleryId,
      details: { title: gallery.title, slug: gallery.slug, status: gallery.status, photos },
    });
    return { expire: [cacheTag.gallery(galleryId), cacheTag.galleryLists] };
  });
}
