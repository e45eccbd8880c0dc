import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type TestInfo } from '@playwright/test';
import { db, type Prisma } from '../../lib/db/client';

/**
 * Shared by the reader specs. They read the demo newsroom the e2e database was seeded with
 * (whatever its exact stories), never a fixed list, and write only new rows of their own.
 */

export { db };

export const PUBLIC = { status: 'PUBLISHED', deletedAt: null } as const;

export async function publicationSettings() {
  const settings = await db.siteSettings.findUnique({ where: { id: 1 } });
  return { timeZone: settings?.timeZone ?? 'Asia/Baku', publicationName: settings?.publicationName ?? 'Dateline', xHandle: settings?.xHandle ?? '' };
}

const BADGES = { PHOTO: 'Photo', VIDEO: 'Video', AUDIO: 'Audio' } as const;

/** A headline as a listing shows it: its media badge (read as "Video: …") first. */
export function shownHeadline(story: { headline: string; mediaMarker: keyof typeof BADGES | null }): string {
  return story.mediaMarker ? `${BADGES[story.mediaMarker]}: ${story.headline}` : story.headline;
}

export const articleUrl = (story: { slug: string; section: { slug: string } }) => `/${story.section.slug}/${story.slug}`;

const storySelect = {
  id: true,
  slug: true,
  headline: true,
  standfirst: true,
  mediaMarker: true,
  creditLine: true,
  firstPublishedAt: true,
  updatedAt: true,
  galleryId: true,
  heroImageId: true,
  body: true,
  section: { select: { slug: true, name: true } },
  authors: { orderBy: { position: 'asc' as const }, select: { user: { select: { name: true, slug: true } } } },
  tags: { orderBy: { position: 'asc' as const }, select: { tag: { select: { name: true, slug: true } } } },
};

/** A published story with a gallery embedded in its body, a hero image and several parts. */
export async function storyWithGallery() {
  const stories = await db.article.findMany({ where: { ...PUBLIC, heroImageId: { not: null } }, select: storySelect, orderBy: { id: 'asc' } });
  const story = stories.find((candidate) => JSON.stringify(candidate.body).includes('"galleryEmbed"'));
  if (!story) throw new Error('The demo newsroom has no published story embedding a gallery');
  return story;
}

export async function findStory(where: Prisma.ArticleWhereInput) {
  const story = await db.article.findFirst({ where: { ...PUBLIC, ...where }, select: storySelect, orderBy: { firstPublishedAt: 'desc' } });
  if (!story) throw new Error(`The demo newsroom has no published story matching ${JSON.stringify(where)}`);
  return story;
}

/** The published gallery with the most photos. */
export async function largestGallery() {
  const galleries = await db.gallery.findMany({
    where: { status: 'PUBLISHED' },
    select: { id: true, slug: true, title: true, items: { orderBy: [{ position: 'asc' }, { id: 'asc' }], select: { caption: true, credit: true, image: { select: { caption: true, credit: true, alt: true } } } } },
  });
  galleries.sort((a, b) => b.items.length - a.items.length);
  if (!galleries[0]) throw new Error('The demo newsroom has no published gallery');
  return galleries[0];
}

/** `Saturday April 20 2024` for `date` in `timeZone`, computed independently of the site's code. */
export function mastheadDate(date: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.weekday} ${parts.month} ${parts.day} ${parts.year}`;
}

/** Zero axe-core violations (WCAG 2.x A and AA plus best practice) on the page as it is now. */
export async function expectNoAxeViolations(page: Page, testInfo: TestInfo, label: string): Promise<void> {
  expect(await axeViolations(page, testInfo, label), `axe violations on ${label}`).toEqual([]);
}

/** The page's axe-core violations, briefly (attached to the report when there are any). */
export async function axeViolations(page: Page, testInfo: TestInfo, label: string) {
  // Legacy mode runs axe in the page itself. The default runs it per frame and then combines the
  // results in a blank page it opens for each check: a new renderer every time, seconds of CPU on
  // two cores, for frames from other origins that these pages do not have.
  // Only violations come back with their elements (passes would be every node of the page).
  const builder = new AxeBuilder({ page })
    .setLegacyMode()
    .options({ resultTypes: ['violations'] })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']);
  const results = await builder.analyze();
  const summary = results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
  }));
  if (summary.length) await testInfo.attach(`axe-${label}.json`, { body: JSON.stringify(summary, null, 2), contentType: 'application/json' });
  return summary;
}

/**
 * Evidence, not an assertion: a full-page screenshot in the report (playwright-report/), so a
 * person can check the page reads well on a phone and a desktop. Lazy images below the fold
 * would be blank in a full-page capture, so they load first.
 */
export async function attachScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.evaluate(() => document.querySelectorAll('img[loading="lazy"]').forEach((img) => img.setAttribute('loading', 'eager')));
  await page.waitForFunction(() => [...document.images].every((img) => img.complete), undefined, { timeout: 5_000 }).catch(() => {});
  await testInfo.attach(name, { body: await page.screenshot({ fullPage: true, animations: 'disabled' }), contentType: 'image/png' });
}

/** The page has exactly one <h1> and the main landmark. */
export async function expectPageStructure(page: Page): Promise<void> {
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('banner')).toHaveCount(1);
  await expect(page.getByRole('contentinfo')).toHaveCount(1);
}
