import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The scheduler runs outside any request, but expiring cache tags needs Next's request context.
 * So it asks its own server: POST /api/internal/expire-tags with a token derived from
 * AUTH_SECRET (never the secret itself), which only this deployment can produce.
 */
export const EXPIRE_TAGS_PATH = '/api/internal/expire-tags';

export function internalToken(secret = process.env.AUTH_SECRET): string {
  if (!secret) throw new Error('AUTH_SECRET is not set; the scheduler cannot reach its own server.');
  return createHmac('sha256', secret).update('dateline:internal:expire-tags').digest('base64url');
}

export function isValidInternalToken(presented: string | null): boolean {
  if (!presented || !process.env.AUTH_SECRET) return false;
  const expected = Buffer.from(internalToken());
  const actual = Buffer.from(presented);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** Only names lib/content/tags.ts can produce are accepted. */
const KNOWN_TAG = /^(?:settings|sections|story-lists|gallery-lists|redirects|(?:story|section|tag|author|gallery|image):\d{1,12}|page:[a-z0-9-]{1,100})$/;

export function isKnownCacheTag(tag: string): boolean {
  return KNOWN_TAG.test(tag);
}

/** Where this process's own server listens (next start sets PORT once it is listening). */
export function ownOrigin(): string | null {
  if (process.env.DATELINE_INTERNAL_ORIGIN) return process.env.DATELINE_INTERNAL_ORIGIN.replace(/\/+$/, '');
  if (!process.env.PORT) return null;
  return `http://127.0.0.1:${process.env.PORT}`;
}

export async function requestExpiry(tags: string[]): Promise<void> {
  const origin = ownOrigin();
  if (!origin) throw new Error('The server port is not known yet.');
  const response = await fetch(`${origin}${EXPIRE_TAGS_PATH}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${internalToken()}` },
    body: JSON.stringify({ tags }),
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) throw new Error(`expire-tags answered ${response.status}`);
}
