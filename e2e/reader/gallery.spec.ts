import { expect, test, type Page } from '@playwright/test';
import { articleUrl, largestGallery, storyWithGallery } from './support';

const dialog = (page: Page) => page.getByRole('dialog');
const counter = (page: Page) => dialog(page).getByTestId('lightbox-counter');

test.describe('galleries', () => {
  test('the listing links to each published gallery', async ({ page }) => {
    const gallery = await largestGallery();
    await page.goto('/galleries');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Galleries');
    const link = page.getByRole('main').getByRole('link', { name: gallery.title, exact: true });
    await expect(link).toHaveAttribute('href', `/galleries/${gallery.slug}`);
    await expect(page.getByText(`${gallery.items.length} photos`).first()).toBeVisible();
  });

  test('the lightbox opens by mouse, counts, steps with buttons and closes back to the thumbnail', async ({ page }) => {
    const gallery = await largestGallery();
    const count = gallery.items.length;
    await page.goto(`/galleries/${gallery.slug}`);
    const thumbnails = page.locator('.gallery-strip a');
    await expect(thumbnails).toHaveCount(count);

    await thumbnails.nth(2).click();
    await expect(dialog(page)).toBeVisible();
    await expect(counter(page)).toHaveText(`3 / ${count}`);
    await expect(page).toHaveURL(new RegExp(`/galleries/${gallery.slug}/photo/3$`));
    const third = gallery.items[2];
    const caption = third.caption || third.image.caption;
    const credit = third.credit || third.image.credit;
    if (caption) await expect(dialog(page)).toContainText(caption);
    if (credit) await expect(dialog(page)).toContainText(credit);
    await expect(dialog(page).getByRole('img')).toHaveAttribute('alt', third.image.alt);

    await dialog(page).getByRole('button', { name: 'Next photo' }).click();
    await expect(counter(page)).toHaveText(`4 / ${count}`);
    await expect(page).toHaveURL(new RegExp(`/photo/4$`));
    await dialog(page).getByRole('button', { name: 'Previous photo' }).click();
    await dialog(page).getByRole('button', { name: 'Previous photo' }).click();
    await expect(counter(page)).toHaveText(`2 / ${count}`);

    await dialog(page).getByRole('button', { name: /Close/ }).click();
    await expect(dialog(page)).toBeHidden();
    await expect(page).toHaveURL(new RegExp(`/galleries/${gallery.slug}$`));
    await expect(thumbnails.nth(2)).toBeFocused();
  });

  test('the lightbox works from the keyboard and keeps focus inside', async ({ page }) => {
    const gallery = await largestGallery();
    const count = gallery.items.length;
    await page.goto(`/galleries/${gallery.slug}`);
    const thumbnails = page.locator('.gallery-strip a');
    await thumbnails.nth(count - 1).focus();
    await page.keyboard.press('Enter');
    await expect(counter(page)).toHaveText(`${count} / ${count}`);

    await page.keyboard.press('ArrowRight');
    await expect(counter(page)).toHaveText(`1 / ${count}`);
    await page.keyboard.press('ArrowRight');
    await expect(counter(page)).toHaveText(`2 / ${count}`);
    await page.keyboard.press('ArrowLeft');
    await expect(counter(page)).toHaveText(`1 / ${count}`);

    // Tab and Shift+Tab cycle through the dialog's controls and never leave it.
    for (let i = 0; i < 7; i++) {
      await page.keyboard.press('Tab');
      expect(await dialog(page).evaluate((node) => node.contains(document.activeElement))).toBe(true);
    }
    for (let i = 0; i < 7; i++) {
      await page.keyboard.press('Shift+Tab');
      expect(await dialog(page).evaluate((node) => node.contains(document.activeElement))).toBe(true);
    }

    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();
    await expect(thumbnails.nth(count - 1)).toBeFocused();
    await expect(page).toHaveURL(new RegExp(`/galleries/${gallery.slug}$`));
  });

  test('the lightbox follows a swipe', async ({ page }) => {
    const gallery = await largestGallery();
    const count = gallery.items.length;
    await page.goto(`/galleries/${gallery.slug}`);
    // Swiping is the lightbox's, not the photo page's a click before hydration would open.
    await page.locator('next-route-announcer').waitFor({ state: 'attached' });
    await page.locator('.gallery-strip a').first().click();
    await expect(counter(page)).toHaveText(`1 / ${count}`);
    const photo = dialog(page).getByRole('img');
    await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    const box = (await photo.boundingBox())!;
    const y = box.y + box.height / 2;
    const swipe = async (from: number, to: number) => {
      await page.mouse.move(from, y);
      await page.mouse.down();
      await page.mouse.move((from + to) / 2, y, { steps: 3 });
      await page.mouse.move(to, y, { steps: 3 });
      await page.mouse.up();
    };
    await swipe(box.x + box.width * 0.7, box.x + box.width * 0.2);
    await expect(counter(page)).toHaveText(`2 / ${count}`);
    await swipe(box.x + box.width * 0.2, box.x + box.width * 0.7);
    await expect(counter(page)).toHaveText(`1 / ${count}`);
    // The pointer left focus in the dialog, not on the page behind it: the arrow keys still work.
    await page.keyboard.press('ArrowRight');
    await expect(counter(page)).toHaveText(`2 / ${count}`);
  });

  test('the browser’s Back button closes the lightbox', async ({ page }) => {
    const gallery = await largestGallery();
    await page.goto(`/galleries/${gallery.slug}`);
    await page.locator('.gallery-strip a').nth(1).click();
    await expect(dialog(page)).toBeVisible();
    await page.goBack();
    await expect(dialog(page)).toBeHidden();
    await expect(page).toHaveURL(new RegExp(`/galleries/${gallery.slug}$`));
  });

  test('a photo’s own address opens that photo as a page', async ({ page }) => {
    const gallery = await largestGallery();
    const count = gallery.items.length;
    await page.goto(`/galleries/${gallery.slug}/photo/${count}`);
    await expect(page.getByTestId('photo-counter')).toHaveText(`${count} / ${count}`);
    await expect(page.getByRole('link', { name: 'Next photo' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: `All ${count} photos` })).toHaveAttribute('href', `/galleries/${gallery.slug}`);
    expect((await page.request.get(`/galleries/${gallery.slug}/photo/${count + 1}`)).status()).toBe(404);
  });
});

