import http from 'node:http';
import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { newStaff, signInAs } from './support';

/** The upload route over real HTTP: who may, what is refused, and how. */

test('without a session the media API answers 401 in JSON', async ({ request }) => {
  const list = await request.get('/api/media/images');
  expect(list.status()).toBe(401);
  expect(await list.json()).toEqual({ error: { code: 'unauthenticated', message: 'Your session has ended. Sign in again.' } });
  const upload = await request.post('/api/media/images', { multipart: { file: { name: 'a.jpg', mimeType: 'image/jpeg', buffer: Buffer.from([0xff, 0xd8, 0xff]) } } });
  expect(upload.status()).toBe(401);
});

test('uploads are refused by content, by size while streaming, and from other sites', async ({ page, baseURL }) => {
  const author = await newStaff('AUTHOR');
  await signInAs(page, author);

  const svg = await page.request.post('/api/media/images', {
    multipart: { file: { name: 'chart.png', mimeType: 'image/png', buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>') } },
  });
  expect(svg.status()).toBe(422);
  expect(await svg.json()).toEqual({ error: { code: 'rejected', message: 'SVG files are not accepted. Upload a JPEG, PNG, WebP, AVIF or GIF image.' } });

  const foreign = await page.request.post('/api/media/images', {
    headers: { Origin: 'https://elsewhere.example' },
    multipart: { file: { name: 'a.jpg', mimeType: 'image/jpeg', buffer: await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } }).jpeg().toBuffer() } },
  });
  expect(foreign.status()).toBe(403);

  // 25 MB sent without a Content-Length (chunked), as an endless upload would be: the server
  // answers 413 once it has read past the limit, without waiting for the rest.
  const cookie = (await page.context().cookies()).map((entry) => `${entry.name}=${entry.value}`).join('; ');
  const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
    const request = http.request(new URL('/api/media/images', baseURL), {
      method: 'POST',
      headers: { Cookie: cookie, 'Content-Type': 'multipart/form-data; boundary=limit', 'Transfer-Encoding': 'chunked' },
    });
    request.on('response', (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on('error', reject);
    request.write('--limit\r\nContent-Disposition: form-data; name="file"; filename="huge.jpg"\r\nContent-Type: image/jpeg\r\n\r\n');
    const chunk = Buffer.alloc(1024 * 1024, 0xab);
    let sent = 0;
    const pump = () => {
      while (sent < 25) {
        sent += 1;
        if (!request.write(chunk)) return void request.once('drain', pump);
      }
      request.end('\r\n--limit--\r\n');
    };
    request.on('response', () => (sent = 25));
    pump();
  });
  expect(answer.status).toBe(413);
  expect(JSON.parse(answer.body)).toEqual({ error: { code: 'too_large', message: 'The file is larger than 20.0 MB, the limit for one image.' } });
});
