import { requireActor } from '@/lib/auth/guard';
import { expireCachedContent } from '@/lib/content/revalidate';
import { answerMediaRequest, assertSameOrigin, idFromSegment, mediaJson } from '@/lib/media/api';
import { deleteImage, getImage, imageUsage, updateImageDetails, type UpdateImageDetailsInput } from '@/lib/media/library';
import { readJsonBody } from '@/lib/media/upload';

/**
 * One library image:
 *   GET                                            → 200 { image, usage }
 *   PATCH { alt, caption, credit, updatedAt }      → 200 { image }   (409 with `current` when stale)
 *   DELETE                                         → 204             (409 `in_use` with the usage)
 */

export async function GET(_request: Request, { params }: RouteContext<'/api/media/images/[id]'>) {
  return answerMediaRequest(async () => {
    const actor = await requireActor();
    const id = idFromSegment((await params).id);
    const image = await getImage(actor, id);
    return mediaJson({ image, usage: await imageUsage(actor, id) });
  });
}

export async function PATCH(request: Request, { params }: RouteContext<'/api/media/images/[id]'>) {
  return answerMediaRequest(async () => {
    assertSameOrigin(request);
    const actor = await requireActor();
    const id = idFromSegment((await params).id);
    const body = await readJsonBody(request);
    // Untrusted until updateImageDetails validates it with its zod schema (field errors → 422).
    const input = { ...(typeof body === 'object' && body !== null ? body : {}), id } as UpdateImageDetailsInput;
    const { image, expire } = await updateImageDetails(actor, input);
    expireCachedContent(expire);
    return mediaJson({ image });
  });
}

export async function DELETE(request: Request, { params }: RouteContext<'/api/media/images/[id]'>) {
  return answerMediaRequest(async () => {
    assertSameOrigin(request);
    const actor = await requireActor();
    await deleteImage(actor, idFromSegment((await params).id));
    return new Response(null, { status: 204, headers: { 'Cache-Control': 'private, no-store' } });
  });
}
