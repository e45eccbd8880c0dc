import { expect, test } from '@playwright/test';
import Parser from 'rss-parser';
import sharp from 'sharp';
import { crawl, htmlReader, sitePath, withDatabase } from './support';

/**
 * RSS for feed readers: the whole site, each section and each author, parsed with rss-parser.
 * Items are the newest published stories with stable GUIDs, links that answer 200 and a hero
 * image (media:content) that exists at 1200 px; pages advertise their feeds. Only people with an
 * author page (a published byline) have a feed.
 */

type MediaContent = { $: { url: string; width: string; height: string; type: string; medium: string } };
const parser = new Parser<Record<string, unknown>, { 'media:content'?: MediaContent; 'dc:creator'?: string }>({
  customFields: { item: [['media:content', 'media:content'], ['dc:creator', 'dc:creator']] },
});

async function readFeed(request: import('@playwright/test').APIRequestContext, path: string) {
  const response = await request.get(path, { maxRedirects: 0 });
  expect(response.status(), path).toBe(200);
  expect(response.headers()['content-type']).toBe('application/rss+xml; charset=utf-8');
  return parser.parseString(await response.text());
}

test('the site feed: the 50 newest stories, newest first, with permanent GUIDs, bylines and hero images', async ({ request, baseURL }) => {
  const base = baseURL ?? '';
  const feed = await readFeed(request, '/rss.xml');
  const { publicationName, newest } = await withDatabase(async (db) => ({
    publicationName: (await db.query<{ publicationName: string }>('SELECT "publicationName" FROM "SiteSettings" WHERE id = 1')).rows[0].publicationName,
    newest: (
      await db.query<{ id: number }>(
        `SELECT id FROM "Article" WHERE status = 'PUBLISHED' AND "deletedAt" IS NULL ORDER BY "firstPublishedAt" DESC, id DESC LIMIT 50`,
      )
    ).rows.map((row) => row.id),
  }));
  expect(feed.title).toBe(publicationName);
  expect(feed.feedUrl).toBe(`${base}/rss.xml`);
  expect(feed.items).toHaveLength(50);
  expect(feed.items.map((item) => item.guid)).toEqual(newest.map((id) => `urn:dateline:story:${id}`));

  let previous = Infinity;
  const withImages = feed.items.filter((item) => item['media:content']);
  expect(withImages.length).toBeGreaterThan(10);
  for (const item of feed.items) {
    const published = new Date(item.isoDate ?? '').getTime();
    expect(published).toBeLessThanOrEqual(previous);
    previous = published;
    expect(item.title?.trim()).toBeTruthy();
    expect(item.contentSnippet?.trim(), 'summary').toBeTruthy();
    expect(item['dc:creator']?.trim(), 'byline').toBeTruthy();
    expect(item.categories?.length).toBeGreaterThan(0);
    expect((await crawl(request, sitePath(item.link ?? '', base))).status(), item.link).toBe(200);
  }
  for (const item of withImages.slice(0, 3)) {
    const media = item['media:content']?.$;
    expect(media).toMatchObject({ medium: 'image', type: 'image/jpeg', width: '1200', height: '675' });
    const image = await request.get(sitePath(media?.url ?? '', base));
    expect(image.status()).toBe(200);
    expect(image.headers()['cache-control']).toContain('immutable');
    const size = await sharp(await image.body()).metadata();
    expect({ format: size.format, width: size.width, height: size.height }).toEqual({ format: 'jpeg', width: 1200, height: 675 });
  }
});

