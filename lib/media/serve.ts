import { db } from '../db/client';
import { renderCrop } from './crop-render';
import { parseCropKey } from './crops';
import { masterExtension, renderVariant } from './ingest';
import { assertSafeKey, mediaStorage, type MediaStorage } from './storage';
import { originalKey, VARIANT_WIDTHS, variantKey } from './variants';

/**
 * Bytes for a public media URL. Stored files are returned as they are; a responsive variant that
 * is missing (an image imported before a new width was added, or a width above the original's)
 * is rendered from the master on first request and stored for the next one.
 *
 * Anything that is not there answers null (the route's 404), never an exception: an address that
 * is not a media key, an image deleted from the library (a story revision restored from before
 * the deletion still names it), a row whose files are gone, a damaged master. A deleted image is
 * gone at once even if removing its files failed: every file is served only while its row exists
 * (one indexed lookup; the answer is cached for a year by browsers and CDNs anyway).
 */

const CONTENT_TYPES: Record<string, string> = { jpg: 'image/jpeg', png: 'image/png', webp: 'image/webp' };
const VARIANT = /^w(\d+)\.webp$/;

export interface MediaFile {
  bytes: Buffer;
  contentType: string;
}

export async function readMediaFile(key: string, options: { storage?: MediaStorage } = {}): Promise<MediaFile | null> {
  const extension = key.slice(key.lastIndexOf('.') + 1);
  const contentType = CONTENT_TYPES[extension];
  if (!contentType) return null;
  try {
    assertSafeKey(key);
  } catch {
    return null;
  }
  // images/2026/11/<uuid>/w640.webp → the image images/2026/11/<uuid>, file w640.webp
  const slash = key.lastIndexOf('/');
  const baseKey = key.slice(0, slash);
  const file = key.slice(slash + 1);
  if (!baseKey.startsWith('images/')) return null;
  const image = await findImage(baseKey);
  if (!image) return null;

  const storage = options.storage ?? mediaStorage();
  const stored = await storage.get(key);
  if (stored) return { bytes: stored, contentType };

  const crop = parseCropKey(key);
  const width = VARIANT.exec(file)?.[1];
  const render = crop
    ? { name: `${crop.ratio} crop`, draw: (master: Buffer) => renderCrop(master, crop.ratio), key }
    : width && VARIANT_WIDTHS.includes(Number(width) as (typeof VARIANT_WIDTHS)[number])
      ? { name: `${width}px variant`, draw: (master: Buffer) => renderVariant(master, Number(width)), key: variantKey(baseKey, Number(width)) }
      : null;
  if (!render) return null;
  const master = await storage.get(originalKey(baseKey, masterExtension(image.mimeType)));
  if (!master) return null;
  let bytes: Buffer;
  try {
    bytes = await render.draw(master);
  } catch (error) {
    console.error(`Media: the master of ${baseKey} could not be read to make a ${render.name}:`, error);
    return null;
  }
  // Deleted while we rendered: storing now would leave files that belong to no image.
  if (await findImage(baseKey)) await storage.put(render.key, bytes);
  return { bytes, contentType };
}

function findImage(storageKey: string) {
  return db.image.findUnique({ where: { storageKey }, select: { mimeType: true } });
}
