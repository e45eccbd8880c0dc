import { db } from '../db/client';
import { masterExtension, renderVariant } from './ingest';
import { mediaStorage } from './storage';
import { originalKey, VARIANT_WIDTHS, variantKey } from './variants';

/**
 * Bytes for a public media URL. Stored files are returned as they are; a responsive variant that
 * is missing (an image imported before a new width was added, or a width above the original's)
 * is rendered from the master on first request and stored for the next one.
 */

const CONTENT_TYPES: Record<string, string> = { jpg: 'image/jpeg', png: 'image/png', webp: 'image/webp' };
const VARIANT = /^(images\/.+)\/w(\d+)\.webp$/;

export interface MediaFile {
  bytes: Buffer;
  contentType: string;
}

export async function readMediaFile(key: string): Promise<MediaFile | null> {
  const extension = key.slice(key.lastIndexOf('.') + 1);
  const contentType = CONTENT_TYPES[extension];
  if (!contentType) return null;
  const storage = mediaStorage();
  const stored = await storage.get(key);
  if (stored) return { bytes: stored, contentType };

  const variant = VARIANT.exec(key);
  if (!variant || !VARIANT_WIDTHS.includes(Number(variant[2]) as (typeof VARIANT_WIDTHS)[number])) return null;
  const [, baseKey, width] = variant;
  const image = await db.image.findUnique({ where: { storageKey: baseKey }, select: { mimeType: true } });
  if (!image) return null;
  const master = await storage.get(originalKey(baseKey, masterExtension(image.mimeType)));
  if (!master) return null;
  const bytes = await renderVariant(master, Number(width));
  await storage.put(variantKey(baseKey, Number(width)), bytes);
  return { bytes, contentType };
}
