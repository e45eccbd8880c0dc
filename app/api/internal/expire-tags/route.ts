import { z } from 'zod';
import { expireCachedContent } from '@/lib/content/revalidate';
import { isKnownCacheTag, isValidInternalToken } from '@/lib/editorial/internal-expiry';

const body = z.object({ tags: z.array(z.string().max(256)).min(1).max(500) });

/** Called by the in-process scheduler (lib/editorial/scheduler-runner.ts) on its own server. */
export async function POST(request: Request) {
  const token = request.headers.get('authorization')?.replace(/^Bearer /, '') ?? null;
  if (!isValidInternalToken(token)) return Response.json({ error: 'forbidden' }, { status: 403 });
  const parsed = body.safeParse(await request.json().catch(() => null));
  if (!parsed.success || !parsed.data.tags.every(isKnownCacheTag)) return Response.json({ error: 'invalid tags' }, { status: 400 });
  expireCachedContent(parsed.data.tags);
  return Response.json({ expired: parsed.data.tags.length });
}
