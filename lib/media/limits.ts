/**
 * Upload limits and accepted types, shared by the server (which enforces them) and the browser
 * (which checks early so nobody waits for a 25 MB upload to be refused). No server dependencies.
 */

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
export const MAX_PIXELS = 60_000_000;

/** What file inputs offer; the server decides by content regardless. */
export const ACCEPTED_MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif'] as const;
export const ACCEPTED_NAMES = 'JPEG, PNG, WebP, AVIF or GIF';

export function describeBytes(bytes: number): string {
  if (bytes >= 1048576) return `${(bytes / 1048576).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return bytes === 1 ? '1 byte' : `${bytes} bytes`;
}

/** Lengths of an image's words; the story document schema allows the same for a figure. */
export const ALT_MAX = 1000;
export const CAPTION_MAX = 1000;
export const CREDIT_MAX = 300;
export const FILENAME_MAX = 255;
