import { absoluteUrl } from '../content/urls';
import { CROP_RATIOS, cropPath, cropSize, type CropRatio } from '../media/crops';
import { imageSrc, variantKey, VARIANT_WIDTHS } from '../media/variants';

/** A library image as the SEO builders need it. */
export interface SeoImage {
  storageKey: string;
  width: number;
  height: number;
  alt: string;
  /** Widths of the stored WebP variants. */
  variantWidths?: number[];
  caption?: string;
  credit?: string;
}

export interface SizedImageUrl {
  url: string;
  width: number;
  height: number;
}

/** Absolute URL of a fixed-ratio crop, 1200 px wide (see lib/media/crops.ts). */
export function cropUrl(image: Pick<SeoImage, 'storageKey'>, ratio: CropRatio): SizedImageUrl {
  return { url: absoluteUrl(cropPath(image.storageKey, ratio)), ...cropSize(ratio) };
}

/** The three crops Google asks for in a NewsArticle, widest first. */
export function articleImageCrops(image: Pick<SeoImage, 'storageKey'>): SizedImageUrl[] {
  return (Object.keys(CROP_RATIOS) as CropRatio[]).map((ratio) => cropUrl(image, ratio));
}

/**
 * The largest stored responsive variant of the whole (uncropped) picture: what image sitemaps
 * and galleries point at. Falls back to the largest standard width, which the media route
 * renders on first request.
 */
export function largestImageUrl(image: Pick<SeoImage, 'storageKey' | 'width' | 'height' | 'variantWidths'>): SizedImageUrl {
  const stored = image.variantWidths?.length ? Math.max(...image.variantWidths) : undefined;
  const width = stored ?? VARIANT_WIDTHS.filter((candidate) => candidate <= image.width).at(-1) ?? VARIANT_WIDTHS[0];
  const scaledWidth = Math.min(width, image.width);
  return {
    url: absoluteUrl(`${imageSrc(variantKey(image.storageKey, width))}`),
    width: scaledWidth,
    height: Math.round((image.height * scaledWidth) / image.width),
  };
}
