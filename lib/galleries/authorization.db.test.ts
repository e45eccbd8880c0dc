import { beforeAll, describe, expect, it } from 'vitest';
import { Forbidden } from '../auth/guard';
import type { Actor, Role } from '../auth/permissions';
import { db } from '../db/client';
import { createNewsroom, createStaff, type TestStaff } from '../testing/actors';
import {
  addPhotos,
  createGallery,
  deleteGallery,
  publishGallery,
  removePhoto,
  reorderPhotos,
  unpublishGallery,
  updateGalleryDetails,
  updatePhotoWords,
} from './editor';
import { getGalleryForEditing, listGalleries, storiesUsingGallery } from './queries';

/**
 * Every gallery function against every role (docs: roles.md, "create galleries: no / yes / yes /
 * yes"; lib/auth/permissions.ts `editGalleries`): a gallery belongs to its creator, and an Author
 * may change only their own, while Editors and Admins may change anyone's. Each cell runs on a
 * fresh gallery made by `owner` (an Author), so a refusal in one cell never hides another.
 */

type Who = Role | 'OWNER';
const WHO: Who[] = ['CONTRIBUTOR', 'AUTHOR', 'OWNER', 'EDITOR', 'ADMIN'];

let staff: Record<Role, TestStaff>;
let owner: TestStaff;
let imageCounter = 0;

beforeAll(async () => {
  staff = await createNewsroom(db);
  owner = await createStaff(db, { role: 'AUTHOR', name: 'Gallery Owner' });
});

const actorFor = (who: Who): Actor => (who === 'OWNER' ? owner : staff[who]);

async function libraryImage() {
  imageCounter += 1;
  return db.image.create({
    data: {
      storageKey: `images/matrix/${imageCounter}`,
      width: 800,
      height: 600,
      mimeType: 'image/jpeg',
      bytes: 1000,
      variantWidths: [320],
      originalFilename: `matrix-${imageCounter}.jpg`,
      alt: `Matrix photo ${imageCounter}`,
    },
  });
}

/** A draft of the owner's with two photos; `published` puts it live first. */
async function ownersGallery(options: { published?: boolean } = {}) {
  const first = await libraryImage();
  const second = await libraryImage();
  const gallery = await db.gallery.create({
    data: {
      title: `Owner’s gallery ${imageCounter}`,
      slug: `owners-gallery-${imageCounter}`,
      createdById: owner.id,
      status: options.published ? 'PUBLISHED' : 'DRAFT',
      publishedAt: options.published ? new Date() : null,
      items: { create: [{ imageId: first.id, position: 0 }, { imageId: second.id, position: 1 }] },
    },
    include: { items: { orderBy: { position: 'asc' } } },
  });
  return gallery;
}

type Operation = (actor: Actor) => Promise<unknown>;

