import { expect, test } from '@playwright/test';
import { largestGallery, storyWithGallery, articleUrl, attachScreenshot, db, expectNoAxeViolations, expectPageStructure } from './support';

/**
 * Every page type: zero axe violations in light and dark, one h1 and the landmarks, nothing wider
 * than a 375 px phone, and full-page screenshots on a desktop and a phone in the report.
 */
const pages: { name: string; path: () => Promise<string>; status?: number }[] = [
  { name: 'home', path: async () => '/' },
  { name: 'article', path: async () => articleUrl(await storyWithGallery()) },
  { name: 'gallery', path: async () => `/galleries/${(await largestGallery()).slug}` },
  { name: 'gallery-photo', path: async () => `/galleries/${(await largestGallery()).slug}/photo/2` },
  { name: 'latest', path: async () => '/latest' },
  {
    name: 'section',
    path: async () => `/${(await db.section.findFirstOrThrow({ orderBy: { position: 'asc' }, select: { slug: true } })).slug}`,
  },
  { name: 'search', path: async () => '/search?q=parliament' },
  { name: 'not-found', path: async () => '/no-such-page-anywhere', status: 404 },
];

for (const { name, path, status = 200 } of pages) {
  test(`${name}: accessible in light and dark, readable on a phone and a desktop`, async ({ page }, testInfo) => {
    const url = await path();
    await page.emulateMedia({ colorScheme: 'light' });
    const response = await page.goto(url);
    expect(response?.status()).toBe(status);
    await expectPageStructure(page);
    await expectNoAxeViolations(page, testInfo, `${name}-light`);
    await attachScreenshot(page, testInfo, `${name}-desktop.png`);

    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page, testInfo, `${name}-dark`);

    await page.setViewportSize({ width: 375, height: 812 });
    await page.emulateMedia({ colorScheme: 'light' });
    // Nothing is wider than the phone's screen (no sideways scrolling of the page).
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await attachScreenshot(page, testInfo, `${name}-375.png`);
  });
}

test('the lightbox is accessible too, in light and dark, and fits a phone', async ({ page }, testInfo) => {
  await page.goto(`/galleries/${(await largestGallery()).slug}`);
  await page.locator('.gallery-strip a').first().click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoAxeViolations(page, testInfo, 'lightbox-light');
  await attachScreenshot(page, testInfo, 'lightbox-desktop.png');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page, testInfo, 'lightbox-dark');
  await page.setViewportSize({ width: 375, height: 812 });
  await page.emulateMedia({ colorScheme: 'light' });
  await attachScreenshot(page, testInfo, 'lightbox-375.png');
});
