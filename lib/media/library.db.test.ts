import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Conflict, Forbidden, Invalid, NotFound } from '../auth/guard';
import type { Actor, Role } from '../auth/permissions';
import { db } from '../db/client';
import { holdImageDetails } from './detail-locks';
import { ImageRejected } from './ingest';
import { createImage, deleteImage, ImageInUse, imageUsage, listImages, updateImageDetails, type LibraryImage } from './library';

let mediaRoot: string;
const actors = {} as Record<'contributor' | 'author' | 'otherAuthor' | 'editor' | 'admin', Actor>;
let sectionId: number;

beforeAll(async () => {
  mediaRoot = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-library-'));
  process.env.MEDIA_DIR = mediaRoot;
  const roles: [keyof typeof actors, Role][] = [
    ['contributor', 'CONTRIBUTOR'],
    ['author', 'AUTHOR'],
    ['otherAuthor', 'AUTHOR'],
    ['editor', 'EDITOR'],
    ['admin', 'ADMIN'],
  ];
  for (const [key, role] of roles) {
    const user = await db.user.create({ data: { email: `${key}@example.com`, name: `The ${key}`, slug: key, role } });
    actors[key] = { id: user.id, role };
  }
  sectionId = (await db.section.create({ data: { name: 'Nation', slug: 'nation' } })).id;
});
afterAll(() => fs.rm(mediaRoot, { recursive: true, force: true }));

const photo = (background = '#2a6f97') =>
  sharp({ create: { width: 700, height: 500, channels: 3, background } })
    .jpeg()
    .withExif({ IFD0: { Make: 'TelltaleCam' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '40/1 24/1 0/1' } })
    .toBuffer();

async function upload(actor: Actor, details: { filename?: string; alt?: string; caption?: string; credit?: string } = {}): Promise<LibraryImage> {
  return createImage(actor, { bytes: await photo(), filename: details.filename ?? 'photo.jpg', ...details });
}

async function filesOf(storageKey: string): Promise<string[]> {
  return fs.readdir(path.join(mediaRoot, storageKey)).catch(() => []);
}

async function story(headline: string, data: { heroImageId?: number; deleted?: boolean; inlineImageIds?: number[] } = {}) {
  return db.article.create({
    data: {
      slug: headline.toLowerCase().replace(/\W+/g, '-'),
      headline,
      body: { type: 'doc', content: [] },
      sectionId,
      createdById: actors.author.id,
      heroImageId: data.heroImageId,
      deletedAt: data.deleted ? new Date() : null,
      images: data.inlineImageIds ? { create: data.inlineImageIds.map((imageId) => ({ imageId })) } : undefined,
    },
  });
}

const rejection = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error);

