import { randomUUID } from 'node:crypto';
import sharp, { type Metadata } from 'sharp';
import { mediaStorage, type MediaStorage } from './storage';
import { originalKey, variantKey, variantWidthsFor } from './variants';

/**
 * Turns uploaded bytes into a stored library image: the type is decided by content (never by file
 * name or declared type), size and pixel count are limited, the picture is re-encoded upright with
 * all metadata dropped (no GPS or camera data survives), and responsive WebP variants are written
 * beside the master.
 */

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
export const MAX_PIXELS = 60_000_000;
const MAX_MASTER_EDGE = 4096;

const ACCEPTED = {
  jpeg: { mimeType: 'image/jpeg', extension: 'jpg' },
  png: { mimeType: 'image/png', extension: 'png' },
  webp: { mimeType: 'image/webp', extension: 'webp' },
  heif: { mimeType: 'image/avif', extension: 'avif' },
  gif: { mimeType: 'image/gif', extension: 'gif' },
} as const;

export class ImageRejected extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImageRejected';
  }
}

export interface StoredImage {
  storageKey: string;
  width: number;
  height: number;
  mimeType: string;
  bytes: number;
  variantWidths: number[];
}

export async function storeImage(
  input: Buffer,
  options: { storage?: MediaStorage; now?: Date } = {},
): Promise<StoredImage> {
  if (input.byteLength === 0) throw new ImageRejected('The file is empty.');
  if (input.byteLength > MAX_UPLOAD_BYTES) {
    throw new ImageRejected(`The file is ${(input.byteLength / 1048576).toFixed(1)} MB; the limit is ${MAX_UPLOAD_BYTES / 1048576} MB.`);
  }

  let metadata: Metadata;
  try {
    metadata = await sharp(input, { limitInputPixels: MAX_PIXELS }).metadata();
  } catch {
    throw new ImageRejected('This file is not an image we can read (JPEG, PNG, WebP, AVIF or GIF).');
  }
  const format = metadata.format as keyof typeof ACCEPTED | undefined;
  if (!format || !(format in ACCEPTED) || (format === 'heif' && metadata.compression !== 'av1')) {
    throw new ImageRejected(`Images must be JPEG, PNG, WebP, AVIF or GIF${metadata.format ? `; this one is ${metadata.format.toUpperCase()}` : ''}.`);
  }
  if (!metadata.width || !metadata.height) throw new ImageRejected('The image has no dimensions.');
  if (metadata.width * metadata.height > MAX_PIXELS) {
    throw new ImageRejected(`The image is ${metadata.width}×${metadata.height} pixels; the limit is ${MAX_PIXELS / 1_000_000} megapixels.`);
  }

  const storage = options.storage ?? mediaStorage();
  const now = options.now ?? new Date();
  const baseKey = `images/${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}/${randomUUID()}`;

  // GIFs keep only their first frame; everything becomes a JPEG master unless it has transparency.
  const pipeline = sharp(input, { limitInputPixels: MAX_PIXELS, animated: false })
    .rotate()
    .resize({ width: MAX_MASTER_EDGE, height: MAX_MASTER_EDGE, fit: 'inside', withoutEnlargement: true });
  const keepsAlpha = Boolean(metadata.hasAlpha);
  const { data: master, info } = keepsAlpha
    ? await pipeline.png({ compressionLevel: 9 }).toBuffer({ resolveWithObject: true })
    : await pipeline.flatten({ background: '#ffffff' }).jpeg({ quality: 86, mozjpeg: true }).toBuffer({ resolveWithObject: true });
  const extension = keepsAlpha ? 'png' : 'jpg';

  const variantWidths = variantWidthsFor(info.width);
  await storage.put(originalKey(baseKey, extension), master);
  try {
    for (const width of variantWidths) {
      await storage.put(variantKey(baseKey, width), await renderVariant(master, width));
    }
  } catch (error) {
    await storage.remove(baseKey);
    throw error;
  }

  return {
    storageKey: baseKey,
    width: info.width,
    height: info.height,
    mimeType: keepsAlpha ? 'image/png' : 'image/jpeg',
    bytes: master.byteLength,
    variantWidths,
  };
}

export function renderVariant(master: Buffer, width: number): Promise<Buffer> {
  return sharp(master).resize({ width, withoutEnlargement: true }).webp({ quality: 78 }).toBuffer();
}

/** File extension of the stored master for a given mime type. */
export function masterExtension(mimeType: string): string {
  return mimeType === 'image/png' ? 'png' : 'jpg';
}

export const ACCEPTED_MIME_TYPES = Object.values(ACCEPTED).map((entry) => entry.mimeType);