test.describe('galleries without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every thumbnail is a page with previous and next links', async ({ page }) => {
    const gallery = await largestGallery();
    const count = gallery.items.length;
    await page.goto(`/galleries/${gallery.slug}`);
    await page.locator('.gallery-strip a').nth(2).click();
    await expect(page).toHaveURL(new RegExp(`/galleries/${gallery.slug}/photo/3$`));
    await expect(page.getByTestId('photo-counter')).toHaveText(`3 / ${count}`);
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await page.getByRole('link', { name: 'Next photo' }).click();
    await expect(page.getByTestId('photo-counter')).toHaveText(`4 / ${count}`);
    const image = page.locator('main figure img');
    await expect(image).toHaveAttribute('alt', gallery.items[3].image.alt);
    // Loaded and drawn (it may still be arriving when the page's counter shows).
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  });
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true });

  test('the lightbox opens from a story’s gallery, follows a finger’s swipe, and closes back to the story', async ({ page }) => {
    const story = await storyWithGallery();
    const path = articleUrl(story);
    await page.goto(path);
    await page.locator('next-route-announcer').waitFor({ state: 'attached' });
    const thumbnails = page.locator('main article .story-body .gallery-strip a');
    const count = await thumbnails.count();
    expect(count).toBeGreaterThan(2);
    await thumbnails.nth(1).tap();
    await expect(counter(page)).toHaveText(`2 / ${count}`);
    await expect(page).toHaveURL(/\/galleries\/[^/]+\/photo\/2$/);

    const photo = dialog(page).getByRole('img');
    await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    const box = (await photo.boundingBox())!;
    const y = Math.round(box.y + box.height / 2);
    // Real touch input, as a phone sends it: the browser must leave the gesture to the lightbox.
    const cdp = await page.context().newCDPSession(page);
    const swipe = async (from: number, to: number) => {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: from, y }] });
      for (let step = 1; step <= 5; step++) {
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: Math.round(from + ((to - from) * step) / 5), y }] });
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    await swipe(Math.round(box.x + box.width * 0.7), Math.round(box.x + box.width * 0.2));
    await expect(counter(page)).toHaveText(`3 / ${count}`);
    await swipe(Math.round(box.x + box.width * 0.2), Math.round(box.x + box.width * 0.7));
    await expect(counter(page)).toHaveText(`2 / ${count}`);

    await page.keyboard.press('ArrowRight');
    await expect(counter(page)).toHaveText(`3 / ${count}`);
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(thumbnails.nth(1)).toBeFocused();
  });
});
