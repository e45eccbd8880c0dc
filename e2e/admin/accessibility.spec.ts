import { expect, test } from '@playwright/test';
import { axeViolations, expectNoAxeViolations } from '../reader/support';
import { db, newStaff, signInAs } from './support';

/**
 * The newsroom is a place people work all day, some with a screen reader or only a keyboard:
 * every kind of admin page has zero axe violations (WCAG 2.2 AA and best practice), as an Admin
 * sees it (every control there is), and the sign-in page as anyone sees it. One page per kind:
 * the review queue is the stories table. And the media picker, open over a new story.
 */

const pages: { name: string; path: () => Promise<string> }[] = [
  { name: 'dashboard', path: async () => '/admin' },
  { name: 'stories', path: async () => '/admin/stories' },
  { name: 'story', path: async () => `/admin/stories/${(await db.article.findFirstOrThrow({ where: { status: 'PUBLISHED', galleryId: { not: null } }, select: { id: true } })).id}` },
  { name: 'revisions', path: async () => `/admin/stories/${(await db.article.findFirstOrThrow({ where: { status: 'PUBLISHED' }, select: { id: true } })).id}/revisions` },
  { name: 'media', path: async () => '/admin/media' },
  { name: 'galleries', path: async () => '/admin/galleries' },
  { name: 'gallery', path: async () => `/admin/galleries/${(await db.gallery.findFirstOrThrow({ select: { id: true } })).id}` },
  { name: 'front page', path: async () => '/admin/front-page' },
  { name: 'sections', path: async () => '/admin/sections' },
  { name: 'tags', path: async () => '/admin/tags' },
  { name: 'users', path: async () => '/admin/users' },
  { name: 'settings', path: async () => '/admin/settings' },
  { name: 'audit', path: async () => '/admin/audit' },
  { name: 'profile', path: async () => '/admin/profile' },
];


test('the sign-in page has no accessibility violations', async ({ page }, testInfo) => {
  await page.goto('/admin/sign-in');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page, testInfo, 'sign-in');
});

test('every kind of newsroom page has no accessibility violations', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const admin = await newStaff('ADMIN');
  await signInAs(page, admin);
  // Every page is checked before the verdict, so one run names all that is wrong.
  const found: Record<string, unknown[]> = {};
  for (const { name, path } of pages) {
    await page.goto(await path());
    await expect(page.getByRole('heading', { level: 1 }).filter({ visible: true }), name).toHaveCount(1);
    // The body editor loads after the page: check it too, not its placeholder.
    if (name === 'story') await expect(page.getByRole('toolbar', { name: 'Formatting' })).toBeVisible();
    const violations = await axeViolations(page, testInfo, name);
    if (violations.length) found[name] = violations;
  }
  // The media library's picker, a dialog over the editor with a page of pictures to choose from.
  await page.goto('/admin/stories/new');
  await page.getByRole('button', { name: 'Choose image' }).click();
  await expect(page.getByRole('dialog', { name: 'Choose the hero image' }).getByRole('option').first()).toBeVisible();
  const pickerViolations = await axeViolations(page, testInfo, 'media picker');
  if (pickerViolations.length) found['media picker'] = pickerViolations;
  expect(found).toEqual({});
});

test('the refusal a role gets for a page it may not open has no accessibility violations', async ({ page }, testInfo) => {
  await signInAs(page, await newStaff('CONTRIBUTOR'));
  expect((await page.goto('/admin/settings'))?.status()).toBe(403);
  await expect(page.getByRole('heading', { level: 1, name: 'Not available to your role' })).toBeVisible();
  await expectNoAxeViolations(page, testInfo, 'refusal');
});

test('on a phone, the newsroom menu strip scrolls to show the page you are on', async ({ page }) => {
  const admin = await newStaff('ADMIN');
  await page.setViewportSize({ width: 375, height: 812 });
  await signInAs(page, admin, '/admin/audit');
  const current = page.getByRole('navigation', { name: 'Newsroom' }).locator('[aria-current="page"]');
  await expect(current).toHaveText('Audit log');
  await expect(current).toBeInViewport({ ratio: 1 });
});

test('on a phone, every control a thumb taps is at least 24 px high and wide', async ({ page }) => {
  test.setTimeout(90_000);
  const admin = await newStaff('ADMIN');
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAs(page, admin);
  const found: Record<string, string[]> = {};
  for (const { name, path } of pages.filter(({ name }) => ['dashboard', 'stories', 'story', 'media', 'revisions'].includes(name))) {
    await page.goto(await path());
    await expect(page.getByRole('heading', { level: 1 }).filter({ visible: true }), name).toHaveCount(1);
    if (name === 'story') {
      await expect(page.getByRole('toolbar', { name: 'Formatting' })).toBeVisible();
      await page.getByText('Search engines', { exact: true }).click();
    }
    // Links inside a sentence are exempt (WCAG 2.5.8 "inline"), and so is what only a screen reader
    // or a focused keyboard sees (1 px boxes, the skip link).
    const small = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('a[href], button, summary, select, input[type="checkbox"], input[type="radio"]')]
        .filter((element) => !element.closest('p, .ProseMirror, [aria-hidden="true"]'))
        .map((element) => ({ element, box: element.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 1 && box.height > 1 && (box.width < 24 || box.height < 24))
        .map(({ element, box }) => `${element.tagName.toLowerCase()} “${(element.textContent || element.getAttribute('aria-label') || element.getAttribute('name') || '').trim().slice(0, 40)}” ${Math.round(box.width)}×${Math.round(box.height)}`),
    );
    if (small.length) found[name] = small;
  }
  expect(found).toEqual({});
});
