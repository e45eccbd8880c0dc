/**
 * Responsive variants of every image: WebP files at fixed widths stored beside the original.
 * This module has no server dependencies: the next/image loader imports it in the browser too.
 *
 * Storage layout for an image with base key `images/2026/11/<id>`:
 *   images/2026/11/<id>/original.<ext>   the re-encoded master (metadata stripped)
 *   images/2026/11/<id>/w640.webp        one file per width in VARIANT_WIDTHS not above the original
 * Public URLs mirror keys under /media/.
 */

export const VARIANT_WIDTHS = [320, 480, 640, 960, 1280, 1600, 2048] as const;

export const MEDIA_URL_PREFIX = '/media/';

/** The smallest stored width that covers `requested` (the largest one when none does). */
export function pickVariantWidth(requested: number): number {
  return VARIANT_WIDTHS.find((width) => width >= requested) ?? VARIANT_WIDTHS[VARIANT_WIDTHS.length - 1];
}

/** Widths to generate for an original `originalWidth` pixels wide (always at least one). */
export function variantWidthsFor(originalWidth: number): number[] {
  const fitting = VARIANT_WIDTHS.filter((width) => width <= originalWidth);
  return fitting.length ? [...fitting] : [VARIANT_WIDTHS[0]];
}

export function variantKey(baseKey: string, width: number): string {
  return `${baseKey}/w${width}.webp`;
}

export function originalKey(baseKey: string, extension: string): string {
  return `${baseKey}/original.${extension}`;
}

/** The base key of an image's stored files (its `storageKey` column). */
export function imageSrc(storageKey: string): string {
  return `${MEDIA_URL_PREFIX}${storageKey}`;
}
