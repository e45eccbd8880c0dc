import { ALT_MAX, CAPTION_MAX, CREDIT_MAX, describeBytes, MAX_UPLOAD_BYTES } from './limits';

/**
 * Reads one uploaded image from a multipart request without ever holding more than the limit:
 * the body is counted as it streams in and reading stops at the first byte past the limit, so a
 * huge or endless upload costs us at most MAX_UPLOAD_BYTES plus the form's small overhead.
 *
 * One file per request, in the field `file`, so the browser can show progress per file; optional
 * text fields `alt`, `caption` and `credit` travel with it.
 */

/** Room for the multipart boundaries, part headers and the three text fields. */
const FORM_OVERHEAD = 64 * 1024;

export interface ImageUpload {
  bytes: Buffer;
  filename: string;
  alt?: string;
  caption?: string;
  credit?: string;
}

/** A request we cannot take, with the HTTP status that says why. */
export class UploadRefused extends Error {
  constructor(
    message: string,
    readonly status: 400 | 411 | 413 | 415,
  ) {
    super(message);
    this.name = 'UploadRefused';
  }
}

const tooLarge = () => new UploadRefused(`The file is larger than ${describeBytes(MAX_UPLOAD_BYTES)}, the limit for one image.`, 413);

/** The body as a stream that errors (cancelling the upload) at the first byte past `limit`. */
export function readLimitedBody(request: Request, limit: number, refusal: () => UploadRefused = tooLarge): ReadableStream<Uint8Array> {
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > limit) throw refusal();
  if (!request.body) throw new UploadRefused('The request has no body.', 400);
  let received = 0;
  return request.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        received += chunk.byteLength;
        if (received > limit) controller.error(refusal());
        else controller.enqueue(chunk);
      },
    }),
  );
}

export async function readImageUpload(request: Request, limit = MAX_UPLOAD_BYTES): Promise<ImageUpload> {
  const contentType = request.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data\s*;/i.test(contentType)) {
    throw new UploadRefused('Send the image as multipart/form-data with one field named "file".', 415);
  }
  const body = readLimitedBody(request, limit + FORM_OVERHEAD);
  let form: FormData;
  try {
    form = await new Response(body, { headers: { 'content-type': contentType } }).formData();
  } catch (error) {
    if (error instanceof UploadRefused) throw error;
    // undici wraps the stream's error; our refusal may be its cause.
    if (error instanceof Error && error.cause instanceof UploadRefused) throw error.cause;
    throw new UploadRefused('The upload was cut off or is not a valid form. Try again.', 400);
  }

  const files = form.getAll('file').filter((entry): entry is File => typeof entry !== 'string');
  if (files.length !== 1) throw new UploadRefused('Send exactly one image per request, in a field named "file".', 400);
  const [file] = files;
  if (file.size > limit) throw tooLarge();

  const text = (name: string, max: number): string | undefined => {
    const value = form.get(name);
    if (typeof value !== 'string') return undefined;
    // The domain validates lengths with field messages; this only stops absurd input early.
    if (value.length > max * 4) throw new UploadRefused(`The ${name} is far too long.`, 400);
    return value;
  };
  return {
    bytes: Buffer.from(await file.arrayBuffer()),
    filename: file.name,
    alt: text('alt', ALT_MAX),
    caption: text('caption', CAPTION_MAX),
    credit: text('credit', CREDIT_MAX),
  };
}

/** A small JSON body (an edit form), refused past `limit` bytes. */
export async function readJsonBody(request: Request, limit = 32 * 1024): Promise<unknown> {
  const refusal = () => new UploadRefused('The request is too large.', 413);
  let text: string;
  try {
    text = await new Response(readLimitedBody(request, limit, refusal)).text();
  } catch (error) {
    if (error instanceof UploadRefused) throw error;
    if (error instanceof Error && error.cause instanceof UploadRefused) throw error.cause;
    throw new UploadRefused('The request was cut off. Try again.', 400);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new UploadRefused('The request is not valid JSON.', 400);
  }
}