describe('uploading to the library', () => {
  it('stores an Author’s upload with its words and a clean file name, re-encoded without EXIF', async () => {
    const image = await upload(actors.author, { filename: 'C:\\Users\\aynur\\..\\Şəki market\u0007.JPG', alt: '  Stalls at dawn  ', credit: 'Aynur Məmmədova' });
    expect(image).toMatchObject({
      width: 700,
      height: 500,
      mimeType: 'image/jpeg',
      alt: 'Stalls at dawn',
      credit: 'Aynur Məmmədova',
      originalFilename: 'Şəki market.JPG',
      uploadedBy: { id: actors.author.id, name: 'The author' },
      usageCount: 0,
      canEdit: true,
      canDelete: true,
    });
    const row = await db.image.findUniqueOrThrow({ where: { id: image.id } });
    expect(row.variantWidths).toEqual([320, 480, 640]);
    expect((await filesOf(image.storageKey)).sort()).toEqual(['original.jpg', 'w320.webp', 'w480.webp', 'w640.webp']);
    const master = await fs.readFile(path.join(mediaRoot, image.storageKey, 'original.jpg'));
    expect(master.includes('TelltaleCam')).toBe(false);
  });

  it('refuses a Contributor, and stores nothing', async () => {
    const before = await db.image.count();
    const error = await rejection(upload(actors.contributor));
    expect(error).toBeInstanceOf(Forbidden);
    expect((error as Error).message).toBe('Your role cannot upload images. Ask an editor to add the picture to the library.');
    expect(await db.image.count()).toBe(before);
  });

  it('refuses a file that is not an image with a clear message, leaving no row and no files', async () => {
    const before = { rows: await db.image.count(), files: await fs.readdir(mediaRoot, { recursive: true }) };
    const error = await rejection(createImage(actors.editor, { bytes: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), filename: 'logo.png' }));
    expect(error).toBeInstanceOf(ImageRejected);
    expect((error as Error).message).toBe('SVG files are not accepted. Upload a JPEG, PNG, WebP, AVIF or GIF image.');
    expect({ rows: await db.image.count(), files: await fs.readdir(mediaRoot, { recursive: true }) }).toEqual(before);
  });

  it('refuses alt text that is too long before storing anything', async () => {
    const error = await rejection(upload(actors.editor, { alt: 'x'.repeat(1001) }));
    expect(error).toBeInstanceOf(Invalid);
    expect((error as Invalid).fieldErrors).toEqual({ alt: 'Alt text can be at most 1000 characters.' });
  });

  it('takes the files back out of storage when the row cannot be written', async () => {
    const before = await fs.readdir(mediaRoot, { recursive: true });
    // An actor whose user row does not exist: the insert fails on its foreign key.
    const error = await rejection(upload({ id: 999_999, role: 'EDITOR' }));
    expect(error).toBeInstanceOf(Error);
    const after = await fs.readdir(mediaRoot, { recursive: true });
    expect(after.filter((entry) => entry.endsWith('.jpg') || entry.endsWith('.webp')).length).toBe(before.filter((entry) => entry.endsWith('.jpg') || entry.endsWith('.webp')).length);
  });
});

