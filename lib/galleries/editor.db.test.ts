import { beforeAll, describe, expect, it } from 'vitest';
import { Conflict, Forbidden, Invalid, NotFound } from '../auth/guard';
import type { Actor } from '../auth/permissions';
import { db } from '../db/client';
import { createStaff, type TestStaff } from '../testing/actors';
import {
  addPhotos,
  createGallery,
  deleteGallery,
  GalleryConflict,
  GalleryInUse,
  publishGallery,
  removePhoto,
  reorderPhotos,
  unpublishGallery,
  updateGalleryDetails,
  updatePhotoWords,
} from './editor';
import { getGalleryForEditing, listGalleries } from './queries';
import type { GalleryForEditing } from './view';

let author: TestStaff, otherAuthor: TestStaff, editor: TestStaff, contributor: TestStaff;
let sectionId: number;
let counter = 0;

beforeAll(async () => {
  author = await createStaff(db, { role: 'AUTHOR' });
  otherAuthor = await createStaff(db, { role: 'AUTHOR' });
  editor = await createStaff(db, { role: 'EDITOR' });
  contributor = await createStaff(db, { role: 'CONTRIBUTOR' });
  sectionId = (await db.section.create({ data: { name: 'Nation', slug: 'nation' } })).id;
});

const rejection = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error);

/** A library row (the files do not matter to the gallery domain). */
async function libraryImage(name: string, alt: string = `Alt text for ${name}`) {
  counter += 1;
  return db.image.create({
    data: {
      storageKey: `images/test/${name}-${counter}`,
      width: 1200,
      height: 800,
      mimeType: 'image/jpeg',
      bytes: 1000,
      variantWidths: [320, 640, 960],
      originalFilename: `${name}.jpg`,
      alt,
      caption: `Library caption of ${name}`,
      credit: 'Library credit',
    },
  });
}

async function galleryWith(actor: Actor, title: string, names: string[]): Promise<GalleryForEditing> {
  let { gallery } = await createGallery(actor, { title });
  if (names.length) {
    const images = [];
    for (const name of names) images.push(await libraryImage(name));
    gallery = (await addPhotos(actor, { galleryId: gallery.id, version: gallery.version, imageIds: images.map((image) => image.id) })).gallery;
  }
  return gallery;
}

async function positions(galleryId: number) {
  return db.galleryItem.findMany({ where: { galleryId }, orderBy: { position: 'asc' }, select: { id: true, position: true, image: { select: { originalFilename: true } } } });
}

async function story(headline: string, data: { galleryId?: number; body?: object; deleted?: boolean } = {}) {
  counter += 1;
  return db.article.create({
    data: {
      slug: `story-${counter}`,
      headline,
      body: data.body ?? { type: 'doc', content: [{ type: 'paragraph' }] },
      sectionId,
      createdById: author.id,
      galleryId: data.galleryId,
      deletedAt: data.deleted ? new Date() : null,
    },
  });
}

const auditOf = (galleryId: number) =>
  db.auditLog.findMany({ where: { subjectType: 'gallery', subjectId: String(galleryId) }, orderBy: { id: 'asc' }, select: { action: true, actorId: true, details: true } });

