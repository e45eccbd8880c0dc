import { defineConfig, devices } from '@playwright/test';

// `npm test` (scripts/test.ts) starts the database, builds, serves the site and sets BASE_URL and
// CHROME_PATH before running Playwright; the tests never start servers themselves.
const baseURL = process.env.BASE_URL ?? 'http://127.0.0.1:3000';
const MATRIX = /authorization-matrix\.spec\.ts$/;
const PUBLISHING = /publishing-reaches-feeds\.spec\.ts$/;
const FRONT_PAGE = /front-page\.spec\.ts$/;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  // One retry, recorded with a trace: on two cores a slow moment must not sink a whole run, and
  // recording every test's trace up front costs more CPU than the tests themselves.
  retries: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL,
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROME_PATH,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [
    { name: 'desktop', testIgnore: [MATRIX, PUBLISHING, FRONT_PAGE], use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 } } },
    // After everything else: the authorization matrix publishes, unpublishes and deletes dozens of
    // stories and galleries in seconds, which specs comparing a cached page with the database
    // (feeds, sitemaps) must not see happen under them. It needs no browser, only HTTP.
    { name: 'authorization-matrix', testMatch: MATRIX, dependencies: ['desktop'] },
    // Also after everything else, for the same reason: they publish and unpublish a story, and pin
    // one to lead the home page.
    { name: 'publishing', testMatch: [PUBLISHING, FRONT_PAGE], dependencies: ['desktop'], use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 } } },
  ],
});
