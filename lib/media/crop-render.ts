import sharp from 'sharp';
import { cropSize, parseCropKey, type CropRatio } from './crops';
import { mediaStorage, type MediaStorage } from './storage';
import { originalKey } from './variants';

/** Draws and stores the crops named in ./crops.ts. */

export async function renderCrop(master: Buffer, ratio: CropRatio): Promise<Buffer> {
  const { width, height } = cropSize(ratio);
  // Small masters are enlarged: a slightly soft 1200 px image is eligible for rich results, a
  // sharp 800 px one is not.
  return sharp(master)
    .resize({ width, height, fit: 'cover', position: sharp.strategy.attention })
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: 82, mozjpeg: true })
    .toBuffer();
}

/**
 * The bytes of the crop stored under `key`, rendering and storing it from the master first when
 * it does not exist yet; null when `key` is not a crop or the image has no master.
 */
export async function readOrRenderCrop(key: string, storage: MediaStorage = mediaStorage()): Promise<Buffer | null> {
  const crop = parseCropKey(key);
  if (!crop) return null;
  const stored = await storage.get(key);
  if (stored) return stored;
  const master = (await storage.get(originalKey(crop.baseKey, 'jpg'))) ?? (await storage.get(originalKey(crop.baseKey, 'png')));
  if (!master) return null;
  const bytes = await renderCrop(master, crop.ratio);
  await storage.put(key, bytes);
  return bytes;
}