describe('creating a gallery', () => {
  it('makes a draft owned by its creator, its address transliterated from the title', async () => {
    const { gallery, expire } = await createGallery(author, { title: '  Şəki bazarı at dawn ', description: 'Traders set up before sunrise.' });
    expect(gallery).toMatchObject({
      title: 'Şəki bazarı at dawn',
      slug: 'seki-bazari-at-dawn',
      description: 'Traders set up before sunrise.',
      status: 'DRAFT',
      version: 1,
      publicPath: '/galleries/seki-bazari-at-dawn',
      createdBy: { id: author.id },
      photos: [],
      canEdit: true,
    });
    expect(expire).toEqual([`gallery:${gallery.id}`, 'gallery-lists']);
  });

  it('gives a second gallery of the same title the next free address, and never a reserved one', async () => {
    const first = await createGallery(author, { title: 'Election night' });
    const second = await createGallery(editor, { title: 'Election night' });
    expect([first.gallery.slug, second.gallery.slug]).toEqual(['election-night', 'election-night-2']);
    // /galleries/page/2 is the listing's second page: a gallery called "Page" cannot live there.
    expect((await createGallery(author, { title: 'Page' })).gallery.slug).toBe('page-2');
  });

  it('refuses a Contributor and an empty title, writing nothing', async () => {
    const before = await db.gallery.count();
    const refused = await rejection(createGallery(contributor, { title: 'Mine' }));
    expect(refused).toBeInstanceOf(Forbidden);
    expect((refused as Error).message).toBe('Your role cannot create galleries. An author or editor can make one for your story.');
    const empty = await rejection(createGallery(author, { title: '   ' }));
    expect(empty).toBeInstanceOf(Invalid);
    expect((empty as Invalid).fieldErrors).toEqual({ title: 'Give the gallery a title.' });
    expect(await db.gallery.count()).toBe(before);
  });
});

describe('title, description and address', () => {
  it('saves them and normalises a typed address with the site’s slug rules', async () => {
    const { gallery } = await createGallery(author, { title: 'Harbour' });
    const { gallery: saved } = await updateGalleryDetails(author, {
      galleryId: gallery.id,
      version: gallery.version,
      title: 'The harbour at Baku',
      description: 'Boats\u0000 and cranes',
      slug: 'Bakı Limanı',
    });
    expect(saved).toMatchObject({ title: 'The harbour at Baku', description: 'Boats and cranes', slug: 'baki-limani', version: 2 });
  });

  it('refuses an address another gallery has, or a reserved one, naming the field', async () => {
    await createGallery(author, { title: 'Taken address' });
    const { gallery } = await createGallery(author, { title: 'Another' });
    const taken = await rejection(updateGalleryDetails(author, { galleryId: gallery.id, version: 1, title: 'Another', slug: 'taken-address' }));
    expect(taken).toBeInstanceOf(Invalid);
    expect((taken as Invalid).fieldErrors.slug).toBe('Another gallery already uses “taken-address”. Choose another address.');
    const reserved = await rejection(updateGalleryDetails(author, { galleryId: gallery.id, version: 1, title: 'Another', slug: 'page' }));
    expect((reserved as Invalid).fieldErrors.slug).toBe('“page” is reserved for the site’s own pages. Choose another address.');
    expect((await getGalleryForEditing(author, gallery.id)).slug).toBe('another');
  });

  it('keeps the address of a published gallery, so links to it keep working', async () => {
    const gallery = await galleryWith(author, 'Published address', ['p1']);
    const published = (await publishGallery(author, { galleryId: gallery.id, version: gallery.version })).gallery;
    const refused = await rejection(updateGalleryDetails(author, { galleryId: gallery.id, version: published.version, title: 'Renamed', slug: 'renamed' }));
    expect((refused as Invalid).fieldErrors.slug).toMatch(/^This gallery is published: changing its address would break every link to it/);
    // The title alone may change.
    const renamed = await updateGalleryDetails(author, { galleryId: gallery.id, version: published.version, title: 'Renamed', slug: published.slug });
    expect(renamed.gallery).toMatchObject({ title: 'Renamed', slug: 'published-address' });
  });
});