const operations: Record<string, { allowed: Who[]; run: () => Promise<Operation> }> = {
  createGallery: {
    allowed: ['AUTHOR', 'OWNER', 'EDITOR', 'ADMIN'],
    run: async () => (actor) => createGallery(actor, { title: 'Matrix gallery' }),
  },
  updateGalleryDetails: {
    allowed: ['OWNER', 'EDITOR', 'ADMIN'],
    run: async () => {
      const gallery = await ownersGallery();
      return (actor) => updateGalleryDetails(actor, { galleryId: gallery.id, version: gallery.version, title: 'Renamed', slug: gallery.slug });
    },
  },
  addPhotos: {
    allowed: ['OWNER', 'EDITOR', 'ADMIN'],
    run: async () => {
      const gallery = await ownersGallery();
      const image = await libraryImage();
      return (actor) => addPhotos(actor, { galleryId: gallery.id, version: gallery.version, imageIds: [image.id] });
    },
  },
  removePhoto: {
    allowed: ['OWNER', 'EDITOR', 'ADMIN'],
    run: async () => {
      const gallery = await ownersGallery();
      return (actor) => removePhoto(actor, { galleryId: gallery.id, version: gallery.version, itemId: gallery.items[0].id });
    },
  },
  reorderPhotos: {
    allowed: ['OWNER', 'EDITOR', 'ADMIN'],
    run: async () => {
      const gallery = await ownersGallery();
      const [one, two] = gallery.items.map((item) => item.id);
      return (actor) => reorderPhotos(actor, { galleryId: gallery.id, version: gallery.version, itemIds: [two, one] });
    },
  },
  updatePhotoWords: {
    allowed: ['OWNER', 'EDITOR', 'ADMIN'],
    run: async () => {
      const gallery = await ownersGallery();
      return (actor) => updatePhotoWords(actor, { galleryId: gallery.id, version: gallery.version, itemId: gallery.items[0].id, caption: 'Override' });
    },
  },
  publishGallery: {
    allowed: ['OWNER', 'EDITOR', 'ADMIN'],
    run: async () => {
      const gallery = await ownersGallery();
      return (actor) => publishGallery(actor, { galleryId: gallery.id, version: gallery.version });
    },
  },
  unpublishGallery: {
    allowed: ['OWNER', 'EDITOR', 'ADMIN'],
    run: async () => {
      const gallery = await ownersGallery({ published: true });
      return (actor) => unpublishGallery(actor, { galleryId: gallery.id, version: gallery.version });
    },
  },
  deleteGallery: {
    allowed: ['OWNER', 'EDITOR', 'ADMIN'],
    run: async () => {
      const gallery = await ownersGallery();
      return (actor) => deleteGallery(actor, { galleryId: gallery.id, version: gallery.version });
    },
  },
  listGalleries: {
    allowed: ['AUTHOR', 'OWNER', 'EDITOR', 'ADMIN'],
    run: async () => (actor) => listGalleries(actor),
  },
  getGalleryForEditing: {
    allowed: ['AUTHOR', 'OWNER', 'EDITOR', 'ADMIN'],
    run: async () => {
      const gallery = await ownersGallery();
      return (actor) => getGalleryForEditing(actor, gallery.id);
    },
  },
  storiesUsingGallery: {
    allowed: ['AUTHOR', 'OWNER', 'EDITOR', 'ADMIN'],
    run: async () => {
      const gallery = await ownersGallery();
      return (actor) => storiesUsingGallery(actor, gallery.id);
    },
  },
};

describe.each(Object.entries(operations))('%s', (_name, { allowed, run }) => {
  it.each(WHO)('as %s', async (who) => {
    const operation = await run();
    const outcome = await operation(actorFor(who)).then(
      () => 'allowed',
      (error: unknown) => (error instanceof Forbidden ? 'forbidden' : error),
    );
    expect(outcome).toBe(allowed.includes(who) ? 'allowed' : 'forbidden');
  });
});

describe('what a refusal leaves behind', () => {
  it('changes nothing when another Author tries to publish, reorder or delete the owner’s gallery', async () => {
    const gallery = await ownersGallery();
    const other = staff.AUTHOR;
    const [one, two] = gallery.items.map((item) => item.id);
    await expect(publishGallery(other, { galleryId: gallery.id, version: gallery.version })).rejects.toThrow(
      'Only the person who created this gallery, or an editor, can change it.',
    );
    await expect(reorderPhotos(other, { galleryId: gallery.id, version: gallery.version, itemIds: [two, one] })).rejects.toBeInstanceOf(Forbidden);
    await expect(deleteGallery(other, { galleryId: gallery.id, version: gallery.version })).rejects.toBeInstanceOf(Forbidden);
    const row = await db.gallery.findUniqueOrThrow({ where: { id: gallery.id }, include: { items: { orderBy: { position: 'asc' } } } });
    expect({ status: row.status, version: row.version, order: row.items.map((item) => item.id) }).toEqual({ status: 'DRAFT', version: 1, order: [one, two] });
    expect(await db.auditLog.count({ where: { subjectType: 'gallery', subjectId: String(gallery.id) } })).toBe(0);
  });

  it('shows a colleague’s gallery to an Author read-only', async () => {
    const gallery = await ownersGallery();
    expect((await getGalleryForEditing(staff.AUTHOR, gallery.id)).canEdit).toBe(false);
    expect((await getGalleryForEditing(owner, gallery.id)).canEdit).toBe(true);
    expect((await getGalleryForEditing(staff.EDITOR, gallery.id)).canEdit).toBe(true);
  });
});
