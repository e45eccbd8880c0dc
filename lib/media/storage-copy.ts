import type { MediaStorage } from './storage';

/**
 * Copies every file from one media storage to another (switching MEDIA_STORAGE on a site that
 * already has pictures). Writes replace, so a copy that stopped half way is simply run again;
 * the source is left as it was.
 */
export async function copyMedia(from: MediaStorage, to: MediaStorage, onProgress: (copied: number) => void = () => {}): Promise<number> {
  let copied = 0;
  for await (const key of from.keys()) {
    const bytes = await from.get(key);
    // Removed since it was listed (an image deleted meanwhile): nothing to copy.
    if (!bytes) continue;
    await to.put(key, bytes);
    copied += 1;
    if (copied % 100 === 0) onProgress(copied);
  }
  return copied;
}
