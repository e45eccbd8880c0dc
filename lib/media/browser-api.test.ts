import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fetchImages, MediaApiError } from './browser-api';

/**
 * The picker's calls against a real HTTP server: a search replaced while its answer is still
 * arriving must end as an abort (ignored), never as an empty answer that breaks the picker.
 */

let server: http.Server;
let answer: (response: http.ServerResponse) => void;

beforeAll(async () => {
  server = http.createServer((_request, response) => answer(response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const realFetch = globalThis.fetch;
  // The browser resolves the API's path against the page; here, against the test server.
  vi.stubGlobal('fetch', (input: string, init?: RequestInit) => realFetch(`${base}${input}`, init));
});

afterAll(async () => {
  vi.unstubAllGlobals();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('fetchImages', () => {
  it('rejects with an AbortError when aborted while the answer’s body is arriving', async () => {
    const headersSent = new Promise<void>((resolve) => {
      answer = (response) => {
        response.writeHead(200, { 'Content-Type': 'application/json' });
        response.write('{"images":[{"id":1,');
        resolve();
      };
    });
    const controller = new AbortController();
    const pending = fetchImages({ query: 'quay' }, controller.signal);
    await headersSent;
    await new Promise((resolve) => setTimeout(resolve, 50));
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('says so when a successful answer cannot be read', async () => {
    answer = (response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end('{"images":');
    };
    const error = await fetchImages({}).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MediaApiError);
    expect(error).toMatchObject({ code: 'server_error', message: 'The newsroom’s answer could not be read. Try again.' });
  });

  it('returns the page the server sent', async () => {
    answer = (response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify({ images: [], page: 1, pageCount: 1, total: 0 }));
    };
    expect(await fetchImages({ query: 'quay' })).toEqual({ images: [], page: 1, pageCount: 1, total: 0 });
  });
});
