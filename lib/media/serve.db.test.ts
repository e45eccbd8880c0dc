import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '../db/client';
import { storeImage } from './ingest';
import { cropKey } from './crops';
import { readMediaFile } from './serve';
import { LocalDiskStorage } from './storage';
import { originalKey, variantKey } from './variants';

let root: string;
let storage: LocalDiskStorage;

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-serve-'));
  storage = new LocalDiskStorage(root);
});
afterAll(() => fs.rm(root, { recursive: true, force: true }));

/** An image stored on disk and registered in the library, as an upload leaves it. */
async function libraryImage(width = 1000) {
  const bytes = await sharp({ create: { width, height: 600, channels: 3, background: '#c0392b' } }).jpeg().toBuffer();
  const stored = await storeImage(bytes, { storage });
  await db.image.create({ data: { ...stored, alt: 'A red field' } });
  return stored;
}

const filesOf = (storageKey: string) => fs.readdir(path.join(root, storageKey)).catch(() => [] as string[]);

describe('readMediaFile', () => {
  it('serves a stored variant and the master of a library image', async () => {
    const image = await libraryImage();
    const variant = await readMediaFile(variantKey(image.storageKey, 640), { storage });
    expect(variant?.contentType).toBe('image/webp');
    expect((await sharp(variant?.bytes).metadata()).width).toBe(640);
    expect((await readMediaFile(originalKey(image.storageKey, 'jpg'), { storage }))?.contentType).toBe('image/jpeg');
  });

  it('makes a missing variant from the master once, and keeps it', async () => {
    const image = await libraryImage(700);
    expect(await filesOf(image.storageKey)).not.toContain('w960.webp');
    const made = await readMediaFile(variantKey(image.storageKey, 960), { storage });
    expect(made?.contentType).toBe('image/webp');
    expect(await filesOf(image.storageKey)).toContain('w960.webp');
  });

  it('answers null, not an error, for an image deleted from the library, even if its files are still on disk', async () => {
    const image = await libraryImage();
    await db.image.delete({ where: { storageKey: image.storageKey } });
    expect(await readMediaFile(variantKey(image.storageKey, 640), { storage })).toBeNull();
    expect(await readMediaFile(variantKey(image.storageKey, 1280), { storage })).toBeNull();
    expect(await readMediaFile(originalKey(image.storageKey, 'jpg'), { storage })).toBeNull();
    // Nothing was rendered and stored for the image that is gone.
    expect(await filesOf(image.storageKey)).not.toContain('w1280.webp');
  });

  it('answers null when the row exists but its files are gone, or the master is damaged', async () => {
    const gone = await libraryImage();
    await storage.remove(gone.storageKey);
    expect(await readMediaFile(variantKey(gone.storageKey, 640), { storage })).toBeNull();

    const damaged = await libraryImage(700);
    await fs.writeFile(path.join(root, originalKey(damaged.storageKey, 'jpg')), Buffer.from('not a jpeg any more'));
    expect(await readMediaFile(variantKey(damaged.storageKey, 960), { storage })).toBeNull();
  });

  it.each([
    ['16x9', 1200, 675],
    ['4x3', 1200, 900],
    ['1x1', 1200, 1200],
  ] as const)('draws the %s search-engine crop at %i×%i from the master, even a smaller one, and keeps it', async (ratio, width, height) => {
    const image = await libraryImage(900);
    const crop = await readMediaFile(cropKey(image.storageKey, ratio), { storage });
    const metadata = await sharp(crop?.bytes).metadata();
    expect({ type: crop?.contentType, format: metadata.format, width: metadata.width, height: metadata.height }).toEqual({
      type: 'image/jpeg',
      format: 'jpeg',
      width,
      height,
    });
    expect(await filesOf(image.storageKey)).toContain(`crop-${ratio}-1200.jpg`);
  });

  it('answers null for addresses that are not media keys', async () => {
    const image = await libraryImage();
    for (const key of [
      `${image.storageKey}/../../../etc/passwd.jpg`,
      `${image.storageKey}/w641.webp`,
      `${image.storageKey}/crop-16x9-4000.jpg`,
      `${image.storageKey}/crop-21x9-1200.jpg`,
      `${image.storageKey}/notes.txt`,
      'w640.webp',
      'elsewhere/secret.png',
      '',
    ]) {
      expect(await readMediaFile(key, { storage }), key).toBeNull();
    }
  });
});