describe('photos', () => {
  it('appends library images in the order chosen, each at most once', async () => {
    const gallery = await galleryWith(author, 'Order of arrival', ['a', 'b']);
    const c = await libraryImage('c');
    const { gallery: saved } = await addPhotos(author, { galleryId: gallery.id, version: gallery.version, imageIds: [c.id] });
    expect(saved.photos.map((photo) => photo.image.originalFilename)).toEqual(['a.jpg', 'b.jpg', 'c.jpg']);
    expect((await positions(gallery.id)).map((item) => item.position)).toEqual([0, 1, 2]);

    const again = await rejection(addPhotos(author, { galleryId: gallery.id, version: saved.version, imageIds: [c.id] }));
    expect(again).toBeInstanceOf(Invalid);
    expect((again as Error).message).toBe('Already in this gallery: c.jpg.');
    const missing = await rejection(addPhotos(author, { galleryId: gallery.id, version: saved.version, imageIds: [987_654] }));
    expect(missing).toBeInstanceOf(NotFound);
  });

  it('lets anyone who may edit the gallery use any library image, uploaded by whoever', async () => {
    const gallery = await galleryWith(author, 'Borrowed pictures', []);
    const theirs = await db.image.update({ where: { id: (await libraryImage('theirs')).id }, data: { uploadedById: editor.id } });
    const { gallery: saved } = await addPhotos(author, { galleryId: gallery.id, version: gallery.version, imageIds: [theirs.id] });
    expect(saved.photos[0].image).toMatchObject({ id: theirs.id, canEditDetails: false });
  });

  it('refuses a photo without alt text in a gallery that is already published', async () => {
    const gallery = await galleryWith(author, 'Live gallery', ['live']);
    const published = (await publishGallery(author, { galleryId: gallery.id, version: gallery.version })).gallery;
    const bare = await libraryImage('bare', '  ');
    const refused = await rejection(addPhotos(author, { galleryId: gallery.id, version: published.version, imageIds: [bare.id] }));
    expect((refused as Error).message).toBe('This gallery is published, and every photo in it needs alt text. Add alt text first to photo 2 (bare.jpg).');
    expect(await db.galleryItem.count({ where: { galleryId: gallery.id } })).toBe(1);
  });

  it('removes a photo and closes the gap in the positions; the image stays in the library', async () => {
    const gallery = await galleryWith(author, 'Gaps', ['g1', 'g2', 'g3']);
    const middle = gallery.photos[1];
    const { gallery: saved } = await removePhoto(author, { galleryId: gallery.id, version: gallery.version, itemId: middle.itemId });
    expect(saved.photos.map((photo) => photo.image.originalFilename)).toEqual(['g1.jpg', 'g3.jpg']);
    expect((await positions(gallery.id)).map((item) => item.position)).toEqual([0, 1]);
    expect(await db.image.findUnique({ where: { id: middle.image.id } })).not.toBeNull();
  });

  it('keeps at least one photo in a published gallery', async () => {
    const gallery = await galleryWith(author, 'Single', ['only']);
    const published = (await publishGallery(author, { galleryId: gallery.id, version: gallery.version })).gallery;
    const refused = await rejection(removePhoto(author, { galleryId: gallery.id, version: published.version, itemId: published.photos[0].itemId }));
    expect((refused as Error).message).toBe('A published gallery needs at least one photo. Add another first, or unpublish the gallery.');
  });

  it('stores caption and credit overrides, and an empty one falls back to the library’s', async () => {
    const gallery = await galleryWith(author, 'Words', ['w1']);
    const photo = gallery.photos[0];
    const first = await updatePhotoWords(author, { galleryId: gallery.id, version: gallery.version, itemId: photo.itemId, caption: ' Fishermen mend nets ', credit: 'Leyla Həsənova' });
    expect(first.gallery.photos[0]).toMatchObject({ caption: 'Fishermen mend nets', credit: 'Leyla Həsənova', image: { caption: 'Library caption of w1' } });
    const cleared = await updatePhotoWords(author, { galleryId: gallery.id, version: first.gallery.version, itemId: photo.itemId, caption: '', credit: '  ' });
    expect(cleared.gallery.photos[0]).toMatchObject({ caption: null, credit: null });
    // The library's own words are untouched.
    expect(await db.image.findUniqueOrThrow({ where: { id: photo.image.id }, select: { caption: true } })).toEqual({ caption: 'Library caption of w1' });
  });
});

