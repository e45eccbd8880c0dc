import { MEDIA_URL_PREFIX } from './variants';

/**
 * Fixed-ratio crops of a library image for search engines and social cards: Google asks for
 * 16:9, 4:3 and 1:1 images at least 1200 px wide in a NewsArticle, and Open Graph wants a wide
 * image of the same size. They are cut from the master on first request (the picture's most
 * interesting area kept, see sharp's "attention" strategy), stored beside it, and served from
 * storage afterwards:
 *
 *   images/2026/11/<id>/crop-16x9-1200.jpg
 *
 * This module only names and sizes them (no server dependencies); ./crop-render.ts draws them.
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
