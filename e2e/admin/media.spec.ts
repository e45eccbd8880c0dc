import { randomBytes } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import sharp from 'sharp';
import { createImage } from '../../lib/testing/newsroom';
import { db, newStaff, signInAs } from './support';

/**
 * The media library as the newsroom uses it: uploading several pictures with progress per file
 * (file input and drag and drop), the alt-text prompt, search, editing words, "where is this
 * used", and deleting only what nothing uses.
 */

const word = () => `w${randomBytes(4).toString('hex')}`;

function photo(background: string, width = 1200, height = 800): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background } }).jpeg().toBuffer();
}

/** Random pixels compress badly: a big enough file for the upload to take a visible moment. */
function noisyPhoto(): Promise<Buffer> {
  const width = 900;
  const height = 700;
  return sharp(randomBytes(width * height * 3), { raw: { width, height, channels: 3 } }).jpeg({ quality: 95 }).toBuffer();
}

async function uploadThroughApi(page: Page, name: string, fields: { alt?: string; caption?: string; credit?: string } = {}) {
  const response = await page.request.post('/api/media/images', {
    multipart: { file: { name, mimeType: 'image/jpeg', buffer: await photo('#446688') }, ...fields },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { image: { id: number; storageKey: string } }).image;
}

test('an Author uploads several images at once, with progress per file, by file input and by drag and drop', async ({ page }) => {
  const author = await newStaff('AUTHOR');
  await signInAs(page, author, '/admin/media');
  await expect(page.getByRole('heading', { level: 1, name: 'Media library' })).toBeVisible();

  // A slow uplink, so progress is visible the way it is on a newsroom's hotel Wi-Fi.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: 512 * 1024 });

  const batch = word();
  await page.getByLabel('Choose images').setInputFiles([
    { name: `${batch}-harbour.jpg`, mimeType: 'image/jpeg', buffer: await noisyPhoto() },
    { name: `${batch}-market.jpg`, mimeType: 'image/jpeg', buffer: await photo('#c0392b') },
    { name: `${batch}-minutes.jpg`, mimeType: 'image/jpeg', buffer: Buffer.from('Minutes of the editorial meeting') },
  ]);

  const uploads = page.getByRole('list', { name: 'Uploads' });
  const row = (name: string) => uploads.getByRole('listitem').filter({ hasText: name });
  await expect(row(`${batch}-harbour.jpg`)).toContainText(/Uploading \d+%/);
  await expect(row(`${batch}-harbour.jpg`).getByRole('progressbar', { name: `Upload of ${batch}-harbour.jpg` })).toBeVisible();
  await expect(row(`${batch}-harbour.jpg`)).toContainText('Uploaded', { timeout: 30_000 });
  await expect(row(`${batch}-market.jpg`)).toContainText('Uploaded');
  await expect(row(`${batch}-minutes.jpg`)).toContainText('Failed');
  await expect(row(`${batch}-minutes.jpg`)).toContainText('This file is not an image we accept (JPEG, PNG, WebP, AVIF or GIF).');
  // A screen reader hears the whole batch once it is over, not only the file that ended last.
  await expect(page.getByRole('status').filter({ hasText: 'Uploads finished' })).toHaveText(
    `Uploads finished: 2 images uploaded; 1 could not be: ${batch}-minutes.jpg (This file is not an image we accept (JPEG, PNG, WebP, AVIF or GIF)).`,
  );
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });

  // Drag and drop from the desktop.
  const dropped = await sharp({ create: { width: 640, height: 480, channels: 4, background: { r: 0, g: 120, b: 60, alpha: 0.6 } } }).png().toBuffer();
  const dataTransfer = await page.evaluateHandle(
    ({ bytes, name }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], name, { type: 'image/png' }));
      return transfer;
    },
    { bytes: [...dropped], name: `${batch}-dropped.png` },
  );
  const dropzone = page.getByText('Drag images here, or').locator('..');
  await dropzone.dispatchEvent('dragenter', { dataTransfer });
  await dropzone.dispatchEvent('drop', { dataTransfer });
  await expect(row(`${batch}-dropped.png`)).toContainText('Uploaded');

  // The alt-text prompt under a finished upload.
  await row(`${batch}-market.jpg`).getByRole('textbox', { name: 'Alt text' }).fill('Stalls at the Şəki market at dawn');
  await row(`${batch}-market.jpg`).getByRole('button', { name: 'Save alt text' }).click();
  await expect(row(`${batch}-market.jpg`).getByRole('status')).toHaveText('Saved.');

  const stored = await db.image.findMany({ where: { originalFilename: { startsWith: batch } }, orderBy: { originalFilename: 'asc' } });
  expect(stored.map((image) => [image.originalFilename, image.uploadedById, image.alt])).toEqual([
    [`${batch}-dropped.png`, author.id, ''],
    [`${batch}-harbour.jpg`, author.id, ''],
    [`${batch}-market.jpg`, author.id, 'Stalls at the Şəki market at dawn'],
  ]);
  expect(stored.find((image) => image.originalFilename.endsWith('.png'))?.mimeType).toBe('image/png');

  // The library below now holds them, newest first.
  await expect(page.getByRole('list', { name: 'Images' }).getByRole('link', { name: 'Stalls at the Şəki market at dawn' })).toBeVisible();
});

