import { assertCan, requireActor } from '@/lib/auth/guard';
import { answerMediaRequest, assertSameOrigin, mediaJson } from '@/lib/media/api';
import { createImage, listImages } from '@/lib/media/library';
import { readImageUpload } from '@/lib/media/upload';

/**
 * The media library for the newsroom's own pages (the picker, /admin/media):
 *   GET  ?query=&page=&pageSize=&missingAlt=&mine=   → 200 ImageListPage
 *   POST multipart/form-data: file (one image), alt?, caption?, credit?  → 201 { image }
 * Refusals are JSON (lib/media/api.ts).
 */

export async function GET(request: Request) {
  return answerMediaRequest(async () => {
    const actor = await requireActor();
    const params = new URL(request.url).searchParams;
    const input = Object.fromEntries(['query', 'page', 'pageSize', 'missingAlt', 'mine'].flatMap((name) => (params.has(name) ? [[name, params.get(name)]] : [])));
    return mediaJson(await listImages(actor, input));
  });
}

export async function POST(request: Request) {
  return answerMediaRequest(async () => {
    assertSameOrigin(request);
    const actor = await requireActor();
    // Refuse before reading a single byte of the file (createImage checks again).
    assertCan(actor, 'uploadImages', 'Your role cannot upload images. Ask an editor to add the picture to the library.');
    const upload = await readImageUpload(request);
    return mediaJson({ image: await createImage(actor, upload) }, 201);
  });
}
