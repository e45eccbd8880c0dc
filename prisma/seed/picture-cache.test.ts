import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mediaStorage } from '../../lib/media/storage';
import { originalKey, variantKey } from '../../lib/media/variants';
import { storeSeedPicture } from './picture-cache';
import type { SeedImage } from './types';

const picture: SeedImage = {
  key: 'cached-picture',
  width: 1600,
  height: 1000,
  label: 'Şəki caravanserai',
  seed: 4242,
  alt: 'A test picture.',
  caption: 'A test picture.',
  credit: 'Photo: Test',
};

let folder: string;

beforeAll(async () => {
  folder = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-picture-cache-'));
  process.env.MEDIA_DIR = path.join(folder, 'media');
  process.env.SEED_PICTURE_CACHE = path.join(folder, 'cache');
  await fs.mkdir(process.env.SEED_PICTURE_CACHE);
});

afterAll(async () => {
  delete process.env.SEED_PICTURE_CACHE;
  await fs.rm(folder, { recursive: true, force: true });
});

describe('storeSeedPicture with SEED_PICTURE_CACHE', () => {
  it('draws a picture once; the next seed gets the same files under a key of its own', async () => {
    const now = new Date('2026-11-29T08:00:00Z');
    const first = await storeSeedPicture(picture, now);
    const cacheEntries = await fs.readdir(process.env.SEED_PICTURE_CACHE!);
    const second = await storeSeedPicture(picture, now);

    expect(cacheEntries).toContain('cached-picture.json');
    expect(await fs.readdir(process.env.SEED_PICTURE_CACHE!)).toEqual(cacheEntries);
    expect(second.storageKey).not.toBe(first.storageKey);
    expect(second.storageKey).toMatch(/^images\/2026\/11\//);
    expect({ ...second, storageKey: '' }).toEqual({ ...first, storageKey: '' });
    const storage = mediaStorage();
    for (const key of [originalKey('', 'jpg'), ...first.variantWidths.map((width) => variantKey('', width))]) {
      const [a, b] = [await storage.get(`${first.storageKey}${key}`), await storage.get(`${second.storageKey}${key}`)];
      expect(a?.byteLength, key).toBeGreaterThan(0);
      expect(b?.equals(a!), key).toBe(true);
    }
  });
});
