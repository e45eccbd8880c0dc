import { describe, expect, it } from 'vitest';
import { Conflict, Forbidden, Invalid, NotFound, NotSignedIn } from '../auth/guard';
import { assertSameOrigin, idFromSegment, toMediaErrorResponse } from './api';
import { ImageRejected } from './ingest';
import { UploadRefused } from './upload';

const request = (headers: Record<string, string>) => new Request('http://newsroom.test/api/media/images', { method: 'POST', headers });

describe('assertSameOrigin', () => {
  it('lets the newsroom’s own pages through, and requests without browser origin headers', () => {
    expect(() => assertSameOrigin(request({ host: 'newsroom.test', origin: 'http://newsroom.test', 'sec-fetch-site': 'same-origin' }))).not.toThrow();
    expect(() => assertSameOrigin(request({ host: 'newsroom.test' }))).not.toThrow();
    expect(() => assertSameOrigin(request({ host: '127.0.0.1:3000', 'x-forwarded-host': 'news.example', origin: 'https://news.example' }))).not.toThrow();
  });

  it('refuses a request another site’s page makes', () => {
    expect(() => assertSameOrigin(request({ host: 'newsroom.test', origin: 'https://evil.example' }))).toThrow(Forbidden);
    expect(() => assertSameOrigin(request({ host: 'newsroom.test', 'sec-fetch-site': 'cross-site' }))).toThrow(Forbidden);
    expect(() => assertSameOrigin(request({ host: 'newsroom.test', 'sec-fetch-site': 'same-site', origin: 'http://newsroom.test' }))).toThrow(Forbidden);
    expect(() => assertSameOrigin(request({ host: 'newsroom.test', origin: 'null' }))).toThrow(Forbidden);
  });
});

describe('toMediaErrorResponse', () => {
  it.each([
    [new NotSignedIn(), 401, 'unauthenticated'],
    [new Forbidden(), 403, 'forbidden'],
    [new Invalid('Alt text can be at most 1000 characters.', { alt: 'Alt text can be at most 1000 characters.' }), 422, 'invalid'],
    [new ImageRejected('SVG files are not accepted.', 'type'), 422, 'rejected'],
    [new ImageRejected('The file is 21.0 MB; the limit is 20.0 MB.', 'too_large'), 413, 'too_large'],
    [new UploadRefused('Too big', 413), 413, 'too_large'],
    [new UploadRefused('Not a form', 415), 415, 'bad_request'],
    [new NotFound(), 404, 'not_found'],
    [new Conflict('Someone else saved first', { alt: 'theirs' }), 409, 'conflict'],
  ])('answers %s as %i %s in JSON', async (error, status, code) => {
    const response = toMediaErrorResponse(error);
    expect(response.status).toBe(status);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(await response.json()).toMatchObject({ error: { code, message: error.message } });
  });

  it('hides an unexpected failure behind a plain message', async () => {
    const original = console.error;
    console.error = () => {};
    try {
      const response = toMediaErrorResponse(new Error('connection terminated unexpectedly at pg/lib/client.js:132'));
      expect(response.status).toBe(500);
      expect(JSON.stringify(await response.json())).not.toContain('pg/lib');
    } finally {
      console.error = original;
    }
  });
});

describe('idFromSegment', () => {
  it('accepts positive integers only', () => {
    expect(idFromSegment('42')).toBe(42);
    for (const segment of ['0', '-1', '1.5', '1e3', 'abc', '9999999999', '']) expect(() => idFromSegment(segment), segment).toThrow(NotFound);
  });
});