describe('browsing and searching', () => {
  let market: LibraryImage, parliament: LibraryImage, percent: LibraryImage, noAlt: LibraryImage;

  beforeAll(async () => {
    await db.image.deleteMany({ where: { inBodies: { none: {} }, heroOf: { none: {} } } });
    market = await upload(actors.author, { alt: 'Şəki bazarında satıcılar', caption: 'Morning trade', filename: 'market.jpg' });
    parliament = await upload(actors.editor, { alt: 'Members of parliament', caption: 'The vote on the budget', credit: 'Reuters', filename: 'milli-meclis.jpg' });
    percent = await upload(actors.editor, { alt: 'A banner reading 100% turnout', filename: 'banner.jpg' });
    noAlt = await upload(actors.author, { filename: 'IMG_2041.jpg' });
  });

  it('lists newest first, page by page, for every role including Contributors', async () => {
    const first = await listImages(actors.contributor, { pageSize: 3 });
    expect(first.images.map((image) => image.id)).toEqual([noAlt.id, percent.id, parliament.id]);
    expect(first).toMatchObject({ total: 4, page: 1, pageCount: 2 });
    const second = await listImages(actors.contributor, { pageSize: 3, page: 2 });
    expect(second.images.map((image) => image.id)).toEqual([market.id]);
    expect(first.images.every((image) => !image.canEdit && !image.canDelete)).toBe(true);
  });

  it('finds images by alt text, caption, credit and file name', async () => {
    const ids = async (query: string) => (await listImages(actors.author, { query })).images.map((image) => image.id);
    expect(await ids('parliament')).toEqual([parliament.id]);
    expect(await ids('budget')).toEqual([parliament.id]);
    expect(await ids('reuters')).toEqual([parliament.id]);
    expect(await ids('IMG_2041')).toEqual([noAlt.id]);
    expect(await ids('morning market')).toEqual([market.id]);
    expect(await ids('morning parliament')).toEqual([]);
  });

  it('folds Azerbaijani letters (ə as a or e), accents and case the way story search does', async () => {
    const ids = async (query: string) => (await listImages(actors.author, { query })).images.map((image) => image.id);
    expect(await ids('saki')).toEqual([market.id]);
    expect(await ids('Seki')).toEqual([market.id]);
    expect(await ids('soki')).toEqual([]);
    expect(await ids('ŞƏKİ')).toEqual([market.id]);
    expect(await ids('bazarinda')).toEqual([market.id]);
    // A file name written with e is found by the name written properly.
    const file = await upload(actors.author, { filename: 'seki-silk-workshop.jpg' });
    expect(await ids('Şəki')).toEqual([file.id, market.id]);
    expect(await ids('şəki silk')).toEqual([file.id]);
    await deleteImage(actors.author, file.id);
  });

  it('treats % and _ as the characters they are, not as wildcards', async () => {
    const ids = async (query: string) => (await listImages(actors.author, { query })).images.map((image) => image.id);
    expect(await ids('100%')).toEqual([percent.id]);
    expect(await ids('%')).toEqual([percent.id]);
    expect(await ids('_')).toEqual([noAlt.id]);
  });

  it('filters to images missing alt text, and to the actor’s own uploads', async () => {
    expect((await listImages(actors.editor, { missingAlt: 'true' })).images.map((image) => image.id)).toEqual([noAlt.id]);
    expect((await listImages(actors.author, { mine: 'true' })).images.map((image) => image.id)).toEqual([noAlt.id, market.id]);
    expect((await listImages(actors.author, { mine: 'false' })).total).toBe(4);
  });

  it('says per image what the actor may change: Authors their own uploads, Editors any', async () => {
    const forAuthor = new Map((await listImages(actors.author)).images.map((image) => [image.id, image]));
    expect(forAuthor.get(market.id)).toMatchObject({ canEdit: true, canDelete: true });
    expect(forAuthor.get(parliament.id)).toMatchObject({ canEdit: false, canDelete: false });
    const forEditor = await listImages(actors.editor);
    expect(forEditor.images.every((image) => image.canEdit && image.canDelete)).toBe(true);
  });
});

