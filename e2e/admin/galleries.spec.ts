import { randomBytes } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import sharp from 'sharp';
import { db, holdPosts, newStaff, signInAs } from './support';

/**
 * The gallery editor as the newsroom uses it: building a gallery from library pictures, putting
 * them in order by keyboard and by dragging, writing captions, publishing (held up until every
 * photo has alt text), and deleting only what no story shows.
 */

const word = () => `g${randomBytes(4).toString('hex')}`;

async function upload(page: Page, name: string, fields: { alt?: string; caption?: string; credit?: string }, background: string) {
  const buffer = await sharp({ create: { width: 1200, height: 800, channels: 3, background } }).jpeg().toBuffer();
  const response = await page.request.post('/api/media/images', { multipart: { file: { name, mimeType: 'image/jpeg', buffer }, ...fields } });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { image: { id: number } }).image;
}

const itemOrder = async (galleryId: number) =>
  (await db.galleryItem.findMany({ where: { galleryId }, orderBy: { position: 'asc' }, select: { imageId: true } })).map((item) => item.imageId);

test('an Author builds a gallery from the library, reorders it by keyboard, captions a photo and publishes it', async ({ page }) => {
  const author = await newStaff('AUTHOR');
  await signInAs(page, author, '/admin/galleries');
  const topic = word();
  const boats = await upload(page, `${topic}-boats.jpg`, { alt: `Fishing boats at the pier ${topic}`, caption: 'Boats at the pier' }, '#1f618d');
  const nets = await upload(page, `${topic}-nets.jpg`, { alt: `Nets drying on the sea wall ${topic}` }, '#117a65');
  const gulls = await upload(page, `${topic}-gulls.jpg`, { alt: `Gulls over the harbour ${topic}` }, '#b9770e');

  await page.getByRole('link', { name: 'New gallery' }).click();
  await page.getByLabel('Title').fill(`Harbour at dusk ${topic}`);
  await page.getByRole('button', { name: 'Create gallery' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Harbour at dusk ${topic}` })).toBeVisible();
  const galleryId = Number(new URL(page.url()).pathname.split('/').pop());
  const gallery = await db.gallery.findUniqueOrThrow({ where: { id: galleryId } });
  expect(gallery).toMatchObject({ slug: `harbour-at-dusk-${topic}`, status: 'DRAFT', createdById: author.id });

  // The address as typed becomes a plain one; the form then shows what was kept, with nothing left to save.
  const details = page.getByRole('form', { name: 'Title and address' });
  await details.getByLabel('Title').fill(`  Harbour at dusk ${topic}  `);
  await details.getByLabel('Address').fill(`Harbour at Dusk ${topic}`);
  await details.getByRole('button', { name: 'Save title and address' }).click();
  await expect(details.getByLabel('Address')).toHaveValue(`harbour-at-dusk-${topic}`);
  await expect(details.getByLabel('Title')).toHaveValue(`Harbour at dusk ${topic}`);
  await expect(details.getByRole('button', { name: 'Save title and address' })).toBeDisabled();

  // Three photos from the library, one after another, without leaving the dialog.
  await page.getByRole('button', { name: 'Add photos' }).click();
  const picker = page.getByRole('dialog', { name: 'Add photos to the gallery' });
  await picker.getByRole('searchbox', { name: 'Search the library' }).fill(topic);
  await expect(picker.getByRole('option')).toHaveCount(3);
  for (const [index, alt] of [`Fishing boats at the pier ${topic}`, `Nets drying on the sea wall ${topic}`, `Gulls over the harbour ${topic}`].entries()) {
    await picker.getByRole('option', { name: alt }).click();
    await picker.getByRole('button', { name: 'Add to gallery' }).click();
    await expect(picker.getByRole('status').filter({ hasText: 'Added as' })).toHaveText(`Added as photo ${index + 1} of ${index + 1}.`);
    // The button just pressed is gone: focus is back on the photo, ready for the next one.
    await expect(picker.getByRole('option', { name: alt })).toBeFocused();
  }
  await expect(picker.getByText('Already added ·')).toHaveCount(3);
  await picker.getByRole('button', { name: 'Close' }).click();
  await expect(picker).toBeHidden();
  const photos = page.getByRole('list', { name: 'Photos in gallery order' }).getByRole('listitem');
  await expect(photos).toHaveCount(3);
  expect(await itemOrder(galleryId)).toEqual([boats.id, nets.id, gulls.id]);

  // Photo 3 (the gulls) up one place by keyboard: focus stays on it and its move is announced.
  // (A short window, as on a laptop with the keyboard's bar open: a photo moved two places goes out of sight.)
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: viewport?.width ?? 1280, height: 420 });
  await page.getByRole('button', { name: `Reorder photo 3 of 3: Gulls over the harbour ${topic}` }).focus();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('status').filter({ hasText: 'moved' })).toHaveText('Photo 3 moved to position 2 of 3.');
  await expect(page.getByRole('button', { name: `Reorder photo 2 of 3: Gulls over the harbour ${topic}` })).toBeFocused();
  // …and the boats to the end with the Move down button, from the keyboard too.
  await page.getByRole('button', { name: 'Move down photo 1' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'moved' })).toHaveText('Photo 1 moved to position 2 of 3.');
  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.getByRole('status').filter({ hasText: 'moved' })).toHaveText('Photo 2 moved to position 3 of 3.');
  // The moved photo is brought into view, wherever it went.
  await expect(photos.nth(2)).toBeInViewport({ ratio: 0.5 });
  if (viewport) await page.setViewportSize(viewport);
  await expect.poll(() => itemOrder(galleryId)).toEqual([gulls.id, nets.id, boats.id]);
  await expect(photos.nth(2)).toContainText(`Fishing boats at the pier ${topic}`);

  // A caption of this gallery's own for the nets; the library's stays as it was.
  const netsCard = photos.nth(1);
  await netsCard.getByLabel('Caption in this gallery').fill('Nets dry in the last light');
  await netsCard.getByLabel('Credit in this gallery').fill('Leyla Həsənova / The Dateline');
  await netsCard.getByRole('button', { name: 'Save caption and credit of photo 2' }).click();
  await expect(netsCard.getByRole('status')).toHaveText('Saved.');
  const netsItem = await db.galleryItem.findFirstOrThrow({ where: { galleryId, imageId: nets.id } });
  expect(netsItem).toMatchObject({ caption: 'Nets dry in the last light', credit: 'Leyla Həsənova / The Dateline' });
  expect((await db.image.findUniqueOrThrow({ where: { id: nets.id } })).caption).toBe('');

  // Publish: readers get it at /galleries/<slug>.
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Published.' })).toHaveText('Published. Readers can see the gallery now.');
  await expect(page.getByRole('heading', { name: /Status/ })).toContainText('Published');
  await expect(page.getByRole('link', { name: /View on the site/ })).toHaveAttribute('href', `/galleries/harbour-at-dusk-${topic}`);
  const published = await db.gallery.findUniqueOrThrow({ where: { id: galleryId } });
  expect(published.status).toBe('PUBLISHED');
  expect(published.publishedAt).not.toBeNull();
  expect(await db.auditLog.count({ where: { action: 'gallery.publish', subjectId: String(galleryId), actorId: author.id } })).toBe(1);

  // The newsroom's list shows it with its status and count.
  await page.getByRole('link', { name: 'All galleries' }).click();
  const row = page.getByRole('row', { name: new RegExp(`Harbour at dusk ${topic}`) });
  await expect(row).toContainText('Published');
  await expect(row.getByRole('cell').nth(2)).toHaveText('3');

  // Readers see it in the new order, with the gallery's own caption and credit for the nets.
  await page.goto(`/galleries/harbour-at-dusk-${topic}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Harbour at dusk ${topic}`);
  await page.goto(`/galleries/harbour-at-dusk-${topic}/photo/2`);
  await expect(page.getByRole('main')).toContainText('Nets dry in the last light');
  await expect(page.getByRole('main')).toContainText('Leyla Həsənova / The Dateline');
});

test('a new gallery refused for want of a title keeps the description, and what was typed while it was sent', async ({ page }) => {
  const author = await newStaff('AUTHOR');
  await signInAs(page, author, '/admin/galleries/new');
  const topic = word();

  // Hold the refusal on its way so there is time to type.
  const { sending, release } = await holdPosts(page, '**/admin/galleries/new');
  await page.getByLabel('Description').fill(`Old town roofs ${topic}`);
  await page.getByRole('button', { name: 'Create gallery' }).click();
  await sending;
  await page.getByLabel('Description').fill(`Old town roofs at first light ${topic}`);
  release();

  await expect(page.getByText('Give the gallery a title.')).toBeVisible();
  await expect(page.getByLabel('Description')).toHaveValue(`Old town roofs at first light ${topic}`);
  await page.unroute('**/admin/galleries/new');
  await page.getByLabel('Title').fill(`Roofs ${topic}`);
  await page.getByRole('button', { name: 'Create gallery' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Roofs ${topic}` })).toBeVisible();
  const gallery = await db.gallery.findFirstOrThrow({ where: { title: `Roofs ${topic}` } });
  expect(gallery.description).toBe(`Old town roofs at first light ${topic}`);
  await db.gallery.delete({ where: { id: gallery.id } });
});

