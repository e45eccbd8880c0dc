import { expect, test } from '@playwright/test';
import { db, PUBLIC, shownHeadline } from './support';

const PER_PAGE = 20;
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
    await expect(page.getByRole('region', { name: 'Top stories' }).getByRole('heading', { level: 3 })).not.toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Latest', exact: true }).getByRole('link', { name: newest[0].headline })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Galleries' }).getByRole('link').first()).toBeVisible();
    const firstSection = await db.section.findFirstOrThrow({ orderBy: { position: 'asc' }, select: { name: true } });
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^${firstSection.name}`) })).toBeVisible();
  });
});