describe('editing alt text, caption and credit', () => {
  it('lets the uploader and Editors change the words, and nobody else', async () => {
    const image = await upload(actors.author);
    const own = await updateImageDetails(actors.author, { id: image.id, updatedAt: image.updatedAt, alt: 'Two fishermen', caption: 'Caspian shore', credit: 'Staff' });
    expect(own.image).toMatchObject({ alt: 'Two fishermen', caption: 'Caspian shore', credit: 'Staff' });

    for (const actor of [actors.contributor, actors.otherAuthor]) {
      const error = await rejection(updateImageDetails(actor, { id: image.id, updatedAt: own.image.updatedAt, alt: 'Vandalised', caption: '', credit: '' }));
      expect(error).toBeInstanceOf(Forbidden);
    }
    const byEditor = await updateImageDetails(actors.editor, { id: image.id, updatedAt: own.image.updatedAt, alt: 'Two fishermen mend nets', caption: 'Caspian shore', credit: 'Staff' });
    expect(byEditor.image.alt).toBe('Two fishermen mend nets');
    expect((await db.image.findUniqueOrThrow({ where: { id: image.id } })).alt).toBe('Two fishermen mend nets');
  });

  it('never silently overwrites someone else’s edit: a stale version gets a Conflict with theirs', async () => {
    const image = await upload(actors.author);
    await updateImageDetails(actors.editor, { id: image.id, updatedAt: image.updatedAt, alt: 'Editor’s alt', caption: '', credit: '' });
    const error = await rejection(updateImageDetails(actors.author, { id: image.id, updatedAt: image.updatedAt, alt: 'Author’s alt', caption: '', credit: '' }));
    expect(error).toBeInstanceOf(Conflict);
    expect((error as Conflict<LibraryImage>).current).toMatchObject({ id: image.id, alt: 'Editor’s alt' });
    expect((await db.image.findUniqueOrThrow({ where: { id: image.id } })).alt).toBe('Editor’s alt');
  });

  it('refuses words that are too long, and images that are gone', async () => {
    const image = await upload(actors.editor);
    const tooLong = await rejection(updateImageDetails(actors.editor, { id: image.id, updatedAt: image.updatedAt, alt: '', caption: '', credit: 'c'.repeat(301) }));
    expect(tooLong).toBeInstanceOf(Invalid);
    expect((tooLong as Invalid).fieldErrors).toEqual({ credit: 'Credit can be at most 300 characters.' });
    const gone = await rejection(updateImageDetails(actors.editor, { id: 987_654, updatedAt: image.updatedAt, alt: '', caption: '', credit: '' }));
    expect(gone).toBeInstanceOf(NotFound);
  });

  it('names the cache tags of everything that shows the image', async () => {
    const image = await upload(actors.editor);
    const hero = await story('Hero story', { heroImageId: image.id });
    const inline = await story('Inline story', { inlineImageIds: [image.id] });
    const gallery = await db.gallery.create({ data: { slug: 'tags-gallery', title: 'Tags', createdById: actors.editor.id, items: { create: { imageId: image.id, position: 0 } } } });
    await db.user.update({ where: { id: actors.otherAuthor.id }, data: { avatarId: image.id } });
    const { expire } = await updateImageDetails(actors.editor, { id: image.id, updatedAt: image.updatedAt, alt: 'New', caption: '', credit: '' });
    expect(new Set(expire)).toEqual(
      new Set([`image:${image.id}`, `story:${hero.id}`, `story:${inline.id}`, 'story-lists', `gallery:${gallery.id}`, 'gallery-lists', `author:${actors.otherAuthor.id}`]),
    );
    await db.user.update({ where: { id: actors.otherAuthor.id }, data: { avatarId: null } });
  });

  it('keeps alt text that published work relies on: it may change, not disappear', async () => {
    const image = await upload(actors.editor, { alt: 'Ferry at the pier' });
    const gallery = await db.gallery.create({
      data: { slug: 'ferries', title: 'Ferries', createdById: actors.editor.id, status: 'PUBLISHED', items: { create: { imageId: image.id, position: 0 } } },
    });
    const refused = await rejection(updateImageDetails(actors.editor, { id: image.id, updatedAt: image.updatedAt, alt: '  ', caption: '', credit: '' }));
    expect(refused).toBeInstanceOf(Invalid);
    expect((refused as Invalid).fieldErrors.alt).toBe('Alt text cannot be removed while published work shows this image (the gallery “Ferries”). Change it instead.');
    // Text nobody can see is no description either.
    const invisible = await rejection(updateImageDetails(actors.editor, { id: image.id, updatedAt: image.updatedAt, alt: '\u200b\u00a0\u200d', caption: '', credit: '' }));
    expect((invisible as Invalid).fieldErrors.alt).toMatch(/^Alt text cannot be removed/);
    const changed = await updateImageDetails(actors.editor, { id: image.id, updatedAt: image.updatedAt, alt: 'A ferry at the pier', caption: '', credit: '' });

    // A live story too; a draft gallery or a story in the trash does not hold it.
    await db.gallery.update({ where: { id: gallery.id }, data: { status: 'DRAFT' } });
    const live = await story('Ferries return', { heroImageId: image.id });
    await db.article.update({ where: { id: live.id }, data: { status: 'SCHEDULED' } });
    const byStory = await rejection(updateImageDetails(actors.editor, { id: image.id, updatedAt: changed.image.updatedAt, alt: '', caption: '', credit: '' }));
    expect((byStory as Invalid).fieldErrors.alt).toMatch(/\(the story “Ferries return”\)/);
    await db.article.update({ where: { id: live.id }, data: { deletedAt: new Date() } });
    const cleared = await updateImageDetails(actors.editor, { id: image.id, updatedAt: changed.image.updatedAt, alt: '', caption: '', credit: '' });
    expect(cleared.image.alt).toBe('');
  });
});

