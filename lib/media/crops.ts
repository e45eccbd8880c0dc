import sharp from 'sharp';
import { mediaStorage, type MediaStorage } from './storage';
import { MEDIA_URL_PREFIX, originalKey } from './variants';

/**
 * Fixed-ratio crops of a library image for search engines and social cards: Google asks for
 * 16:9, 4:3 and 1:1 images at least 1200 px wide in a NewsArticle, and Open Graph wants a wide
 * image of the same size. They are cut from the master on first request (the picture's most
 * interesting area kept, see sharp's "attention" strategy), stored beside it, and served from
 * storage afterwards:
 *
 *   images/2026/11/<id>/crop-16x9-1200.jpg
 */

export const CROP_RATIOS = { '16x9': [16, 9], '4x3': [4, 3], '1x1': [1, 1] } as const;
export type CropRatio = keyof typeof CROP_RATIOS;
/** Only this width exists, so a URL cannot ask the server to render arbitrary sizes. */
export const CROP_WIDTH = 1200;

const CROP_KEY = /^(images\/.+)\/crop-(16x9|4x3|1x1)-(\d+)\.jpg$/;

export function cropKey(baseKey: string, ratio: CropRatio): string {
  return `${baseKey}/crop-${ratio}-${CROP_WIDTH}.jpg`;
}

/** Public path of a crop (`/media/…/crop-16x9-1200.jpg`). */
export function cropPath(baseKey: string, ratio: CropRatio): string {
  return `${MEDIA_URL_PREFIX}${cropKey(baseKey, ratio)}`;
}

export function cropSize(ratio: CropRatio): { width: number; height: number } {
  const [across, down] = CROP_RATIOS[ratio];
  return { width: CROP_WIDTH, height: Math.round((CROP_WIDTH * down) / across) };
}

export function parseCropKey(key: string): { baseKey: string; ratio: CropRatio } | null {
  const match = CROP_KEY.exec(key);
  if (!match || Number(match[3]) !== CROP_WIDTH) return null;
  return { baseKey: match[1], ratio: match[2] as CropRatio };
}

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