test('an upload whose answer is cut off says the picture may be in the library, and the files after it still go', async ({ page }) => {
  const author = await newStaff('AUTHOR');
  await signInAs(page, author, '/admin/media');
  const batch = word();
  // The first upload reaches the server and is stored; half of its answer arrives.
  let cut = false;
  await page.route('**/api/media/images', async (route) => {
    if (route.request().method() !== 'POST' || cut) return route.continue();
    cut = true;
    const response = await route.fetch();
    await route.fulfill({ status: 201, contentType: 'application/json', body: (await response.text()).slice(0, 12) });
  });
  await page.getByLabel('Choose images').setInputFiles(
    await Promise.all(['#7d3c98', '#1e8449', '#b03a2e'].map(async (colour, index) => ({ name: `${batch}-${index}.jpg`, mimeType: 'image/jpeg', buffer: await photo(colour) }))),
  );
  const rows = page.getByRole('list', { name: 'Uploads' }).getByRole('listitem');
  await expect(rows.filter({ hasText: 'Uploaded' })).toHaveCount(2);
  await expect(rows.filter({ hasText: 'Failed' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'Failed' })).toContainText('The upload arrived, but the server’s answer was cut off. Look for the picture in the library before uploading it again.');
  expect(await db.image.count({ where: { originalFilename: { startsWith: batch } } })).toBe(3);
});

test('an Editor searches, fixes alt text, sees where an image is used, and cannot delete it while it is', async ({ page }) => {
  const editor = await newStaff('EDITOR');
  await signInAs(page, editor, '/admin/media');
  const topic = word();
  const used = await uploadThroughApi(page, `${topic}-parliament.jpg`, { alt: 'Members of parliament vote', caption: `Budget vote ${topic}`, credit: 'Reuters' });
  const unused = await uploadThroughApi(page, `${topic}-spare.jpg`, { alt: 'A spare picture' });
  const section = await db.section.findFirstOrThrow();
  const story = await db.article.create({
    data: { slug: `budget-${topic}`, headline: `Parliament passes the budget ${topic}`, body: { type: 'doc', content: [] }, sectionId: section.id, createdById: editor.id, heroImageId: used.id },
  });

  // Search by a word of the caption: both images carry it only in their file names or caption.
  await page.getByRole('searchbox', { name: 'Search the library' }).fill(topic);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: /images? matching/ })).toHaveText(`2 images matching “${topic}”`);
  await page.getByRole('searchbox', { name: 'Search the library' }).fill(`reuters ${topic}`);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: /images? matching/ })).toHaveText(`1 image matching “reuters ${topic}”`);

  // Fix the alt text.
  await page.getByRole('link', { name: 'Members of parliament vote' }).click();
  const details = page.getByRole('region', { name: `${topic}-parliament.jpg` });
  await details.getByRole('textbox', { name: 'Alt text' }).fill('Members of parliament raise their hands in the budget vote');
  await details.getByRole('button', { name: 'Save details' }).click();
  await expect(details.getByRole('status')).toHaveText('Saved.');
  await expect(page.getByRole('list', { name: 'Images' }).getByRole('link', { name: 'Members of parliament raise their hands in the budget vote' })).toBeVisible();
  expect((await db.image.findUniqueOrThrow({ where: { id: used.id } })).alt).toBe('Members of parliament raise their hands in the budget vote');

  // Where it is used, and the refusal to delete it.
  const usage = details.getByRole('region', { name: 'Where it is used' });
  await expect(usage.getByRole('link', { name: story.headline })).toHaveAttribute('href', `/admin/stories/${story.id}`);
  await expect(usage).toContainText('Main image of');
  // From the keyboard: the question takes focus, "Keep it" gives it back.
  await details.getByRole('button', { name: 'Delete image' }).press('Enter');
  await expect(details.getByRole('button', { name: 'Yes, delete' })).toBeFocused();
  await details.getByRole('button', { name: 'Keep it' }).press('Enter');
  await expect(details.getByRole('button', { name: 'Delete image' })).toBeFocused();
  await details.getByRole('button', { name: 'Delete image' }).click();
  await details.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(details.getByRole('alert')).toHaveText('This image is used in 1 story. Remove it from there first; then it can be deleted.');
  await expect(details.getByRole('button', { name: 'Delete image' })).toBeFocused();
  expect(await db.image.findUnique({ where: { id: used.id } })).not.toBeNull();

  // An unused one goes: row, files and all.
  await page.goto(`/admin/media?q=${topic}&image=${unused.id}`);
  const spare = page.getByRole('region', { name: `${topic}-spare.jpg` });
  await expect(spare.getByRole('region', { name: 'Where it is used' })).toHaveText(/Not used anywhere/);
  await spare.getByRole('button', { name: 'Delete image' }).click();
  await spare.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(page.getByRole('list', { name: 'Images' }).getByRole('link', { name: 'A spare picture' })).toHaveCount(0);
  expect(await db.image.findUnique({ where: { id: unused.id } })).toBeNull();
  expect((await page.request.get(`/media/${unused.storageKey}/w320.webp`)).status()).toBe(404);
  expect(await db.auditLog.count({ where: { action: 'image.delete', subjectId: String(unused.id), actorId: editor.id } })).toBe(1);
});