describe('reordering', () => {
  it('rewrites every position in one go', async () => {
    const gallery = await galleryWith(author, 'Shuffle', ['r1', 'r2', 'r3', 'r4']);
    const [one, two, three, four] = gallery.photos.map((photo) => photo.itemId);
    const { gallery: saved } = await reorderPhotos(author, { galleryId: gallery.id, version: gallery.version, itemIds: [three, one, four, two] });
    expect(saved.photos.map((photo) => photo.image.originalFilename)).toEqual(['r3.jpg', 'r1.jpg', 'r4.jpg', 'r2.jpg']);
    expect((await positions(gallery.id)).map((item) => [item.id, item.position])).toEqual([
      [three, 0],
      [one, 1],
      [four, 2],
      [two, 3],
    ]);
  });

  it('refuses an order that leaves out, repeats or invents a photo, and changes nothing', async () => {
    const gallery = await galleryWith(author, 'Strict order', ['s1', 's2', 's3']);
    const [one, two, three] = gallery.photos.map((photo) => photo.itemId);
    const other = await galleryWith(author, 'Someone else’s', ['x1']);
    for (const itemIds of [[one, two], [one, two, two], [one, two, three, other.photos[0].itemId], [one, two, other.photos[0].itemId]]) {
      const refused = await rejection(reorderPhotos(author, { galleryId: gallery.id, version: gallery.version, itemIds }));
      expect(refused).toBeInstanceOf(Invalid);
    }
    expect((await positions(gallery.id)).map((item) => item.id)).toEqual([one, two, three]);
    expect((await positions(other.id)).map((item) => item.position)).toEqual([0]);
    expect((await getGalleryForEditing(author, gallery.id)).version).toBe(gallery.version);
  });
});

describe('optimistic locking', () => {
  it('refuses a change made from a stale version and hands back the gallery as it now is', async () => {
    const gallery = await galleryWith(author, 'Two editors', ['t1', 't2', 't3']);
    const [one, two, three] = gallery.photos.map((photo) => photo.itemId);
    // The editor reorders first…
    const theirs = await reorderPhotos(editor, { galleryId: gallery.id, version: gallery.version, itemIds: [three, two, one] });
    // …then the author, still looking at version 2, edits a caption.
    const conflict = await rejection(updatePhotoWords(author, { galleryId: gallery.id, version: gallery.version, itemId: one, caption: 'Mine' }));
    expect(conflict).toBeInstanceOf(GalleryConflict);
    expect(conflict).toBeInstanceOf(Conflict);
    expect((conflict as Error).message).toBe('Someone else changed this gallery while you were working on it. Their version is shown now; make your change again.');
    const current = (conflict as GalleryConflict).current;
    expect(current?.version).toBe(theirs.gallery.version);
    expect(current?.photos.map((photo) => photo.itemId)).toEqual([three, two, one]);
    expect((await db.galleryItem.findUniqueOrThrow({ where: { id: one } })).caption).toBeNull();
  });

  it('lets exactly one of two simultaneous changes from the same version through', async () => {
    const gallery = await galleryWith(author, 'Race', ['q1', 'q2']);
    const [one, two] = gallery.photos.map((photo) => photo.itemId);
    const outcomes = await Promise.allSettled([
      reorderPhotos(author, { galleryId: gallery.id, version: gallery.version, itemIds: [two, one] }),
      updateGalleryDetails(editor, { galleryId: gallery.id, version: gallery.version, title: 'Race (edited)', slug: 'race' }),
    ]);
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    const refused = outcomes.find((outcome) => outcome.status === 'rejected');
    expect(refused?.status === 'rejected' && refused.reason).toBeInstanceOf(GalleryConflict);
    expect((await getGalleryForEditing(author, gallery.id)).version).toBe(gallery.version + 1);
  });

  it('refuses deleting a gallery that changed since it was opened', async () => {
    const gallery = await galleryWith(author, 'Changed under me', ['c1']);
    await updateGalleryDetails(editor, { galleryId: gallery.id, version: gallery.version, title: 'Changed', slug: gallery.slug });
    expect(await rejection(deleteGallery(author, { galleryId: gallery.id, version: gallery.version }))).toBeInstanceOf(GalleryConflict);
    expect(await db.gallery.findUnique({ where: { id: gallery.id } })).not.toBeNull();
  });
});