test('a caption changed by someone else while one is typed is shown beside it, and saving again is a choice', async ({ page }) => {
  const editor = await newStaff('EDITOR');
  await signInAs(page, editor, '/admin/galleries');
  const topic = word();
  const image = await upload(page, `${topic}-ferry.jpg`, { alt: `Ferry leaving Baku ${topic}` }, '#5b2c6f');
  const gallery = await db.gallery.create({
    data: { slug: `ferries-${topic}`, title: `Ferries ${topic}`, createdById: editor.id, items: { create: [{ imageId: image.id, position: 0 }] } },
    include: { items: true },
  });
  await page.goto(`/admin/galleries/${gallery.id}`);
  const card = page.getByRole('list', { name: 'Photos in gallery order' }).getByRole('listitem').first();
  const caption = card.getByLabel('Caption in this gallery');
  await expect(caption).toHaveValue('');

  // A colleague saves a caption for the photo while this page is open.
  await db.$transaction([
    db.galleryItem.update({ where: { id: gallery.items[0].id }, data: { caption: 'Their caption' } }),
    db.gallery.update({ where: { id: gallery.id }, data: { version: { increment: 1 } } }),
  ]);

  await caption.fill('My caption');
  const save = card.getByRole('button', { name: 'Save caption and credit of photo 1' });
  await save.click();
  // Refused as a conflict; both captions are on screen, mine still in the field.
  const theirs = card.getByRole('alert');
  await expect(theirs).toContainText('Someone else saved other words for this photo while you were typing.');
  await expect(theirs).toContainText('Their caption: “Their caption”');
  await expect(caption).toHaveValue('My caption');
  expect((await db.galleryItem.findUniqueOrThrow({ where: { id: gallery.items[0].id } })).caption).toBe('Their caption');

  // Saving again, now knowingly, puts mine in their place; the refusal is answered.
  await save.click();
  await expect(card.getByRole('status')).toHaveText('Saved.');
  await expect(theirs).toBeHidden();
  await expect(page.getByText('Someone else changed this gallery')).toBeHidden();
  expect((await db.galleryItem.findUniqueOrThrow({ where: { id: gallery.items[0].id } })).caption).toBe('My caption');
  // One's own saved words are nobody else's: typing on after a save raises no question.
  await caption.fill('My caption, longer');
  await expect(save).toBeEnabled();
  await expect(theirs).toHaveCount(0);
  await save.click();
  await expect(card.getByRole('status')).toHaveText('Saved.');
  await caption.fill('My caption, longer still');
  await expect(theirs).toHaveCount(0);
  await caption.fill('My caption, longer');

  // The other way: their newer words are taken with one button, nothing of mine is sent.
  await db.$transaction([
    db.galleryItem.update({ where: { id: gallery.items[0].id }, data: { caption: 'Their second caption' } }),
    db.gallery.update({ where: { id: gallery.id }, data: { version: { increment: 1 } } }),
  ]);
  await caption.fill('My second caption');
  await save.click();
  await expect(theirs).toContainText('Their caption: “Their second caption”');
  await theirs.getByRole('button', { name: 'Use theirs for photo 1' }).click();
  await expect(caption).toHaveValue('Their second caption');
  await expect(save).toBeDisabled();
  expect((await db.galleryItem.findUniqueOrThrow({ where: { id: gallery.items[0].id } })).caption).toBe('Their second caption');
  await db.gallery.delete({ where: { id: gallery.id } });
});

