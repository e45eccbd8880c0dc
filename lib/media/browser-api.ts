/**
 * The media API as the browser calls it (app/api/media/**): runs in the browser, imported by the
 * picker and the library page. Uploads use XMLHttpRequest because fetch cannot report upload
 * progress. Every refusal arrives as a MediaApiError carrying the server's message.
 */
import type { MediaErrorBody, MediaErrorCode } from './api';
import type { ImageListPage, ImageUsage, LibraryImage } from './library';

export type { ImageListPage, ImageUsage, LibraryImage };

/** What the picker hands to its caller. */
export interface PickedImage {
  id: number;
  storageKey: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string;
}

export function toPickedImage(image: LibraryImage): PickedImage {
  const { id, storageKey, width, height, alt, caption, credit } = image;
  return { id, storageKey, width, height, alt, caption, credit };
}

export class MediaApiError extends Error {
  constructor(
    message: string,
    readonly code: MediaErrorCode | 'network',
    readonly status: number,
    readonly fieldErrors: Record<string, string> = {},
    readonly current?: unknown,
  ) {
    super(message);
    this.name = 'MediaApiError';
  }
}

const IMAGES = '/api/media/images';

function errorFrom(status: number, body: unknown, method = 'GET'): MediaApiError {
  const error = (body as Partial<MediaErrorBody> | null)?.error;
  if (error && typeof error.message === 'string') {
    return new MediaApiError(error.message, error.code ?? 'server_error', status, error.fieldErrors, error.current);
  }
  if (status === 413) return new MediaApiError('The file is too large to upload.', 'too_large', status);
  if (method === 'GET') return new MediaApiError(`The server answered ${status}. Try again in a moment.`, 'server_error', status);
  // Not the newsroom's own answer to a change (a proxy's 502, a page of HTML): whether it was
  // carried out before the answer went astray cannot be told from here.
  return new MediaApiError(`The server’s answer was lost (${status}). The change may have been made: reload to see before trying again.`, 'server_error', status);
}

async function call<T>(input: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(input, { ...init, credentials: 'same-origin', headers: { Accept: 'application/json', ...init.headers } });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new MediaApiError('Could not reach the newsroom. Check your connection and try again.', 'network', 0);
  }
  if (response.status === 204) return undefined as T;
  let body: unknown = null;
  try {
    body = await response.json();
  } catch (error) {
    // Aborted while the body arrived (a newer search replaced this one): not an answer at all.
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
  }
  if (!response.ok) throw errorFrom(response.status, body, init.method ?? 'GET');
  if (body === null) throw new MediaApiError('The newsroom’s answer could not be read. Try again.', 'server_error', response.status);
  return body as T;
}

export interface ImageQuery {
  query?: string;
  page?: number;
  pageSize?: number;
  missingAlt?: boolean;
  mine?: boolean;
}

export function fetchImages(query: ImageQuery, signal?: AbortSignal): Promise<ImageListPage> {
  const params = new URLSearchParams();
  if (query.query) params.set('query', query.query);
  if (query.page) params.set('page', String(query.page));
  if (query.pageSize) params.set('pageSize', String(query.pageSize));
  if (query.missingAlt) params.set('missingAlt', 'true');
  if (query.mine) params.set('mine', 'true');
  return call<ImageListPage>(`${IMAGES}?${params}`, { signal });
}

export function fetchImage(id: number, signal?: AbortSignal): Promise<{ image: LibraryImage; usage: ImageUsage }> {
  return call(`${IMAGES}/${id}`, { signal });
}

export interface ImageDetailsEdit {
  alt: string;
  caption: string;
  credit: string;
  /** The image's `updatedAt` when editing began. */
  updatedAt: string;
}

export async function saveImageDetails(id: number, edit: ImageDetailsEdit): Promise<LibraryImage> {
  const { image } = await call<{ image: LibraryImage }>(`${IMAGES}/${id}`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(edit),
  });
  return image;
}

export function deleteLibraryImage(id: number): Promise<void> {
  return call<void>(`${IMAGES}/${id}`, { method: 'DELETE' });
}

export interface UploadHandle {
  done: Promise<LibraryImage>;
  abort(): void;
}

/** Uploads one file; `onProgress` gets the share sent so far (0–1). */
export function uploadImage(file: File, fields: { alt?: string; caption?: string; credit?: string }, onProgress: (sent: number) => void): UploadHandle {
  const request = new XMLHttpRequest();
  const done = new Promise<LibraryImage>((resolve, reject) => {
    const form = new FormData();
    form.set('file', file, file.name);
    for (const [name, value] of Object.entries(fields)) if (value) form.set(name, value);
    request.open('POST', IMAGES);
    request.responseType = 'json';
    request.setRequestHeader('Accept', 'application/json');
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      const image = (request.response as { image?: LibraryImage } | null)?.image;
      if (request.status === 201 && image) resolve(image);
      // A 201 whose body did not arrive whole: the picture is most likely in the library.
      else if (request.status === 201) reject(new MediaApiError('The upload arrived, but the server’s answer was cut off. Look for the picture in the library before uploading it again.', 'server_error', 201));
      else reject(errorFrom(request.status, request.response, 'POST'));
    };
    request.onerror = () => reject(new MediaApiError('The upload was interrupted. Check your connection and try again.', 'network', 0));
    request.onabort = () => reject(new DOMException('Upload cancelled', 'AbortError'));
    request.send(form);
  });
  return { done, abort: () => request.abort() };
}
