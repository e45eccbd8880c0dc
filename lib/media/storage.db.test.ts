import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigurationProblem } from '../config/problem';
import { db } from '../db/client';
import { createStaff } from '../testing/actors';
import { storeImage } from './ingest';
import { deleteImage } from './library';
import { readMediaFile } from './serve';
import { DatabaseStorage, mediaStorageKind } from './storage';
import { variantKey } from './variants';

const storage = new DatabaseStorage(db);
const keysUnder = async (prefix: string) =>
  (await db.mediaObject.findMany({ where: { key: { startsWith: prefix } }, select: { key: true }, orderBy: { key: 'asc' } })).map((row) => row.key);

describe('DatabaseStorage', () => {
  it('stores, replaces, reads and removes an image with everything beneath its key, and nothing beside it', async () => {
    await storage.put('images/2026/05/abc/original.jpg', Buffer.from('master'));
    await storage.put('images/2026/05/abc/w320.webp', Buffer.from('variant'));
    await storage.put('images/2026/05/abc_d/original.jpg', Buffer.from('a neighbour'));
    await storage.put('images/2026/05/abc/original.jpg', Buffer.from('new master'));
    expect((await storage.get('images/2026/05/abc/original.jpg'))?.toString()).toBe('new master');

    await storage.remove('images/2026/05/abc');
    expect(await storage.get('images/2026/05/abc/original.jpg')).toBeNull();
    expect(await storage.get('images/2026/05/abc/w320.webp')).toBeNull();
    expect(await keysUnder('images/2026/05/')).toEqual(['images/2026/05/abc_d/original.jpg']);
  });

  it('answers null for a key that holds nothing, and refuses keys a disk would not take either', async () => {
    expect(await storage.get('images/nothing/here.jpg')).toBeNull();
    for (const key of ['../secret.txt', 'images//x.jpg', 'images/%/x.jpg', '']) {
      await expect(storage.put(key, Buffer.from('x')), key).rejects.toThrow(/Invalid media key/);
      await expect(storage.remove(key), key).rejects.toThrow(/Invalid media key/);
    }
  });

  it('serves an upload’s variants, makes a missing one, and forgets it all when the image is deleted', async () => {
    const upload = await sharp({ create: { width: 700, height: 400, channels: 3, background: '#1f6f8b' } }).jpeg().toBuffer();
    const stored = await storeImage(upload, { storage });
    const image = await db.image.create({ data: { ...stored, alt: 'A blue field' } });

    const variant = await readMediaFile(variantKey(stored.storageKey, 640), { storage });
    expect((await sharp(variant?.bytes).metadata()).width).toBe(640);
    expect(await keysUnder(`${stored.storageKey}/`)).not.toContain(`${stored.storageKey}/w960.webp`);
    expect((await readMediaFile(variantKey(stored.storageKey, 960), { storage }))?.contentType).toBe('image/webp');
    expect(await keysUnder(`${stored.storageKey}/`)).toContain(`${stored.storageKey}/w960.webp`);

    await deleteImage(await createStaff(db, { role: 'EDITOR' }), image.id, { storage });
    expect(await keysUnder(`${stored.storageKey}/`)).toEqual([]);
  });
});

describe('MEDIA_STORAGE', () => {
  const before = process.env.MEDIA_STORAGE;
  afterEach(() => {
    if (before === undefined) delete process.env.MEDIA_STORAGE;
    else process.env.MEDIA_STORAGE = before;
  });

  it('is disk unless it says database, and a typo is a configuration problem with the fix', () => {
    delete process.env.MEDIA_STORAGE;
    expect(mediaStorageKind()).toBe('disk');
    process.env.MEDIA_STORAGE = 'database';
    expect(mediaStorageKind()).toBe('database');
    process.env.MEDIA_STORAGE = 'databse';
    expect(() => mediaStorageKind()).toThrow(ConfigurationProblem);
    expect(() => mediaStorageKind()).toThrow('MEDIA_STORAGE "databse" is not a kind of media storage.');
  });
});
