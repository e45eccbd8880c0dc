import { spawn } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { findFreePort } from '../../lib/db/free-port';
import { localBin, nextStartArgs } from '../../scripts/support/processes';

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

test('while the database is unreachable, health answers 503 with the cause and readers get the error page in the site’s design', async ({ browser }) => {
  // Another `next start` of the e2e build, pointed at a port where no PostgreSQL listens.
  const [port, deadDatabasePort] = [await findFreePort(), await findFreePort()];
  const server = spawn(localBin('next'), nextStartArgs(port), {
    env: { ...process.env, PORT: String(port), DATABASE_URL: `postgresql://dateline@127.0.0.1:${deadDatabasePort}/dateline`, DATELINE_SCHEDULER: 'off' },
    stdio: 'ignore',
  });
  try {
    const health = () => fetch(`http://127.0.0.1:${port}/api/health`).then((response) => response, () => null);
    await expect.poll(async () => (await health())?.status ?? 0, { timeout: 30_000 }).toBe(503);
    const response = (await health())!;
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toMatchObject({ status: 'unavailable', database: { ok: false, error: expect.stringMatching(/\S/) } });

    // A search needs the database on every request: the reader gets a plain apology, a way on,
    // and a reference for the logs — never a stack trace or the database's address.
    const page = await browser.newPage();
    try {
      const answer = await page.goto(`http://127.0.0.1:${port}/search?q=Baku`);
      // 500 when the error comes before the first byte; a page whose prerendered shell (masthead,
      // navigation) was already streamed has said 200, so the error page also says noindex.
      expect([200, 500]).toContain(answer?.status());
      await expect(page.locator('meta[name="robots"][content="noindex"]')).toHaveCount(1);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page could not be shown');
      await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Go to the front page' })).toHaveAttribute('href', '/');
      await expect(page.getByText(/^Reference: \S+/)).toBeVisible();
      const text = await page.locator('body').innerText();
      expect(text).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|\n\s+at \S+ \(/);
    } finally {
      await page.close();
    }
  } finally {
    server.kill('SIGTERM');
  }
});

test('unknown stories answer 404', async ({ request }) => {
  const response = await request.get('/nation/there-is-no-such-story');
  expect(response.status()).toBe(404);
});