test('each section and author feed holds only its own stories; an unknown one is 404', async ({ request, baseURL }) => {
  const base = baseURL ?? '';
  const { sections, author } = await withDatabase(async (db) => ({
    sections: (await db.query<{ slug: string; name: string; stories: number }>(
      `SELECT s.slug, s.name, count(a.id)::int AS stories FROM "Section" s
       LEFT JOIN "Article" a ON a."sectionId" = s.id AND a.status = 'PUBLISHED' AND a."deletedAt" IS NULL
       GROUP BY s.id ORDER BY s.position`,
    )).rows,
    author: (await db.query<{ slug: string; name: string; stories: number }>(
      `SELECT u.slug, u.name, count(*)::int AS stories FROM "User" u JOIN "ArticleAuthor" au ON au."userId" = u.id
       JOIN "Article" a ON a.id = au."articleId" AND a.status = 'PUBLISHED' AND a."deletedAt" IS NULL
       GROUP BY u.id ORDER BY count(*) DESC LIMIT 1`,
    )).rows[0],
  }));
  for (const section of sections) {
    const feed = await readFeed(request, `/feeds/section/${section.slug}.xml`);
    expect(feed.title).toContain(section.name);
    expect(feed.link).toBe(`${base}/${section.slug}`);
    expect(feed.items).toHaveLength(Math.min(50, section.stories));
    for (const item of feed.items) expect(new URL(item.link ?? '').pathname.split('/')[1]).toBe(section.slug);
  }
  const feed = await readFeed(request, `/feeds/author/${author.slug}.xml`);
  expect(feed.title).toContain(author.name);
  expect(feed.items).toHaveLength(Math.min(50, author.stories));
  for (const item of feed.items) expect(item['dc:creator']).toContain(author.name);

  for (const path of ['/feeds/section/no-such-section.xml', '/feeds/author/no-such-person.xml', `/feeds/section/${sections[0].slug}`]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});

test('a staff member without a published byline has neither an author page nor a feed', async ({ request }) => {
  const staff = await withDatabase(async (db) =>
    (
      await db.query<{ slug: string }>(
        `SELECT u.slug FROM "User" u WHERE NOT EXISTS (
           SELECT 1 FROM "ArticleAuthor" au JOIN "Article" a ON a.id = au."articleId"
           WHERE au."userId" = u.id AND a.status = 'PUBLISHED' AND a."deletedAt" IS NULL)
         ORDER BY u.id LIMIT 1`,
      )
    ).rows[0],
  );
  expect(staff, 'the demo newsroom has staff who write no stories (the first Admin)').toBeDefined();
  expect((await request.get(`/author/${staff.slug}`, { maxRedirects: 0 })).status()).toBe(404);
  expect((await request.get(`/feeds/author/${staff.slug}.xml`, { maxRedirects: 0 })).status()).toBe(404);
});

test('pages advertise their feeds for autodiscovery', async ({ request, baseURL, browser }) => {
  const base = baseURL ?? '';
  const { section, author } = await withDatabase(async (db) => ({
    section: (await db.query<{ slug: string }>('SELECT slug FROM "Section" ORDER BY position LIMIT 1')).rows[0].slug,
    author: (await db.query<{ slug: string }>(
      `SELECT u.slug FROM "User" u JOIN "ArticleAuthor" au ON au."userId" = u.id JOIN "Article" a ON a.id = au."articleId"
       WHERE a.status = 'PUBLISHED' AND a."deletedAt" IS NULL LIMIT 1`,
    )).rows[0].slug,
  }));
  const reader = await htmlReader(browser);
  try {
    const expectations: [string, string[]][] = [
      ['/', ['/rss.xml']],
      [`/${section}`, ['/rss.xml', `/feeds/section/${section}.xml`]],
      [`/author/${author}`, ['/rss.xml', `/feeds/author/${author}.xml`]],
      ['/search?q=budget', ['/rss.xml']],
    ];
    for (const [page, feeds] of expectations) {
      const head = await reader.read(await (await request.get(page)).text());
      const advertised = head.links.filter((link) => link.rel === 'alternate' && link.type === 'application/rss+xml');
      expect(advertised.map((link) => link.href)).toEqual(feeds.map((feed) => `${base}${feed}`));
      for (const link of advertised) {
        expect(link.title?.trim()).toBeTruthy();
        expect((await request.get(sitePath(link.href, base))).status()).toBe(200);
      }
    }
  } finally {
    await reader.close();
  }
});
