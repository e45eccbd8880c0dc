'use client';

import { MEDIA_URL_PREFIX, pickVariantWidth, variantKey } from './variants';

/**
 * next/image loader: library images (`/media/<base key>`) are served from their stored WebP
 * variants, so the browser's srcset picks among files that already exist and no per-instance
 * optimisation cache is needed. Other sources pass through unchanged.
 */
export default function mediaImageLoader({ src, width }: { src: string; width: number; quality?: number }): string {
  if (!src.startsWith(MEDIA_URL_PREFIX)) return src;
  return `${MEDIA_URL_PREFIX}${variantKey(src.slice(MEDIA_URL_PREFIX.length), pickVariantWidth(width))}`;
}
