import { randomUUID } from 'node:crypto';
import sharp, { type Metadata, type SharpOptions } from 'sharp';
import { ACCEPTED_NAMES, describeBytes, MAX_PIXELS, MAX_UPLOAD_BYTES } from './limits';
import { isAcceptedType, REFUSED_TYPE_NAMES, sniffImageType, type AcceptedType } from './sniff';
import { mediaStorage, type MediaStorage } from './storage';
import { originalKey, variantKey, variantWidthsFor } from './variants';

/**
 * Turns uploaded bytes into a stored library image: the type is decided by content (never by file
 * name or declared type), size and pixel count are limited, the picture is re-encoded upright with
 * all metadata dropped (no GPS or camera data survives), and responsive WebP variants are written
 * beside the master.
 */

export { ACCEPTED_MIME_TYPES, MAX_PIXELS, MAX_UPLOAD_BYTES } from './limits';

const MAX_MASTER_EDGE = 4096;

/** The formats sharp reports for each type we accept (AVIF is a HEIF container with AV1 inside). */
const SHARP_FORMAT: Record<AcceptedType, Metadata['format']> = {
  jpeg: 'jpeg',
  png: 'png',
  gif: 'gif',
  webp: 'webp',
  avif: 'heif',
};

/** An upload we refuse; the message is written for the person who chose the file. */
export class ImageRejected extends Error {
  constructor(
    message: string,
    readonly reason: 'empty' | 'too_large' | 'type' | 'pixels' | 'damaged',
  ) {
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

/** Refuses anything that is not one of our five formats, judging by the first bytes only. */
export function assertAcceptedContent(input: Uint8Array): AcceptedType {
  if (input.byteLength === 0) throw new ImageRejected('The file is empty.', 'empty');
  if (input.byteLength > MAX_UPLOAD_BYTES) {
    throw new ImageRejected(`The file is ${describeBytes(input.byteLength)}; the limit is ${describeBytes(MAX_UPLOAD_BYTES)}.`, 'too_large');
  }
  const type = sniffImageType(input);
  if (isAcceptedType(type)) return type;
  if (type === 'heic') {
    throw new ImageRejected(
      `HEIC/HEIF photos are not accepted. Export the photo as JPEG (on an iPhone: Settings → Camera → Formats → Most Compatible) and upload that.`,
      'type',
    );
  }
  if (type === 'unknown') throw new ImageRejected(`This file is not an image we accept (${ACCEPTED_NAMES}).`, 'type');
  throw new ImageRejected(`${REFUSED_TYPE_NAMES[type]} files are not accepted. Upload a ${ACCEPTED_NAMES} image.`, 'type');
}

export async function storeImage(
  input: Buffer,
  options: { storage?: MediaStorage; now?: Date } = {},
): Promise<StoredImage> {
  const type = assertAcceptedContent(input);
  // 'error' rather than sharp's default 'warning': a harmless warning (stray bytes after the end
  // marker, common in phone JPEGs) must not refuse a photo; a truncated or corrupt one is refused.
  const decode: SharpOptions = { limitInputPixels: MAX_PIXELS, failOn: 'error', animated: false };

  let metadata: Metadata;
  try {
    // Header only: the pixel limit is checked below with a message a person can act on.
    metadata = await sharp(input, { ...decode, limitInputPixels: false }).metadata();
  } catch {
    throw new ImageRejected(`The image could not be read: it may be damaged or incomplete.`, 'damaged');
  }
  // The decoder must agree with the magic number (an AVIF must really hold AV1, not HEVC).
  if (metadata.format !== SHARP_FORMAT[type] || (type === 'avif' && metadata.compression !== 'av1')) {
    throw new ImageRejected(`This file is not an image we accept (${ACCEPTED_NAMES}).`, 'type');
  }
  if (!metadata.width || !metadata.height) throw new ImageRejected('The image has no dimensions.', 'damaged');
  if (metadata.width * metadata.height > MAX_PIXELS) {
    throw new ImageRejected(
      `The image is ${metadata.width}×${metadata.height} pixels; the limit is ${MAX_PIXELS / 1_000_000} megapixels.`,
      'pixels',
    );
  }

  let master: Buffer;
  let width: number;
  let height: number;
  let keepsAlpha: boolean;
  try {
    keepsAlpha = Boolean(metadata.hasAlpha) && !(await isOpaque(input, decode));
    // GIFs and animated WebP keep only their first frame. By default sharp writes no metadata at
    // all (EXIF, XMP, IPTC, ICC) and converts to sRGB; rotate() applies the EXIF orientation first.
    const pipeline = sharp(input, decode)
      .rotate()
      .resize({ width: MAX_MASTER_EDGE, height: MAX_MASTER_EDGE, fit: 'inside', withoutEnlargement: true });
    const encoded = keepsAlpha
      ? await pipeline.png({ compressionLevel: 9 }).toBuffer({ resolveWithObject: true })
      : await pipeline.flatten({ background: '#ffffff' }).jpeg({ quality: 86, mozjpeg: true }).toBuffer({ resolveWithObject: true });
    master = encoded.data;
    width = encoded.info.width;
    height = encoded.info.height;
  } catch {
    throw new ImageRejected(`The image could not be read: it may be damaged or incomplete.`, 'damaged');
  }

  const storage = options.storage ?? mediaStorage();
  const now = options.now ?? new Date();
  const baseKey = newStorageKey(now);
  const mimeType = keepsAlpha ? 'image/png' : 'image/jpeg';

  const variantWidths = variantWidthsFor(width);
  try {
    await storage.put(originalKey(baseKey, masterExtension(mimeType)), master);
    for (const variantWidth of variantWidths) {
      await storage.put(variantKey(baseKey, variantWidth), await renderVariant(master, variantWidth));
    }
  } catch (error) {
    await storage.remove(baseKey);
    throw error;
  }

  return { storageKey: baseKey, width, height, mimeType, bytes: master.byteLength, variantWidths };
}

// An alpha channel that is fully opaque everywhere (common in PNG screenshots and palette GIFs)
// does not need a PNG master; a small rendition is enough to tell.
async function isOpaque(input: Buffer, decode: SharpOptions): Promise<boolean> {
  const small = await sharp(input, decode).resize({ width: 512, height: 512, fit: 'inside', withoutEnlargement: true }).png().toBuffer();
  return (await sharp(small).stats()).isOpaque;
}

export function renderVariant(master: Buffer, width: number): Promise<Buffer> {
  return sharp(master).resize({ width, withoutEnlargement: true }).webp({ quality: 78 }).toBuffer();
}

/** Where a newly stored image's files go: by month, under a name nobody can guess. */
export function newStorageKey(now: Date): string {
  return `images/${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}/${randomUUID()}`;
}

/** File extension of the stored master for a given mime type. */
export function masterExtension(mimeType: string): string {
  return mimeType === 'image/png' ? 'png' : 'jpg';
}