test('publishing waits until every photo has alt text; an Editor adds it in place, drags a photo, and the gallery goes out', async ({ page }) => {
  const editor = await newStaff('EDITOR');
  const photographer = await newStaff('AUTHOR');
  const topic = word();
  await signInAs(page, editor, '/admin/galleries');
  const quay = await upload(page, `${topic}-quay.jpg`, { alt: `The quay at noon ${topic}` }, '#5d6d7e');
  const crane = await upload(page, `${topic}-crane.jpg`, {}, '#a04000');
  await db.image.update({ where: { id: crane.id }, data: { uploadedById: photographer.id } });
  const gallery = await db.gallery.create({
    data: {
      title: `Cranes ${topic}`,
      slug: `cranes-${topic}`,
      createdById: photographer.id,
      items: { create: [{ imageId: quay.id, position: 0 }, { imageId: crane.id, position: 1 }] },
    },
  });

  await page.goto(`/admin/galleries/${gallery.id}`);
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.locator('main').getByRole('alert')).toHaveText(
    `Every photo needs alt text before the gallery can be published. Missing for photo 2 (${topic}-crane.jpg).`,
  );
  expect((await db.gallery.findUniqueOrThrow({ where: { id: gallery.id } })).status).toBe('DRAFT');

  // An Editor may describe anyone's picture, right here.
  const photos = page.getByRole('list', { name: 'Photos in gallery order' }).getByRole('listitem');
  await photos.nth(1).getByRole('button', { name: 'Add alt text to photo 2' }).click();
  await photos.nth(1).getByRole('textbox', { name: 'Alt text' }).fill(`A crane lifts a container ${topic}`);
  await photos.nth(1).getByRole('button', { name: 'Save alt text' }).click();
  await expect(photos.nth(1)).toContainText(`Alt text: A crane lifts a container ${topic}`);

  // Drag the crane above the quay by its handle.
  await photos
    .nth(1)
    .getByRole('button', { name: /^Reorder photo 2 of 2/ })
    .dragTo(photos.nth(0), { targetPosition: { x: 40, y: 10 } });
  await expect(page.getByRole('status').filter({ hasText: 'moved' })).toHaveText('Photo 2 moved to position 1 of 2.');
  await expect.poll(async () => (await db.galleryItem.findMany({ where: { galleryId: gallery.id }, orderBy: { position: 'asc' } })).map((item) => item.imageId)).toEqual([
    crane.id,
    quay.id,
  ]);

  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByRole('heading', { name: /Status/ })).toContainText('Published');
  expect((await db.gallery.findUniqueOrThrow({ where: { id: gallery.id } })).status).toBe('PUBLISHED');
  expect(await db.auditLog.count({ where: { action: 'gallery.publish', subjectId: String(gallery.id), actorId: editor.id } })).toBe(1);
});

