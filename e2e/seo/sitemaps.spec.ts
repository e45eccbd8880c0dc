import { expect, test } from '@playwright/test';
import { crawl, eachLimited, getXml, htmlReader, IMAGE_NS, NEWS_NS, SITEMAP_NS, sitePath, withDatabase } from './support';

/**
 * Search engines' view of the site: robots.txt, the sitemap index and every child sitemap, and
 * the Google News sitemap, parsed as XML and checked against the protocols; then every URL they
 * list is fetched and must answer 200 itself (no redirect) and name itself as canonical.
 */

const ZONED_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;

interface UrlEntry {
  loc: string;
  lastmod?: string;
  'image:image'?: { 'image:loc': string }[];
}

test('robots.txt opens the site, closes the newsroom, API, search and previews, and lists both sitemaps', async ({ request, baseURL }) => {
  const response = await request.get('/robots.txt');
  expect(response.status()).toBe(200);
  const lines = (await response.text()).split('\n').map((line) => line.trim()).filter(Boolean);
  const directives = lines.map((line) => {
    const colon = line.indexOf(':');
    return [line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()] as const;
  });
  const values = (name: string) => directives.filter(([key]) => key === name).map(([, value]) => value);
  expect(values('user-agent')).toEqual(['*']);
  expect(values('allow')).toEqual(['/']);
  expect(values('disallow')).toEqual(expect.arrayContaining(['/admin$', '/admin/', '/api/', '/search$', '/search?', '/search/']));
  const sitemaps = values('sitemap');
  expect(sitemaps.map((url) => sitePath(url, baseURL ?? ''))).toEqual(['/sitemap.xml', '/news-sitemap.xml']);
  for (const url of sitemaps) expect((await request.get(sitePath(url, baseURL ?? ''))).status()).toBe(200);
});