describe('alt text and publishing at the same moment', () => {
  it('removing alt text waits for a publication in progress, then refuses', async () => {
    const image = await upload(actors.editor, { alt: 'Cranes over the harbour' });
    const hero = await story('Harbour cranes replaced', { heroImageId: image.id });
    let removal: Promise<unknown> | undefined;
    // A publication holding the picture (as lib/editorial/readiness.ts does), and, while it runs,
    // someone clears the alt text: the clearing must wait, then see the story has gone out.
    await db.$transaction(async (tx) => {
      await holdImageDetails(tx, [image.id]);
      removal = updateImageDetails(actors.editor, { id: image.id, updatedAt: image.updatedAt, alt: '', caption: '', credit: '' }).then(
        () => 'removed',
        (error: unknown) => error,
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
      await tx.article.update({ where: { id: hero.id }, data: { status: 'PUBLISHED', firstPublishedAt: new Date(), publishedAt: new Date() } });
    });
    expect(await removal).toBeInstanceOf(Invalid);
    expect((await db.image.findUniqueOrThrow({ where: { id: image.id } })).alt).toBe('Cranes over the harbour');
  });
});

describe('where an image is used, and deleting', () => {
  it('lists hero, inline, gallery and portrait uses, counting stories in the trash', async () => {
    const image = await upload(actors.editor);
    const hero = await story('Parliament passes the budget', { heroImageId: image.id });
    const trashed = await story('Old draft in the trash', { heroImageId: image.id, deleted: true });
    const inline = await story('Budget explained', { inlineImageIds: [image.id] });
    const gallery = await db.gallery.create({ data: { slug: 'budget-day', title: 'Budget day', createdById: actors.editor.id, items: { create: { imageId: image.id, position: 0 } } } });
    await db.user.update({ where: { id: actors.admin.id }, data: { avatarId: image.id } });

    const usage = await imageUsage(actors.editor, image.id);
    expect(usage.heroOf.map((use) => [use.id, use.deleted]).sort()).toEqual([[hero.id, false], [trashed.id, true]].sort());
    expect(usage.inBodyOf).toEqual([{ id: inline.id, headline: 'Budget explained', status: 'DRAFT', deleted: false }]);
    expect(usage.galleries).toEqual([{ id: gallery.id, title: 'Budget day', slug: 'budget-day', status: 'DRAFT' }]);
    expect(usage.avatarOf).toEqual([{ id: actors.admin.id, name: 'The admin' }]);
    expect(usage).toMatchObject({ otherStories: 0, total: 5 });
    // The stories are the Author's drafts: named to them, only counted for a Contributor.
    expect((await imageUsage(actors.author, image.id)).otherStories).toBe(0);
    expect(await imageUsage(actors.contributor, image.id)).toMatchObject({ heroOf: [], inBodyOf: [], otherStories: 3, total: 5 });

    const error = await rejection(deleteImage(actors.admin, image.id));
    expect(error).toBeInstanceOf(ImageInUse);
    expect((error as Error).message).toBe('This image is used in 3 stories, 1 gallery and 1 author portrait. Remove it from there first; then it can be deleted.');
    expect(await db.image.findUnique({ where: { id: image.id } })).not.toBeNull();
    expect(await filesOf(image.storageKey)).toContain('original.jpg');
    expect(await db.auditLog.count({ where: { action: 'image.delete', subjectId: String(image.id) } })).toBe(0);
    await db.user.update({ where: { id: actors.admin.id }, data: { avatarId: null } });
  });

  it('refuses the uploader without naming a colleague’s unpublished story', async () => {
    const image = await upload(actors.otherAuthor, { alt: 'Quay at night' });
    // The other Author's picture as the hero of the Author's story, scheduled: not theirs to open.
    const scheduled = await story('Secret plans for the quay', { heroImageId: image.id });
    await db.article.update({ where: { id: scheduled.id }, data: { status: 'SCHEDULED' } });

    const unaltered = await rejection(updateImageDetails(actors.otherAuthor, { id: image.id, updatedAt: image.updatedAt, alt: '', caption: '', credit: '' }));
    expect((unaltered as Invalid).fieldErrors.alt).toBe(
      'Alt text cannot be removed while published work shows this image (1 scheduled story you cannot open). Change it instead.',
    );
    const kept = await rejection(deleteImage(actors.otherAuthor, image.id));
    expect(kept).toBeInstanceOf(ImageInUse);
    expect((kept as ImageInUse).message).toBe('This image is used in 1 story. Remove it from there first; then it can be deleted.');
    expect((kept as ImageInUse).current).toMatchObject({ heroOf: [], inBodyOf: [], otherStories: 1, total: 1 });
    expect(JSON.stringify((kept as ImageInUse).current)).not.toContain('Secret plans');
    // An Editor, who may open it, is told which one.
    const toEditor = await rejection(deleteImage(actors.editor, image.id));
    expect((toEditor as ImageInUse).current?.heroOf).toEqual([{ id: scheduled.id, headline: 'Secret plans for the quay', status: 'SCHEDULED', deleted: false }]);
  });

  it('refuses to delete an image used only inside a story in the trash', async () => {
    const image = await upload(actors.editor);
    await story('Trashed with an inline image', { deleted: true, inlineImageIds: [image.id] });
    const error = await rejection(deleteImage(actors.editor, image.id));
    expect((error as Error).message).toBe('This image is used in 1 story. Remove it from there first; then it can be deleted.');
  });

  it('deletes an unused image: row, files, and an audit entry naming who', async () => {
    const image = await upload(actors.author);
    await deleteImage(actors.author, image.id);
    expect(await db.image.findUnique({ where: { id: image.id } })).toBeNull();
    expect(await filesOf(image.storageKey)).toEqual([]);
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: 'image.delete', subjectId: String(image.id) } });
    expect(entry).toMatchObject({ actorId: actors.author.id, subjectType: 'image', details: { storageKey: image.storageKey, originalFilename: 'photo.jpg' } });
  });

  it('lets Authors delete only their own uploads; Editors and Admins any unused image', async () => {
    const image = await upload(actors.author);
    for (const actor of [actors.contributor, actors.otherAuthor]) {
      expect(await rejection(deleteImage(actor, image.id))).toBeInstanceOf(Forbidden);
    }
    expect(await filesOf(image.storageKey)).toContain('original.jpg');
    await deleteImage(actors.editor, image.id);
    expect(await db.image.findUnique({ where: { id: image.id } })).toBeNull();
    expect(await rejection(deleteImage(actors.editor, image.id))).toBeInstanceOf(NotFound);
  });

  it('counts a story that adds the image while the delete waits, and refuses', async () => {
    const image = await upload(actors.editor);
    const article = await story('Being written right now');
    // Another connection inserts the inline use and holds its transaction open.
    const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
    try {
      await other.query('BEGIN');
      await other.query('INSERT INTO "ArticleImage" ("articleId", "imageId") VALUES ($1, $2)', [article.id, image.id]);
      const deletion = rejection(deleteImage(actors.editor, image.id));
      // Wait until the delete is blocked on the row lock, then let the story's save commit.
      await expect
        .poll(async () => (await db.$queryRaw<{ waiting: bigint }[]>`SELECT count(*) AS waiting FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()`)[0].waiting, { timeout: 10_000 })
        .toBe(1n);
      await other.query('COMMIT');
      expect(await deletion).toBeInstanceOf(ImageInUse);
    } finally {
      await other.end();
    }
    expect(await db.image.findUnique({ where: { id: image.id } })).not.toBeNull();
  });
});
