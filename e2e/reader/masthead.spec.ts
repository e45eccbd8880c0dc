import { expect, test } from '@playwright/test';
import { db, mastheadDate, PUBLIC, publicationSettings } from './support';

test.describe('masthead and footer without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('show the publication, today’s date on its clock, sections, search and social links', async ({ page }) => {
    const settings = await db.siteSettings.findUniqueOrThrow({ where: { id: 1 } });
    const { timeZone } = await publicationSettings();
    const before = mastheadDate(new Date(), timeZone);
    await page.goto('/latest');
    const after = mastheadDate(new Date(), timeZone);
    const banner = page.getByRole('banner');
    await expect(banner.getByRole('link', { name: settings.publicationName, exact: true })).toHaveAttribute('href', '/');
    // Either side of the request, in case it straddled midnight in the publication's zone.
    await expect(page.getByTestId('masthead-date')).toHaveText(new RegExp(`^(${before}|${after})$`));

    if (settings.xHandle) await expect(banner.getByRole('link', { name: `X (@${settings.xHandle.replace(/^@/, '')})` }).first()).toHaveAttribute('href', `https://x.com/${settings.xHandle.replace(/^@/, '')}`);
    if (settings.telegramUrl) await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Telegram' })).toHaveAttribute('href', settings.telegramUrl);
    if (settings.facebookUrl) await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Facebook' })).toHaveAttribute('href', settings.facebookUrl);
    if (settings.youtubeUrl) await expect(page.getByRole('contentinfo').getByRole('link', { name: 'YouTube' })).toHaveAttribute('href', settings.youtubeUrl);

    const footer = page.getByRole('contentinfo');
    for (const section of await db.section.findMany({ select: { name: true, slug: true } })) {
      await expect(footer.getByRole('link', { name: section.name, exact: true })).toHaveAttribute('href', `/${section.slug}`);
    }
    await expect(footer.getByRole('link', { name: 'About us' })).toHaveAttribute('href', '/about');
    await expect(footer.getByRole('link', { name: 'Contact' })).toHaveAttribute('href', '/contact');
  });

  test('the phone menu opens without JavaScript and search submits as a plain form', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('/');
    await page.getByRole('banner').locator('summary').click();
    const menu = page.getByRole('navigation', { name: 'All sections' });
    await expect(menu).toBeVisible();
    const box = page.getByRole('banner').getByRole('searchbox', { name: 'Search stories' });
    await box.fill('parliament');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\?q=parliament$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search results for “parliament”');
  });

  test('the skip link leads past the masthead to the content', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#content$/);
  });
});

test.describe('the section bar with JavaScript', () => {
  test('marks where the reader is: the section’s page, and a story inside it', async ({ page }) => {
    const story = await db.article.findFirstOrThrow({ where: PUBLIC, orderBy: { firstPublishedAt: 'desc' }, select: { slug: true, section: { select: { slug: true, name: true } } } });
    const bar = page.getByRole('navigation', { name: 'Sections', exact: true });
    await page.goto(`/${story.section.slug}`);
    await expect(bar.getByRole('link', { name: story.section.name, exact: true })).toHaveAttribute('aria-current', 'page');
    await expect(bar.getByRole('link', { name: 'Home', exact: true })).not.toHaveAttribute('aria-current');
    await page.goto(`/${story.section.slug}/${story.slug}`);
    await expect(bar.getByRole('link', { name: story.section.name, exact: true })).toHaveAttribute('aria-current', 'true');
    await page.goto('/');
    await expect(bar.getByRole('link', { name: 'Home', exact: true })).toHaveAttribute('aria-current', 'page');
    await expect(bar.locator('a[aria-current]')).toHaveCount(1);
  });
});

test.describe('the phone menu with JavaScript', () => {
  test('closes on Escape, after following a link and after searching', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('/');
    const summary = page.getByRole('banner').locator('summary');
    const menu = page.getByRole('navigation', { name: 'All sections' });
    await summary.click();
    await expect(menu).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await expect(summary).toBeFocused();
    await summary.click();
    await menu.getByRole('link', { name: 'Latest' }).click();
    await expect(page).toHaveURL(/\/latest$/);
    await expect(menu).toBeHidden();

    await summary.click();
    await page.getByRole('banner').getByRole('searchbox').fill('Baku');
    await page.getByRole('banner').getByRole('searchbox').press('Enter');
    await expect(page).toHaveURL(/\/search\?q=Baku$/);
    await expect(menu).toBeHidden();
  });

  test('closes when the keyboard or a click leaves it, so nothing focused hides behind the panel', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('/');
    const summary = page.getByRole('banner').locator('summary');
    const menu = page.getByRole('navigation', { name: 'All sections' });
    await summary.click();
    const panel = page.getByRole('banner').locator('details');
    const focusable = await panel.locator('a, input, button, summary').count();
    for (let i = 0; i < focusable; i++) await page.keyboard.press('Tab');
    await expect(menu).toBeHidden();
    expect(await page.evaluate(() => document.activeElement?.closest('details') === null)).toBe(true);

    await summary.click();
    await expect(menu).toBeVisible();
    // A click on the panel's own padding keeps it open.
    await panel.locator('> div').click({ position: { x: 4, y: 4 } });
    await expect(menu).toBeVisible();
    await page.mouse.click(187, 780);
    await expect(menu).toBeHidden();
  });
});

test.describe('while the web fonts load', () => {
  test('the local stand-in fonts take the same room on a phone: nothing moves when the real ones arrive', async ({ browser }) => {
    const heights = async (blockFonts: boolean) => {
      const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
      const page = await context.newPage();
      if (blockFonts) await page.route(/\.woff2$/, (route) => route.abort());
      const measured: number[] = [];
      for (const path of ['/', '/search?q=silk', '/latest']) {
        await page.goto(path);
        await page.evaluate(() => document.fonts.ready);
        // The masthead, and the page's heading where it shows (the home page's is for screen readers).
        measured.push(...(await page.evaluate(() => [...document.querySelectorAll('header, main h1:not(.sr-only)')].map((element) => element.getBoundingClientRect().height))));
      }
      await context.close();
      return measured;
    };
    const [standIn, web] = [await heights(true), await heights(false)];
    expect(standIn).toEqual(web);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 800 } });

  test('the section row brings each link reached by the keyboard fully into sight', async ({ page }) => {
    await page.goto('/');
    const links = page.getByRole('navigation', { name: 'Sections' }).getByRole('link');
    const count = await links.count();
    expect(count).toBeGreaterThan(4);
    for (let index = 0; index < count; index++) {
      await links.nth(index).focus();
      await expect(links.nth(index)).toBeInViewport({ ratio: 1 });
    }
  });

  test('text enlarged to 200% keeps the publication’s name clear of the search link', async ({ page }) => {
    const settings = await db.siteSettings.findUniqueOrThrow({ where: { id: 1 } });
    await page.goto('/');
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    const banner = page.getByRole('banner');
    const name = (await banner.getByRole('link', { name: settings.publicationName, exact: true }).boundingBox())!;
    const search = (await banner.getByRole('link', { name: 'Search', exact: true }).boundingBox())!;
    expect(name.x + name.width).toBeLessThanOrEqual(search.x);
  });
});
