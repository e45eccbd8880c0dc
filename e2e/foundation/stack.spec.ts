import { expect, test } from '@playwright/test';

test('home lists the latest published stories from PostgreSQL', async ({ page }) => {
  await page.goto('/');
  const stories = page.getByRole('link').filter({ hasText: /\w/ });
  await expect(stories.first()).toBeVisible();
});

test('an article renders headline, dateline with the publication offset, and body', async ({ page }) => {
  await page.goto('/');
  const first = page.getByRole('region', { name: 'Lead story' }).getByRole('heading', { level: 2 }).getByRole('link');
  const headline = (await first.textContent())!.trim();
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
  const dateline = page.locator('article time').first();
  await expect(dateline).toHaveText(/^\d{1,2} [A-Z][a-z]+ \d{4} \d{2}:\d{2} \(UTC\+04:00\)$/);
  await expect(dateline).toHaveAttribute('datetime', /\+04:00$/);
  await expect(page.locator('article p').nth(3)).toBeVisible();
});

test('health reports the database', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: 'ok', database: { ok: true } });
});

test('unknown stories answer 404', async ({ request }) => {
  const response = await request.get('/nation/there-is-no-such-story');
  expect(response.status()).toBe(404);
});
