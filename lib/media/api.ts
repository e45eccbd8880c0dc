import 'server-only';
import { Conflict, Forbidden, Invalid, NotFound, NotSignedIn } from '../auth/guard';
import { ImageRejected } from './ingest';
import { UploadRefused } from './upload';

/**
 * The media API's answers (app/api/media/**): JSON for success and for every refusal, so the
 * picker and the library page can show the message next to the file it concerns. Never a stack
 * trace: anything unexpected is logged and answered with a plain 500.
 *
 *   { "error": { "code": "forbidden", "message": "…", "fieldErrors"?: {…}, "current"?: … } }
 */

export type MediaErrorCode =
  | 'unauthenticated'
  | 'forbidden'
  | 'invalid'
  | 'rejected'
  | 'too_large'
  | 'bad_request'
  | 'not_found'
  | 'conflict'
  | 'in_use'
  | 'server_error';

export interface MediaErrorBody {
  error: { code: MediaErrorCode; message: string; fieldErrors?: Record<string, string>; current?: unknown };
}

const NO_STORE = { 'Cache-Control': 'private, no-store' };

export function mediaJson(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: NO_STORE });
}

function mediaError(status: number, error: MediaErrorBody['error']): Response {
  return mediaJson({ error } satisfies MediaErrorBody, status);
}

export function toMediaErrorResponse(error: unknown): Response {
  if (error instanceof NotSignedIn) return mediaError(401, { code: 'unauthenticated', message: error.message });
  if (error instanceof Forbidden) return mediaError(403, { code: 'forbidden', message: error.message });
  if (error instanceof Invalid) return mediaError(422, { code: 'invalid', message: error.message, fieldErrors: error.fieldErrors });
  if (error instanceof ImageRejected) return mediaError(error.reason === 'too_large' ? 413 : 422, { code: error.reason === 'too_large' ? 'too_large' : 'rejected', message: error.message });
  if (error instanceof UploadRefused) return mediaError(error.status, { code: error.status === 413 ? 'too_large' : 'bad_request', message: error.message });
  if (error instanceof NotFound) return mediaError(404, { code: 'not_found', message: error.message });
  if (error instanceof Conflict) {
    return mediaError(409, { code: error.name === 'ImageInUse' ? 'in_use' : 'conflict', message: error.message, current: error.current });
  }
  console.error('Media API failed:', error);
  return mediaError(500, { code: 'server_error', message: 'Something went wrong on our side. Nothing was changed; try again.' });
}

/** Runs a media API request, answering every refusal as JSON. */
export async function answerMediaRequest(work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    return toMediaErrorResponse(error);
  }
}

/**
 * Changes must come from our own pages. Session cookies are SameSite=Lax, which already keeps
 * them off cross-site POSTs; this refuses any request a browser marks as coming from elsewhere.
 */
export function assertSameOrigin(request: Request): void {
  const site = request.headers.get('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none') throw new Forbidden('Uploads and changes must come from this site.');
  const origin = request.headers.get('origin');
  if (!origin) return;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw new Forbidden('Uploads and changes must come from this site.');
  }
  if (!host || originHost !== host) throw new Forbidden('Uploads and changes must come from this site.');
}

/** A positive integer id from a route segment, or NotFound. */
export function idFromSegment(segment: string): number {
  const id = Number(segment);
  if (!/^\d{1,9}$/.test(segment) || !Number.isSafeInteger(id) || id < 1) throw new NotFound('That image is no longer in the library.');
  return id;
}