test('every URL in every sitemap answers 200, is its own canonical, indexable, titled, described and has a social image', async ({ request, baseURL, browser }) => {
  test.setTimeout(240_000);
  const base = baseURL ?? '';
  const index = await getXml(request, '/sitemap.xml');
  expect(index.sitemapindex['@xmlns']).toBe(SITEMAP_NS);
  const children: { loc: string; lastmod?: string }[] = index.sitemapindex.sitemap;
  expect(children.length).toBeGreaterThan(4);
  expect(children.length).toBeLessThanOrEqual(50_000);

  const pages = new Map<string, UrlEntry>();
  const images = new Set<string>();
  for (const child of children) {
    expect(child.loc).toMatch(/\/sitemap\/[a-z0-9-]+\.xml$/);
    if (child.lastmod) expect(child.lastmod).toMatch(ZONED_DATE);
    const urlset = (await getXml(request, sitePath(child.loc, base))).urlset;
    expect(urlset['@xmlns']).toBe(SITEMAP_NS);
    expect(urlset['@xmlns:image']).toBe(IMAGE_NS);
    const urls: UrlEntry[] = urlset.url ?? [];
    expect(urls.length, child.loc).toBeGreaterThan(0);
    expect(urls.length).toBeLessThanOrEqual(50_000);
    for (const url of urls) {
      expect(pages.has(url.loc), `${url.loc} is listed once`).toBe(false);
      pages.set(url.loc, url);
      if (url.lastmod) {
        expect(url.lastmod).toMatch(ZONED_DATE);
        expect(new Date(url.lastmod).getTime()).toBeLessThanOrEqual(Date.now());
      }
      for (const image of url['image:image'] ?? []) images.add(image['image:loc']);
    }
  }

  // Every indexable story of the demo newsroom is there, with its hero image. The seed's stories
  // are the ones created at their publication time; stories other tests create while this one
  // runs were written after the sitemaps were cached.
  const stories = await withDatabase(async (db) =>
    (
      await db.query<{ path: string; hero: boolean }>(
        `SELECT '/' || s.slug || '/' || a.slug AS path, a."heroImageId" IS NOT NULL AS hero
         FROM "Article" a JOIN "Section" s ON s.id = a."sectionId"
         WHERE a.status = 'PUBLISHED' AND a."deletedAt" IS NULL AND NOT a.noindex AND a."canonicalUrl" IS NULL AND a."createdAt" = a."firstPublishedAt"`,
      )
    ).rows,
  );
  expect(stories.length).toBeGreaterThan(50);
  for (const story of stories) {
    const entry = pages.get(`${base}${story.path}`);
    expect(entry, `${story.path} is in a sitemap`).toBeDefined();
    expect(entry?.lastmod).toBeDefined();
    if (story.hero) expect(entry?.['image:image']?.length, `${story.path} lists its hero image`).toBe(1);
  }
  for (const path of ['/', '/latest']) expect(pages.has(`${base}${path}`), path).toBe(true);
  expect([...pages.keys()].some((url) => url.includes('/galleries/'))).toBe(true);
  expect([...pages.keys()].some((url) => url.includes('/tag/'))).toBe(true);
  expect([...pages.keys()].some((url) => url.includes('/author/'))).toBe(true);

  const { publicationName } = await withDatabase(async (db) => (await db.query<{ publicationName: string }>('SELECT "publicationName" FROM "SiteSettings" WHERE id = 1')).rows[0]);
  const reader = await htmlReader(browser);
  try {
    await eachLimited([...pages.keys()], 4, async (url) => {
      const response = await crawl(request, sitePath(url, base));
      expect(response.status(), url).toBe(200);
      expect(response.headers()['content-type']).toMatch(/^text\/html/);
      const head = await reader.read(await response.text());
      // Compared as URLs: `https://host` and `https://host/` are the same address.
      expect(head.canonical && new URL(head.canonical).href, `canonical of ${url}`).toBe(new URL(url).href);
      expect(head.robots, `robots of ${url}`).toContain('max-image-preview:large');
      expect(head.robots).not.toContain('noindex');
      expect(head.title === publicationName || head.title.endsWith(` — ${publicationName}`), `title "${head.title}" of ${url}`).toBe(true);
      expect(head.description?.trim(), `description of ${url}`).toBeTruthy();
      // Every page shares with a large picture (structured-data.spec.ts fetches one of each kind).
      expect(head.meta['og:image'], `og:image of ${url}`).toHaveLength(1);
      expect(Number(head.meta['og:image:width']?.[0]), `og:image:width of ${url}`).toBeGreaterThanOrEqual(1200);
      expect(head.meta['twitter:card'], `twitter:card of ${url}`).toEqual(['summary_large_image']);
    });
    await eachLimited([...images], 4, async (url) => {
      const response = await crawl(request, sitePath(url, base));
      expect(response.status(), url).toBe(200);
      expect(response.headers()['content-type']).toMatch(/^image\//);
    });
  } finally {
    await reader.close();
  }
});

test('the Google News sitemap holds exactly the indexable stories of the last 48 hours', async ({ request, baseURL }) => {
  const base = baseURL ?? '';
  const fetchedAt = Date.now();
  const urlset = (await getXml(request, '/news-sitemap.xml')).urlset;
  expect(urlset['@xmlns']).toBe(SITEMAP_NS);
  expect(urlset['@xmlns:news']).toBe(NEWS_NS);
  const urls: { loc: string; 'news:news': Record<string, unknown> }[] = urlset.url ?? [];
  expect(urls.length).toBeGreaterThan(0);
  expect(urls.length).toBeLessThanOrEqual(1000);

  const { settings, headlines, recent } = await withDatabase(async (db) => {
    const settingsRow = (await db.query<{ publicationName: string }>('SELECT "publicationName" FROM "SiteSettings" WHERE id = 1')).rows[0];
    const rows = (
      await db.query<{ path: string; headline: string; firstPublishedAt: Date }>(
        `SELECT '/' || s.slug || '/' || a.slug AS path, a.headline, a."firstPublishedAt"
         FROM "Article" a JOIN "Section" s ON s.id = a."sectionId"
         WHERE a.status = 'PUBLISHED' AND a."deletedAt" IS NULL AND NOT a.noindex AND a."canonicalUrl" IS NULL`,
      )
    ).rows;
    // The sitemap's window starts at the minute of the request; allow that minute either side.
    const windowStart = fetchedAt - 48 * 3_600_000;
    return {
      settings: settingsRow,
      headlines: new Map(rows.map((row) => [row.path, row])),
      recent: rows.filter((row) => row.firstPublishedAt.getTime() >= windowStart + 60_000).map((row) => row.path),
    };
  });

  const listed = urls.map((url) => sitePath(url.loc, base));
  expect(new Set(listed).size).toBe(listed.length);
  expect(listed).toEqual(expect.arrayContaining(recent));
  let previous = Infinity;
  for (const url of urls) {
    const path = sitePath(url.loc, base);
    const story = headlines.get(path);
    if (!story) throw new Error(`${path} is not a published, indexable story`);
    const news = url['news:news'] as {
      'news:publication': { 'news:name': string; 'news:language': string };
      'news:publication_date': string;
      'news:title': string;
    };
    expect(news['news:publication']).toEqual({ 'news:name': settings.publicationName, 'news:language': 'en' });
    expect(news['news:publication_date']).toMatch(/\+04:00$/);
    const published = new Date(news['news:publication_date']).getTime();
    expect(published).toBe(Math.floor(story.firstPublishedAt.getTime() / 1000) * 1000);
    expect(published).toBeGreaterThanOrEqual(fetchedAt - 48 * 3_600_000 - 60_000);
    expect(published, 'newest first').toBeLessThanOrEqual(previous);
    previous = published;
    expect(news['news:title']).toBe(story.headline);
    expect((await crawl(request, path)).status()).toBe(200);
  }
});

test('one trailing-slash policy: none; a slash answers 308 to the same URL without it', async ({ request, baseURL }) => {
  const article = await withDatabase(async (db) =>
    (
      await db.query<{ path: string }>(
        `SELECT '/' || s.slug || '/' || a.slug AS path FROM "Article" a JOIN "Section" s ON s.id = a."sectionId"
         WHERE a.status = 'PUBLISHED' AND a."deletedAt" IS NULL ORDER BY a."firstPublishedAt" DESC LIMIT 1`,
      )
    ).rows[0].path,
  );
  const section = article.split('/')[1];
  for (const path of [`/${section}`, article, '/latest', '/sitemap.xml', '/rss.xml']) {
    const response = await request.get(`${path}/`, { maxRedirects: 0 });
    expect(response.status(), `${path}/`).toBe(308);
    expect(new URL(response.headers().location, baseURL).pathname).toBe(path);
    expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(200);
  }
  const withQuery = await request.get(`/${section}/?from=newsletter`, { maxRedirects: 0 });
  expect(withQuery.status()).toBe(308);
  expect(new URL(withQuery.headers().location, baseURL).search).toBe('?from=newsletter');
});