test('a gallery a story shows cannot be deleted; an unused one can', async ({ page }) => {
  const author = await newStaff('AUTHOR');
  const topic = word();
  await signInAs(page, author, '/admin/galleries');
  const section = await db.section.findFirstOrThrow();
  const [used, unused] = await Promise.all(
    ['Used', 'Unused'].map((title) => db.gallery.create({ data: { title: `${title} ${topic}`, slug: `${title.toLowerCase()}-${topic}`, createdById: author.id } })),
  );
  const story = await db.article.create({
    data: {
      slug: `story-${topic}`,
      headline: `Election night in pictures ${topic}`,
      body: { type: 'doc', content: [{ type: 'galleryEmbed', attrs: { galleryId: used.id } }] },
      sectionId: section.id,
      createdById: author.id,
    },
  });

  await page.goto(`/admin/galleries/${used.id}`);
  await expect(page.getByRole('link', { name: story.headline })).toHaveAttribute('href', `/admin/stories/${story.id}`);
  await expect(page.getByText('Remove it from that story before deleting the gallery.')).toBeVisible();
  await expect(page.getByRole('button', { name: /Delete gallery/ })).toHaveCount(0);

  await page.goto(`/admin/galleries/${unused.id}`);
  await page.getByRole('button', { name: 'Delete gallery…' }).click();
  await page.getByRole('button', { name: 'Delete gallery', exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/galleries\?deleted=/);
  await expect(page.getByRole('status').filter({ hasText: 'Deleted the gallery' })).toHaveText(
    `Deleted the gallery “Unused ${topic}”. Its photos are still in the media library.`,
  );
  expect(await db.gallery.findUnique({ where: { id: unused.id } })).toBeNull();
  expect(await db.gallery.findUnique({ where: { id: used.id } })).not.toBeNull();
  expect(await db.auditLog.count({ where: { action: 'gallery.delete', subjectId: String(unused.id), actorId: author.id } })).toBe(1);
});

test('unpublishing a gallery a scheduled story shows asks first', async ({ page }) => {
  const author = await newStaff('AUTHOR');
  const topic = word();
  await signInAs(page, author, '/admin/galleries');
  const section = await db.section.findFirstOrThrow();
  const gallery = await db.gallery.create({ data: { title: `Parade ${topic}`, slug: `parade-${topic}`, status: 'PUBLISHED', createdById: author.id } });
  const story = await db.article.create({
    data: {
      slug: `parade-day-${topic}`,
      headline: `Parade day ${topic}`,
      body: { type: 'doc', content: [] },
      status: 'SCHEDULED',
      scheduledAt: new Date(Date.now() + 86_400_000),
      galleryId: gallery.id,
      sectionId: section.id,
      createdById: author.id,
    },
  });
  try {
    await page.goto(`/admin/galleries/${gallery.id}`);
    const asked: string[] = [];
    page.once('dialog', (dialog) => {
      asked.push(dialog.message());
      void dialog.dismiss();
    });
    await page.getByRole('button', { name: 'Unpublish' }).click();
    await expect.poll(() => asked).toEqual([
      'A published or scheduled story shows this gallery. Readers will not see the gallery in it once it is unpublished. Unpublish anyway?',
    ]);
    expect((await db.gallery.findUniqueOrThrow({ where: { id: gallery.id } })).status).toBe('PUBLISHED');

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Unpublish' }).click();
    await expect(page.getByText('Unpublished. The gallery is a draft again and no longer on the site.')).toBeVisible();
    expect((await db.gallery.findUniqueOrThrow({ where: { id: gallery.id } })).status).toBe('DRAFT');
  } finally {
    await db.article.delete({ where: { id: story.id } });
    await db.gallery.delete({ where: { id: gallery.id } });
  }
});
