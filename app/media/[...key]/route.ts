import { connection } from 'next/server';
import { readMediaFile } from '@/lib/media/serve';

// Stored files never change under a key (a replaced image gets a new key), so browsers and CDNs
// may keep them for a year.
export async function GET(_request: Request, { params }: RouteContext<'/media/[...key]'>) {
  await connection();
  const { key } = await params;
  let file;
  try {
    file = await readMediaFile(key.join('/'));
  } catch {
    return new Response('Not found', { status: 404 });
  }
  if (!file) return new Response('Not found', { status: 404 });
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      'Content-Type': file.contentType,
      'Content-Length': String(file.bytes.byteLength),
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