describe('publishing and unpublishing', () => {
  it('refuses to publish an empty gallery', async () => {
    const gallery = await galleryWith(author, 'Empty', []);
    const refused = await rejection(publishGallery(author, { galleryId: gallery.id, version: gallery.version }));
    expect((refused as Error).message).toBe('Add at least one photo before publishing the gallery.');
  });

  it('refuses while photos lack alt text, naming each of them, and records nothing', async () => {
    const gallery = await galleryWith(author, 'No alt', ['fine']);
    const quiet = await libraryImage('quiet-street', '');
    const blank = await libraryImage('blank', '   ');
    const { gallery: full } = await addPhotos(author, { galleryId: gallery.id, version: gallery.version, imageIds: [quiet.id, blank.id] });
    const refused = await rejection(publishGallery(author, { galleryId: gallery.id, version: full.version }));
    expect(refused).toBeInstanceOf(Invalid);
    expect((refused as Error).message).toBe(
      'Every photo needs alt text before the gallery can be published. Missing for photo 2 (quiet-street.jpg) and photo 3 (blank.jpg).',
    );
    const row = await db.gallery.findUniqueOrThrow({ where: { id: gallery.id } });
    expect(row).toMatchObject({ status: 'DRAFT', publishedAt: null, version: full.version });
    expect(await auditOf(gallery.id)).toEqual([]);
  });

  it('publishes with an audit entry, keeps the first publication date, and unpublishes with another', async () => {
    const gallery = await galleryWith(author, 'Goes live', ['l1', 'l2']);
    const attached = await story('A story with this gallery', { galleryId: gallery.id });
    const published = await publishGallery(author, { galleryId: gallery.id, version: gallery.version });
    expect(published.gallery.status).toBe('PUBLISHED');
    expect(published.expire).toEqual([`gallery:${gallery.id}`, 'gallery-lists', `story:${attached.id}`]);
    const firstDate = published.gallery.publishedAt;
    expect(firstDate).not.toBeNull();

    const unpublished = await unpublishGallery(editor, { galleryId: gallery.id, version: published.gallery.version });
    expect(unpublished.gallery).toMatchObject({ status: 'DRAFT', publishedAt: firstDate });
    const again = await publishGallery(author, { galleryId: gallery.id, version: unpublished.gallery.version });
    expect(again.gallery.publishedAt).toBe(firstDate);

    expect(await auditOf(gallery.id)).toEqual([
      { action: 'gallery.publish', actorId: author.id, details: { title: 'Goes live', slug: 'goes-live', photos: 2 } },
      { action: 'gallery.unpublish', actorId: editor.id, details: { title: 'Goes live', slug: 'goes-live' } },
      { action: 'gallery.publish', actorId: author.id, details: { title: 'Goes live', slug: 'goes-live', photos: 2 } },
    ]);
  });

  it('names the stories that attach the gallery among the caches to expire after an edit', async () => {
    const gallery = await galleryWith(author, 'Cached', ['k1']);
    const attached = await story('Attached', { galleryId: gallery.id });
    const changed = await updatePhotoWords(author, { galleryId: gallery.id, version: gallery.version, itemId: gallery.photos[0].itemId, caption: 'New' });
    expect(changed.expire).toEqual([`gallery:${gallery.id}`, 'gallery-lists', `story:${attached.id}`]);
  });
});

