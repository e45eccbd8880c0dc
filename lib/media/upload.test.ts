import { describe, expect, it } from 'vitest';
import { MAX_UPLOAD_BYTES } from './limits';
import { readImageUpload, readJsonBody, UploadRefused } from './upload';

const URL_ = 'http://newsroom.test/api/media/images';

function formRequest(form: FormData): Request {
  return new Request(URL_, { method: 'POST', body: form });
}

async function refusal(promise: Promise<unknown>): Promise<UploadRefused> {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(UploadRefused);
  return error as UploadRefused;
}

/** A body that never ends, 256 KB at a time, counting how much anyone read from it. */
function endlessBody() {
  const chunk = new Uint8Array(256 * 1024);
  const counter = { bytes: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      counter.bytes += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { stream, counter };
}

describe('readImageUpload', () => {
  it('reads one file with its name and optional words', async () => {
    const form = new FormData();
    form.set('file', new File([new Uint8Array([0xff, 0xd8, 0xff, 1, 2, 3])], 'Gəncə.jpg', { type: 'image/jpeg' }));
    form.set('alt', 'Market stalls');
    form.set('credit', 'Staff');
    const upload = await readImageUpload(formRequest(form));
    expect(upload).toEqual({ bytes: Buffer.from([0xff, 0xd8, 0xff, 1, 2, 3]), filename: 'Gəncə.jpg', alt: 'Market stalls', caption: undefined, credit: 'Staff' });
  });

  it('insists on exactly one file per request', async () => {
    const none = new FormData();
    none.set('alt', 'no file');
    expect((await refusal(readImageUpload(formRequest(none)))).message).toBe('Send exactly one image per request, in a field named "file".');
    const two = new FormData();
    two.append('file', new File(['a'], 'a.jpg'));
    two.append('file', new File(['b'], 'b.jpg'));
    expect((await refusal(readImageUpload(formRequest(two)))).status).toBe(400);
  });

  it('refuses a body that is not multipart form data', async () => {
    const error = await refusal(readImageUpload(new Request(URL_, { method: 'POST', body: 'raw bytes', headers: { 'content-type': 'image/jpeg' } })));
    expect(error.status).toBe(415);
  });

  it('refuses at once when the declared length is above the limit, reading nothing', async () => {
    const { stream, counter } = endlessBody();
    const request = new Request(URL_, {
      method: 'POST',
      body: stream,
      duplex: 'half',
      headers: { 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(MAX_UPLOAD_BYTES * 2) },
    } as RequestInit);
    const error = await refusal(readImageUpload(request));
    expect(error).toMatchObject({ status: 413, message: 'The file is larger than 20.0 MB, the limit for one image.' });
    expect(counter.bytes).toBeLessThanOrEqual(256 * 1024);
  });

  it('stops reading an undeclared, endless body just past the limit', async () => {
    const { stream, counter } = endlessBody();
    const request = new Request(URL_, { method: 'POST', body: stream, duplex: 'half', headers: { 'content-type': 'multipart/form-data; boundary=x' } } as RequestInit);
    const limit = 1024 * 1024;
    const error = await refusal(readImageUpload(request, limit));
    expect(error.status).toBe(413);
    // The limit, the form's 64 KB allowance, and at most a few chunks in flight.
    expect(counter.bytes).toBeLessThan(limit + 64 * 1024 + 4 * 256 * 1024);
  });

  it('refuses a file above the limit even when the form around it fits the allowance', async () => {
    const form = new FormData();
    form.set('file', new File([new Uint8Array(1024 * 1024 + 10)], 'big.jpg'));
    const error = await refusal(readImageUpload(formRequest(form), 1024 * 1024));
    expect(error.status).toBe(413);
  });

  it('answers a body cut off mid-form with a request error, not a crash', async () => {
    const request = new Request(URL_, {
      method: 'POST',
      body: '--x\r\nContent-Disposition: form-data; name="file"; filename="a.jpg"\r\n\r\nhalf a fi',
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
    });
    const error = await refusal(readImageUpload(request));
    expect(error).toMatchObject({ status: 400, message: 'The upload was cut off or is not a valid form. Try again.' });
  });
});

describe('readJsonBody', () => {
  it('parses a small JSON body and refuses a large or malformed one', async () => {
    expect(await readJsonBody(new Request(URL_, { method: 'PATCH', body: '{"alt":"x"}' }))).toEqual({ alt: 'x' });
    expect((await refusal(readJsonBody(new Request(URL_, { method: 'PATCH', body: 'x'.repeat(40_000) })))).status).toBe(413);
    expect((await refusal(readJsonBody(new Request(URL_, { method: 'PATCH', body: '{alt:' })))).status).toBe(400);
  });
});
