import fs from 'node:fs/promises';
import path from 'node:path';
import { masterExtension, newStorageKey, storeImage, type StoredImage } from '../../lib/media/ingest';
import { LocalDiskStorage, mediaStorage, type MediaStorage } from '../../lib/media/storage';
import { originalKey, variantKey } from '../../lib/media/variants';
import { drawImage } from './draw-image';
import type { SeedImage } from './types';

/**
 * Drawing and encoding the demo's pictures is most of the seed's time, and the pictures are the
 * same every time (the seed is deterministic). With SEED_PICTURE_CACHE set to a folder, each
 * picture is drawn and encoded once into it and later seeds copy the stored files from there.
 * `npm test` sets it for one run, which writes the demo newsroom more than once (the e2e database,
 * then `npm start` in a fresh folder); nothing else needs it.
 */
export async function storeSeedPicture(image: SeedImage, now: Date): Promise<StoredImage> {
  const folder = process.env.SEED_PICTURE_CACHE;
  if (!folder) return storeImage(await drawImage(image), { now });

  const cache = new LocalDiskStorage(folder);
  const entryFile = path.join(folder, `${image.key}.json`);
  let cached = await readEntry(entryFile);
  if (!cached) {
    cached = await storeImage(await drawImage(image), { now, storage: cache });
    await fs.writeFile(entryFile, JSON.stringify(cached));
  }
  return copyStored(cached, cache, mediaStorage(), now);
}

async function readEntry(file: string): Promise<StoredImage | null> {
  try {
    return JSON.parse(await fs.readFile(file, 'utf8')) as StoredImage;
  } catch {
    return null;
  }
}

/** The picture's files under a new key of its own, as if stored just now. */
async function copyStored(stored: StoredImage, from: MediaStorage, to: MediaStorage, now: Date): Promise<StoredImage> {
  const baseKey = newStorageKey(now);
  const extension = masterExtension(stored.mimeType);
  const files = [
    [originalKey(stored.storageKey, extension), originalKey(baseKey, extension)],
    ...stored.variantWidths.map((width) => [variantKey(stored.storageKey, width), variantKey(baseKey, width)]),
  ];
  for (const [source, target] of files) {
    const data = await from.get(source);
    if (!data) throw new Error(`The seed's picture cache lost ${source}; delete ${process.env.SEED_PICTURE_CACHE} and seed again.`);
    await to.put(target, data);
  }
  return { ...stored, storageKey: baseKey };
}