describe('deleting', () => {
  it('refuses while a story attaches the gallery', async () => {
    const gallery = await galleryWith(author, 'Attached gallery', ['d1']);
    await story('Budget day in pictures', { galleryId: gallery.id });
    const refused = await rejection(deleteGallery(author, { galleryId: gallery.id, version: gallery.version }));
    expect(refused).toBeInstanceOf(GalleryInUse);
    expect((refused as Error).message).toBe('This gallery is used in a story: “Budget day in pictures”. Remove it from that story first; then it can be deleted.');
    expect(await db.gallery.findUnique({ where: { id: gallery.id } })).not.toBeNull();
  });

  it('refuses while a story body embeds it, even deep in a quote, and counts stories in the trash', async () => {
    const gallery = await galleryWith(author, 'Embedded gallery', ['d2']);
    const other = await galleryWith(author, 'Unrelated gallery', ['d3']);
    await story('Only in the body', {
      body: { type: 'doc', content: [{ type: 'blockquote', content: [{ type: 'galleryEmbed', attrs: { galleryId: gallery.id } }] }] },
    });
    await story('Binned', { deleted: true, body: { type: 'doc', content: [{ type: 'galleryEmbed', attrs: { galleryId: gallery.id } }] } });
    await story('Mentions an image with the same number', { body: { type: 'doc', content: [{ type: 'figure', attrs: { imageId: gallery.id } }] } });
    const refused = await rejection(deleteGallery(author, { galleryId: gallery.id, version: gallery.version }));
    expect(refused).toBeInstanceOf(GalleryInUse);
    expect((refused as GalleryInUse).current?.map((use) => [use.headline, use.deleted])).toEqual(
      expect.arrayContaining([
        ['Only in the body', false],
        ['Binned', true],
      ]),
    );
    expect((refused as GalleryInUse).current).toHaveLength(2);
    expect((refused as Error).message).toMatch(/^This gallery is used in 2 stories: .*“Binned” \(in the trash\)/);
    expect(await auditOf(gallery.id)).toEqual([]);
    // A gallery nothing embeds can go.
    await deleteGallery(author, { galleryId: other.id, version: other.version });
  });

  it('deletes an unused gallery with its photo list and an audit entry; the images stay in the library', async () => {
    const gallery = await galleryWith(author, 'Short lived', ['e1', 'e2']);
    const imageIds = gallery.photos.map((photo) => photo.image.id);
    const { expire } = await deleteGallery(editor, { galleryId: gallery.id, version: gallery.version });
    expect(expire).toEqual([`gallery:${gallery.id}`, 'gallery-lists']);
    expect(await db.gallery.findUnique({ where: { id: gallery.id } })).toBeNull();
    expect(await db.galleryItem.count({ where: { galleryId: gallery.id } })).toBe(0);
    expect(await db.image.count({ where: { id: { in: imageIds } } })).toBe(2);
    expect(await auditOf(gallery.id)).toEqual([
      { action: 'gallery.delete', actorId: editor.id, details: { title: 'Short lived', slug: 'short-lived', status: 'DRAFT', photos: 2 } },
    ]);
    expect(await rejection(getGalleryForEditing(editor, gallery.id))).toBeInstanceOf(NotFound);
  });
});

describe('the newsroom’s gallery list', () => {
  it('shows status, photo counts and missing alt text, filtered by status and folded search', async () => {
    const live = await galleryWith(otherAuthor, 'Qəbələ festival', ['fest']);
    await publishGallery(otherAuthor, { galleryId: live.id, version: live.version });
    const draft = await galleryWith(otherAuthor, 'Qebele rehearsal', ['reh']);
    const bare = await libraryImage('no-words', '');
    await addPhotos(otherAuthor, { galleryId: draft.id, version: draft.version, imageIds: [bare.id] });

    const found = await listGalleries(author, { query: 'qebele' });
    expect(found.galleries.map((gallery) => [gallery.title, gallery.status, gallery.photoCount, gallery.missingAltCount, gallery.canEdit])).toEqual([
      ['Qebele rehearsal', 'DRAFT', 2, 1, false],
      ['Qəbələ festival', 'PUBLISHED', 1, 0, false],
    ]);
    expect((await listGalleries(author, { query: 'qebele', status: 'PUBLISHED' })).galleries.map((gallery) => gallery.id)).toEqual([live.id]);
    expect((await listGalleries(otherAuthor, { query: 'qebele' })).galleries.every((gallery) => gallery.canEdit)).toBe(true);
  });
});
