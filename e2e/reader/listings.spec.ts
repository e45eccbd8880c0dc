import { expect, test, type APIRequestContext, type Browser } from '@playwright/test';
import { cacheTag } from '../../lib/content/tags';
import { announceChange, createAuthor, createGallery, createStory } from '../../lib/testing/newsroom';
import { htmlReader } from '../seo/support';
import { db, PUBLIC, shownHeadline } from './support';

const PER_PAGE = 20;
const GALLERIES_PER_PAGE = 12;
const NEWEST = [{ firstPublishedAt: 'desc' as const }, { id: 'desc' as const }];

test.describe('listings', () => {
  test('latest lists every story newest first, 20 a page, at stable page URLs', async ({ page, request }) => {
    const total = await db.article.count({ where: PUBLIC });
    const lastPage = Math.ceil(total / PER_PAGE);
    expect(lastPage).toBeGreaterThan(1);
    const newest = await db.article.findMany({ where: PUBLIC, orderBy: NEWEST, take: PER_PAGE + 1, select: { headline: true, mediaMarker: true } });

    await page.goto('/latest');
    const headlines = page.locator('main ol > li h2');
    await expect(headlines).toHaveCount(PER_PAGE);
    await expect(headlines.first()).toHaveText(shownHeadline(newest[0]));
    await expect(headlines.last()).toHaveText(shownHeadline(newest[PER_PAGE - 1]));
    await expect(page.getByText(`Page 1 of ${lastPage}`)).toBeVisible();

    await page.getByRole('link', { name: /Older/ }).click();
    await expect(page).toHaveURL(/\/latest\/page\/2$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Latest news — page 2');
    await expect(page.locator('main ol > li h2').first()).toHaveText(shownHeadline(newest[PER_PAGE]));
    await page.getByRole('link', { name: /Newer/ }).click();
    await expect(page).toHaveURL(/\/latest$/);

    expect((await request.get(`/latest/page/${lastPage}`)).status()).toBe(200);
    expect((await request.get(`/latest/page/${lastPage + 1}`)).status()).toBe(404);
    expect((await request.get('/latest/page/0')).status()).toBe(404);
    const first = await request.get('/latest/page/1', { maxRedirects: 0 });
    expect(first.status()).toBe(301);
    expect(first.headers().location).toMatch(/\/latest$/);
  });

  test('a section page lists only that section, and the masthead lists every section', async ({ page }) => {
    const sections = await db.section.findMany({ orderBy: [{ position: 'asc' }, { name: 'asc' }], select: { name: true, slug: true, id: true } });
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Sections', exact: true });
    for (const section of sections) await expect(nav.getByRole('link', { name: section.name, exact: true })).toHaveAttribute('href', `/${section.slug}`);

    const section = sections[0];
    await nav.getByRole('link', { name: section.name, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/${section.slug}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(section.name);
    const expected = await db.article.findMany({ where: { ...PUBLIC, sectionId: section.id }, orderBy: NEWEST, take: PER_PAGE, select: { headline: true, mediaMarker: true } });
    await expect(page.locator('main ol > li h2')).toHaveText(expected.map(shownHeadline));
  });

  test('a tag page lists the stories with that tag', async ({ page }) => {
    const tags = await db.tag.findMany({ select: { id: true, name: true, slug: true, _count: { select: { articles: true } } } });
    const tag = tags.sort((a, b) => b._count.articles - a._count.articles)[0];
    const expected = await db.article.findMany({ where: { ...PUBLIC, tags: { some: { tagId: tag.id } } }, orderBy: NEWEST, take: PER_PAGE, select: { headline: true, mediaMarker: true } });
    await page.goto(`/tag/${tag.slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(tag.name);
    await expect(page.locator('main ol > li h2')).toHaveText(expected.map(shownHeadline));
  });

  test('an author page shows bio, photo and the author’s stories', async ({ page }) => {
    const author = await db.user.findFirstOrThrow({
      where: { bylines: { some: { article: PUBLIC } }, avatarId: { not: null }, bio: { not: '' } },
      select: { id: true, name: true, slug: true, bio: true, avatar: { select: { alt: true } } },
    });
    const expected = await db.article.findMany({ where: { ...PUBLIC, authors: { some: { userId: author.id } } }, orderBy: NEWEST, take: PER_PAGE, select: { headline: true, mediaMarker: true } });
    await page.goto(`/author/${author.slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(author.name);
    await expect(page.getByText(author.bio, { exact: true })).toBeVisible();
    const photo = page.locator('main header img');
    await expect(photo).toHaveAttribute('alt', author.avatar?.alt || author.name);
    await expect(page.locator('main ol > li h2')).toHaveText(expected.map(shownHeadline));
  });

  test('the home page has a lead story, top stories, section blocks, the Latest rail and galleries', async ({ page }) => {
    const newest = await db.article.findMany({ where: PUBLIC, orderBy: NEWEST, take: 6, select: { headline: true, mediaMarker: true, heroImageId: true } });
    await page.goto('/');
    const lead = newest.find((story) => story.heroImageId) ?? newest[0];
    await expect(page.getByRole('region', { name: 'Lead story' }).getByRole('heading', { level: 2 })).toHaveText(shownHeadline(lead));
    // Top stories are listings too: headline, standfirst, time and thumbnail, like every other.
    const top = page.getByRole('region', { name: 'Top stories' }).getByRole('article');
    await expect(top).not.toHaveCount(0);
    // Other specs publish stories meanwhile: each card is checked against the story it shows.
    let standfirsts = 0;
    for (const card of await top.all()) {
      const shown = (await card.getByRole('heading', { level: 3 }).textContent()) ?? '';
      const story = await db.article.findFirstOrThrow({ where: { ...PUBLIC, headline: { in: [shown, shown.replace(/^\w+: /, '')] } }, select: { standfirst: true, heroImageId: true } });
      if (story.standfirst) {
        await expect(card.getByText(story.standfirst, { exact: true })).toBeVisible();
        standfirsts++;
      }
      await expect(card.locator('img')).toHaveCount(story.heroImageId ? 1 : 0);
    }
    expect(standfirsts, 'top stories with a standfirst show it').toBeGreaterThan(0);
    await expect(page.getByRole('region', { name: 'Latest', exact: true }).getByRole('link', { name: newest[0].headline })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Galleries' }).getByRole('link').first()).toBeVisible();
    const firstSection = await db.section.findFirstOrThrow({ orderBy: { position: 'asc' }, select: { name: true } });
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^${firstSection.name}`) })).toBeVisible();
    // The lead picture's `sizes` matches where it is drawn, so the browser fetches a file about
    // that wide, not one for a wider slot.
    if (lead.heroImageId) {
      const picture = page.getByRole('region', { name: 'Lead story' }).locator('img');
      await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
      const { drawn, fetched } = await picture.evaluate((img: HTMLImageElement) => ({ drawn: img.clientWidth, fetched: img.naturalWidth }));
      expect(fetched).toBeGreaterThanOrEqual(drawn);
      expect(fetched).toBeLessThan(drawn * 1.5);
    }
  });
});

/**
 * Page 1 at the bare URL, pages 2…last at /page/N with rel=prev/next in the served HTML (parsed by
 * Chromium with scripts off), /page/1 a 301 to the bare URL, and a 404 past the last page.
 */
async function expectPaginated(request: APIRequestContext, browser: Browser, basePath: string, total: number, perPage: number, baseURL: string) {
  const lastPage = Math.ceil(total / perPage);
  expect(lastPage, `${basePath} has a second page`).toBeGreaterThan(1);
  const url = (page: number) => `${baseURL}${page === 1 ? basePath : `${basePath}/page/${page}`}`;
  const reader = await htmlReader(browser);
  try {
    for (const page of [...new Set([1, 2, lastPage])]) {
      const response = await request.get(url(page).slice(baseURL.length), { maxRedirects: 0 });
      expect(response.status(), url(page)).toBe(200);
      const head = await reader.read(await response.text());
      const rel = (name: string) => head.links.filter((link) => link.rel === name).map((link) => link.href);
      expect(head.canonical, `canonical of ${url(page)}`).toBe(url(page));
      expect(rel('prev'), `rel=prev of ${url(page)}`).toEqual(page > 1 ? [url(page - 1)] : []);
      expect(rel('next'), `rel=next of ${url(page)}`).toEqual(page < lastPage ? [url(page + 1)] : []);
    }
  } finally {
    await reader.close();
  }
  expect((await request.get(`${basePath}/page/${lastPage + 1}`, { maxRedirects: 0 })).status()).toBe(404);
  const first = await request.get(`${basePath}/page/1`, { maxRedirects: 0 });
  expect(first.status()).toBe(301);
  expect(new URL(first.headers().location, baseURL).pathname).toBe(basePath);
}

test.describe('pagination of every listing', () => {
  test('a tag with more than 20 stories has page 2, then a 404', async ({ page, request, browser, baseURL }) => {
    const tags = await db.tag.findMany({ select: { id: true, slug: true, articles: { where: { article: PUBLIC }, select: { articleId: true } } } });
    const tag = tags.sort((a, b) => b.articles.length - a.articles.length)[0];
    const where = { ...PUBLIC, tags: { some: { tagId: tag.id } } };
    await expectPaginated(request, browser, `/tag/${tag.slug}`, await db.article.count({ where }), PER_PAGE, baseURL ?? '');
    const second = await db.article.findMany({ where, orderBy: NEWEST, skip: PER_PAGE, take: PER_PAGE, select: { headline: true, mediaMarker: true } });
    await page.goto(`/tag/${tag.slug}/page/2`);
    await expect(page.locator('main ol > li h2')).toHaveText(second.map(shownHeadline));
  });

  test('a section and an author with more than 20 stories have page 2, then a 404', async ({ page, request, browser, baseURL }) => {
    // The demo desks have fewer than 21 stories each: a new writer files 21 more in the last
    // section, dated 2019 so they come after everything other tests read from the listings.
    const section = await db.section.findFirstOrThrow({ orderBy: [{ position: 'desc' }, { id: 'desc' }], select: { id: true, slug: true } });
    const writer = await createAuthor(db, { name: `Archive Writer ${Date.now()}` });
    const stories = [];
    for (let day = 1; day <= PER_PAGE + 1; day++) {
      stories.push(await createStory(db, { sectionId: section.id, createdById: writer.id, authorIds: [writer.id], firstPublishedAt: new Date(Date.UTC(2019, 0, day, 8)) }));
    }

    const inSection = { ...PUBLIC, sectionId: section.id };
    await expect.poll(async () => (await request.get(`/${section.slug}`)).text().then((html) => html.includes(`/${section.slug}/page/2`))).toBe(true);
    await expectPaginated(request, browser, `/${section.slug}`, await db.article.count({ where: inSection }), PER_PAGE, baseURL ?? '');
    await expectPaginated(request, browser, `/author/${writer.slug}`, stories.length, PER_PAGE, baseURL ?? '');

    const second = await db.article.findMany({ where: inSection, orderBy: NEWEST, skip: PER_PAGE, take: PER_PAGE, select: { headline: true, mediaMarker: true } });
    await page.goto(`/${section.slug}/page/2`);
    await expect(page.locator('main ol > li h2')).toHaveText(second.map(shownHeadline));
    await page.goto(`/author/${writer.slug}/page/2`);
    await expect(page.locator('main ol > li h2')).toHaveText([stories[0].headline]);
  });

  test('the galleries listing has page 2 once there are more than 12 galleries, then a 404', async ({ page, request, browser, baseURL }) => {
    const published = { status: 'PUBLISHED', items: { some: {} } } as const;
    // Photos that exist in storage, so every new gallery's cover and crops answer.
    const photo = await db.galleryItem.findFirstOrThrow({ where: { gallery: published }, select: { imageId: true, gallery: { select: { createdById: true } } } });
    const missing = GALLERIES_PER_PAGE + 1 - (await db.gallery.count({ where: published }));
    for (let day = 1; day <= missing; day++) {
      await createGallery(db, { createdById: photo.gallery.createdById, imageIds: [photo.imageId], title: `Archive photos ${day}`, publishedAt: new Date(Date.UTC(2019, 0, day, 8)) });
    }
    await announceChange(db, [cacheTag.galleryLists]);

    await expect.poll(async () => (await request.get('/galleries')).text().then((html) => html.includes('/galleries/page/2'))).toBe(true);
    const total = await db.gallery.count({ where: published });
    await expectPaginated(request, browser, '/galleries', total, GALLERIES_PER_PAGE, baseURL ?? '');
    await page.goto('/galleries/page/2');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Galleries — page 2');
    await expect(page.locator('main ul[role="list"] > li')).toHaveCount(Math.min(GALLERIES_PER_PAGE, total - GALLERIES_PER_PAGE));

    // The oldest are the one-photo archive galleries: counted in the singular, and their lightbox
    // has nothing to step to.
    await expect(page.getByText(/^1 photo ·/).first()).toBeVisible();
    await page.getByRole('main').getByRole('link', { name: 'Archive photos 1', exact: true }).click();
    await page.locator('next-route-announcer').waitFor({ state: 'attached' });
    await page.locator('.gallery-strip a').first().click();
    await expect(page.getByRole('dialog').getByTestId('lightbox-counter')).toHaveText('1 / 1');
    await expect(page.getByRole('dialog').getByRole('button', { name: /Next photo|Previous photo/ })).toHaveCount(0);
  });
});