test('a Contributor browses the library but is offered no upload, and the server refuses one', async ({ page }) => {
  const contributor = await newStaff('CONTRIBUTOR');
  await signInAs(page, contributor, '/admin/media');
  await expect(page.getByRole('heading', { level: 1, name: 'Media library' })).toBeVisible();
  await expect(page.getByLabel('Choose images')).toHaveCount(0);
  await expect(page.getByRole('searchbox', { name: 'Search the library' })).toBeVisible();

  const response = await page.request.post('/api/media/images', { multipart: { file: { name: 'x.jpg', mimeType: 'image/jpeg', buffer: await photo('#000000', 64, 64) } } });
  expect(response.status()).toBe(403);
  expect(await response.json()).toEqual({ error: { code: 'forbidden', message: 'Your role cannot upload images. Ask an editor to add the picture to the library.' } });
});

test('on a phone, opening an image brings its details into view', async ({ page }) => {
  const editor = await newStaff('EDITOR');
  await page.setViewportSize({ width: 375, height: 812 });
  await signInAs(page, editor, '/admin/media');
  const thumbnails = page.getByRole('list', { name: 'Images' }).getByRole('link');
  await thumbnails.nth(7).scrollIntoViewIfNeeded();
  await thumbnails.nth(7).click();
  const heading = page.locator('#image-details-heading');
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
});

test('two editors change one image’s words: keeping mine keeps what the other wrote in the fields I left alone', async ({ browser }) => {
  const editor = await newStaff('EDITOR');
  const image = await createImage(db, { alt: 'Fishing boats at dawn' });
  const pages = await Promise.all([browser.newPage(), browser.newPage()]);
  try {
    for (const page of pages) await signInAs(page, editor, `/admin/media?image=${image.id}`);
    const [first, second] = pages.map((page) => page.getByRole('form', { name: /^Details of / }));
    await first.getByLabel('Caption').fill('Boats return with the catch');
    await first.getByRole('button', { name: 'Save details' }).click();
    await expect(first.getByText('Saved.')).toBeVisible();

    await second.getByLabel('Credit').fill('Elvin Quliyev / Dateline');
    await second.getByRole('button', { name: 'Save details' }).click();
    await second.getByRole('button', { name: 'Keep mine and save' }).click();
    await expect(second.getByText('Saved.')).toBeVisible();
    expect(await db.image.findUniqueOrThrow({ where: { id: image.id } })).toMatchObject({
      alt: 'Fishing boats at dawn',
      caption: 'Boats return with the catch',
      credit: 'Elvin Quliyev / Dateline',
    });
  } finally {
    await Promise.all(pages.map((page) => page.context().close()));
  }
});
