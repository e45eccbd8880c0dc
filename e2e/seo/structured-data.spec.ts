import { expect, test, type APIRequestContext } from '@playwright/test';
import sharp from 'sharp';
import { db } from '../../lib/db/client';
import { createStory } from '../../lib/testing/newsroom';
import { toZonedIso } from '../../lib/time/format';
import { htmlReader, jsonLdNodes, sitePath, withDatabase, type HeadInfo } from './support';

/**
 * What search engines and social networks read from a page: JSON-LD (parsed with JSON.parse),
 * Open Graph and X card tags, canonical and robots; every URL they point at must answer, and
 * every image must really be as wide as Google and Facebook require.
 */

async function imageSize(request: APIRequestContext, url: string, base: string) {
  const response = await request.get(sitePath(url, base));
  expect(response.status(), url).toBe(200);
  const metadata = await sharp(await response.body()).metadata();
  return { width: metadata.width ?? 0, height: metadata.height ?? 0 };
}

async function readPage(request: APIRequestContext, browser: import('@playwright/test').Browser, path: string) {
  const response = await request.get(path, { maxRedirects: 0 });
  expect(response.status(), path).toBe(200);
  const reader = await htmlReader(browser);
  try {
    return await reader.read(await response.text());
  } finally {
    await reader.close();
  }
}

test('a story: NewsArticle with three ≥1200 px crops, dates with offset, people, publisher; breadcrumbs; Open Graph', async ({ request, browser, baseURL }) => {
  const base = baseURL ?? '';
  const story = await withDatabase(async (db) => {
    const row = (
      await db.query<{ id: number; path: string; headline: string; firstPublishedAt: Date; updatedAt: Date; section: string; timeZone: string; publicationName: string }>(
        `SELECT a.id, '/' || s.slug || '/' || a.slug AS path, a.headline, a."firstPublishedAt", a."updatedAt", s.name AS section,
                st."timeZone", st."publicationName"
         FROM "Article" a JOIN "Section" s ON s.id = a."sectionId" CROSS JOIN "SiteSettings" st
         WHERE a.status = 'PUBLISHED' AND a."deletedAt" IS NULL AND a."heroImageId" IS NOT NULL
           AND (SELECT count(*) FROM "ArticleAuthor" au WHERE au."articleId" = a.id) >= 1
           AND (SELECT count(*) FROM "ArticleTag" t WHERE t."articleId" = a.id) >= 1
         ORDER BY a."updatedAt" > a."firstPublishedAt" DESC, a."firstPublishedAt" DESC LIMIT 1`,
      )
    ).rows[0];
    const authors = (await db.query<{ name: string; slug: string }>(
      `SELECT u.name, u.slug FROM "ArticleAuthor" au JOIN "User" u ON u.id = au."userId" WHERE au."articleId" = $1 ORDER BY au.position`,
      [row.id],
    )).rows;
    const tags = (await db.query<{ name: string }>(
      `SELECT t.name FROM "ArticleTag" at JOIN "Tag" t ON t.id = at."tagId" WHERE at."articleId" = $1 ORDER BY at.position`,
      [row.id],
    )).rows.map((tag) => tag.name);
    return { ...row, authors, tags };
  });
  const url = `${base}${story.path}`;
  const head = await readPage(request, browser, story.path);
  const nodes = jsonLdNodes(head.jsonLd);

  const article = nodes.find((node) => node['@type'] === 'NewsArticle');
  if (!article) throw new Error('no NewsArticle');
  expect(article).toMatchObject({
    headline: story.headline,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': head.canonical },
    datePublished: toZonedIso(story.firstPublishedAt, story.timeZone),
    dateModified: toZonedIso(story.updatedAt, story.timeZone),
    articleSection: story.section,
    keywords: story.tags,
    inLanguage: 'en',
    author: story.authors.map((author) => ({ '@type': 'Person', name: author.name, url: `${base}/author/${author.slug}` })),
    publisher: { '@type': 'NewsMediaOrganization', name: story.publicationName },
  });
  expect(String(article.datePublished)).toMatch(/\+04:00$/);
  expect(String(article.description).trim()).toBeTruthy();
  for (const author of article.author as { url: string }[]) expect((await request.get(sitePath(author.url, base))).status()).toBe(200);

  const images = article.image as { url: string; width: number; height: number }[];
  expect(images.map((image) => (image.width / image.height).toFixed(3))).toEqual([(16 / 9).toFixed(3), (4 / 3).toFixed(3), '1.000']);
  for (const image of images) {
    const size = await imageSize(request, image.url, base);
    expect(size).toEqual({ width: image.width, height: image.height });
    expect(size.width).toBeGreaterThanOrEqual(1200);
  }
  const logo = (article.publisher as { logo: { url: string } }).logo;
  const logoSize = await imageSize(request, logo.url, base);
  expect(Math.min(logoSize.width, logoSize.height)).toBeGreaterThanOrEqual(112);

  const breadcrumbs = nodes.find((node) => node['@type'] === 'BreadcrumbList');
  const crumbs = (breadcrumbs?.itemListElement ?? []) as { position: number; name: string; item: string }[];
  expect(crumbs.map((crumb) => crumb.position)).toEqual([1, 2, 3]);
  expect(crumbs.map((crumb) => crumb.name)).toEqual([story.publicationName, story.section, story.headline]);
  expect(crumbs[2].item).toBe(url);
  for (const crumb of crumbs) expect((await request.get(sitePath(crumb.item, base), { maxRedirects: 0 })).status()).toBe(200);

  // Open Graph and X.
  expect(head.title).toBe(`${story.headline} — ${story.publicationName}`);
  expect(head.canonical).toBe(url);
  expect(head.meta['og:type']).toEqual(['article']);
  expect(head.meta['og:url']).toEqual([url]);
  expect(head.meta['og:site_name']).toEqual([story.publicationName]);
  expect(head.meta['article:published_time']).toEqual([toZonedIso(story.firstPublishedAt, story.timeZone)]);
  expect(head.meta['article:modified_time']).toEqual([toZonedIso(story.updatedAt, story.timeZone)]);
  expect(head.meta['article:section']).toEqual([story.section]);
  expect(head.meta['article:tag']).toEqual(story.tags);
  expect(head.meta['article:author']).toEqual(story.authors.map((author) => `${base}/author/${author.slug}`));
  expect(head.meta['twitter:card']).toEqual(['summary_large_image']);
  const ogImage = head.meta['og:image']?.[0] ?? '';
  expect(Number(head.meta['og:image:width']?.[0])).toBeGreaterThanOrEqual(1200);
  expect((await imageSize(request, ogImage, base)).width).toBeGreaterThanOrEqual(1200);
});

test('a gallery: ImageGallery listing every photo, each of which answers', async ({ request, browser, baseURL }) => {
  const base = baseURL ?? '';
  const gallery = await withDatabase(async (db) =>
    (
      await db.query<{ slug: string; title: string; photos: number }>(
        `SELECT g.slug, g.title, count(i.id)::int AS photos FROM "Gallery" g JOIN "GalleryItem" i ON i."galleryId" = g.id
         WHERE g.status = 'PUBLISHED' GROUP BY g.id ORDER BY count(i.id) DESC LIMIT 1`,
      )
    ).rows[0],
  );
  const head = await readPage(request, browser, `/galleries/${gallery.slug}`);
  const node = jsonLdNodes(head.jsonLd).find((entry) => entry['@type'] === 'ImageGallery');
  if (!node) throw new Error('no ImageGallery');
  expect(node.name).toBe(gallery.title);
  expect(node.url).toBe(`${base}/galleries/${gallery.slug}`);
  const photos = node.image as { contentUrl: string; url: string; width: number; height: number }[];
  expect(photos).toHaveLength(gallery.photos);
  for (const photo of photos) {
    const response = await request.get(sitePath(photo.contentUrl, base));
    expect(response.status(), photo.contentUrl).toBe(200);
    expect((await request.get(sitePath(photo.url, base), { maxRedirects: 0 })).status(), photo.url).toBe(200);
  }
  expect((await imageSize(request, head.meta['og:image']?.[0] ?? '', base)).width).toBeGreaterThanOrEqual(1200);
});

test('the home page: WebSite with a working SearchAction, and the NewsMediaOrganization with its profiles', async ({ request, browser, baseURL }) => {
  const base = baseURL ?? '';
  const head = await readPage(request, browser, '/');
  const nodes = jsonLdNodes(head.jsonLd);
  const website = nodes.find((node) => node['@type'] === 'WebSite');
  const target = (website?.potentialAction as { target: { urlTemplate: string }; 'query-input': string }).target.urlTemplate;
  expect(target).toBe(`${base}/search?q={search_term_string}`);
  const search = await request.get(sitePath(target.replace('{search_term_string}', encodeURIComponent('Bakı budget')), base));
  expect(search.status()).toBe(200);
  const organization = nodes.find((node) => node['@type'] === 'NewsMediaOrganization');
  expect(organization?.['@id']).toBe(`${base}/#organization`);
  expect(organization?.sameAs).toEqual(expect.arrayContaining(['https://x.com/CaspianDateline', 'https://www.facebook.com/CaspianDateline']));
  expect(website?.publisher).toEqual({ '@id': `${base}/#organization` });
});

test('search results and stories marked noindex stay out of the index; text cannot break out of JSON-LD', async ({ request, browser, page }) => {
  const searchHead = await readPage(request, browser, '/search?q=budget');
  expect(searchHead.robots).toContain('noindex');

  // A new story, written straight into the database as the editor would save it. Its URL has never
  // been requested, so nothing cached stands between the row and the page.
  const headline = `Seo e2e </script><script>window.__pwned = 1</script> “quoted” & ]]> ${Date.now()}`;
  const path = await withDatabase(async (db) => {
    const { rows } = await db.query<{ path: string }>(
      `WITH author AS (SELECT u.id FROM "User" u JOIN "ArticleAuthor" au ON au."userId" = u.id LIMIT 1),
            section AS (SELECT id, slug FROM "Section" ORDER BY position LIMIT 1)
       INSERT INTO "Article" (slug, headline, standfirst, body, "bodyText", status, "firstPublishedAt", "publishedAt", "updatedAt", "sectionId", "createdById", noindex)
       SELECT $1, $2, 'A standfirst.', '{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"Body."}]}]}', 'Body.',
              'PUBLISHED', '2019-03-01T08:00:00Z', '2019-03-01T08:00:00Z', '2019-03-01T08:00:00Z', section.id, author.id, true
       FROM author, section RETURNING '/' || (SELECT slug FROM section) || '/' || slug AS path`,
      [`seo-e2e-noindex-${Date.now()}`, headline],
    );
    return rows[0].path;
  });
  const head = await readPage(request, browser, path);
  expect(head.robots).toContain('noindex');
  const article = jsonLdNodes(head.jsonLd).find((node) => node['@type'] === 'NewsArticle');
  expect(article?.headline).toBe(headline);

  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(path);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(errors).toEqual([]);
});

test('every kind of public page shares with a large picture (an og:image ≥ 1200 px that answers, a summary_large_image X card) and names a canonical that answers 200', async ({ request, browser, baseURL }) => {
  test.setTimeout(120_000);
  const base = baseURL ?? '';
  const paths = await withDatabase(async (client) => {
    const first = async (sql: string) => (await client.query<{ path: string }>(sql)).rows.map((row) => row.path);
    return [
      '/',
      '/latest',
      '/latest/page/2',
      '/galleries',
      '/search',
      '/search?q=budget',
      ...(await first(`SELECT '/' || slug AS path FROM "StaticPage" ORDER BY slug`)),
      ...(await first(`SELECT '/' || slug AS path FROM "Section" ORDER BY position LIMIT 1`)),
      ...(await first(
        `SELECT '/tag/' || t.slug AS path FROM "Tag" t JOIN "ArticleTag" at ON at."tagId" = t.id JOIN "Article" a ON a.id = at."articleId"
         WHERE a.status = 'PUBLISHED' AND a."deletedAt" IS NULL GROUP BY t.id ORDER BY count(*) DESC LIMIT 1`,
      )),
      ...(await first(
        `SELECT '/author/' || u.slug AS path FROM "User" u JOIN "ArticleAuthor" au ON au."userId" = u.id JOIN "Article" a ON a.id = au."articleId"
         WHERE a.status = 'PUBLISHED' AND a."deletedAt" IS NULL GROUP BY u.id ORDER BY count(*) DESC LIMIT 1`,
      )),
      ...(await first(
        `SELECT '/galleries/' || g.slug || suffix AS path FROM (SELECT g.slug FROM "Gallery" g WHERE g.status = 'PUBLISHED'
         AND EXISTS (SELECT 1 FROM "GalleryItem" i WHERE i."galleryId" = g.id) ORDER BY g."publishedAt" DESC LIMIT 1) g
         CROSS JOIN (VALUES (''), ('/photo/1')) AS suffixes(suffix)`,
      )),
      ...(await first(
        `SELECT '/' || s.slug || '/' || a.slug AS path FROM "Article" a JOIN "Section" s ON s.id = a."sectionId"
         WHERE a.status = 'PUBLISHED' AND a."deletedAt" IS NULL AND a."heroImageId" IS NOT NULL ORDER BY a."firstPublishedAt" DESC LIMIT 1`,
      )),
    ];
  });
  expect(paths.filter((path) => path.startsWith('/tag/') || path.startsWith('/author/') || path.startsWith('/galleries/'))).toHaveLength(4);
  expect(paths).toEqual(expect.arrayContaining(['/about', '/contact']));

  const checked = new Map<string, { width: number; height: number }>();
  const canonicals = new Set<string>();
  const reader = await htmlReader(browser);
  try {
    for (const path of paths) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(200);
      const head: HeadInfo = await reader.read(await response.text());
      expect(head.meta['twitter:card'], `twitter:card of ${path}`).toEqual(['summary_large_image']);
      expect(head.meta['twitter:image'], `twitter:image of ${path}`).toHaveLength(1);
      const [image] = head.meta['og:image'] ?? [];
      expect(image, `og:image of ${path}`).toBeTruthy();
      const declared = { width: Number(head.meta['og:image:width']?.[0]), height: Number(head.meta['og:image:height']?.[0]) };
      expect(declared.width, `og:image:width of ${path}`).toBeGreaterThanOrEqual(1200);
      if (!checked.has(image)) checked.set(image, await imageSize(request, image, base));
      expect(checked.get(image), `${image} of ${path}`).toEqual(declared);
      // A photo's page names its gallery, search results the search page: wherever it points
      // answers itself, with no redirect.
      expect(head.canonical, `canonical of ${path}`).toBeTruthy();
      if (!canonicals.has(head.canonical!)) {
        canonicals.add(head.canonical!);
        expect((await request.get(sitePath(head.canonical!, base), { maxRedirects: 0 })).status(), `canonical ${head.canonical} of ${path}`).toBe(200);
      }
    }
  } finally {
    await reader.close();
  }
});

test('a story without a hero image: the publication’s card as og:image and as NewsArticle.image in three ratios', async ({ request, browser, baseURL }) => {
  const base = baseURL ?? '';
  const [section, author] = await Promise.all([
    db.section.findFirstOrThrow({ orderBy: { position: 'asc' }, select: { id: true, slug: true } }),
    db.user.findFirstOrThrow({ where: { bylines: { some: {} } }, select: { id: true } }),
  ]);
  // Dated 2019 so it is in no feed, news sitemap or listing another test could be reading.
  const story = await createStory(db, {
    sectionId: section.id,
    createdById: author.id,
    authorIds: [author.id],
    heroImageId: null,
    headline: `A story told in words alone ${Date.now()}`,
    standfirst: 'No photograph was taken.',
    firstPublishedAt: new Date('2019-06-01T08:00:00Z'),
  });
  const head = await readPage(request, browser, `/${section.slug}/${story.slug}`);
  const article = jsonLdNodes(head.jsonLd).find((node) => node['@type'] === 'NewsArticle');
  if (!article) throw new Error('no NewsArticle');

  const images = article.image as { url: string; width: number; height: number }[];
  expect(images.map((image) => new URL(image.url).pathname)).toEqual(['/social-card/16x9.png', '/social-card/4x3.png', '/social-card/1x1.png']);
  for (const image of images) {
    const response = await request.get(sitePath(image.url, base));
    expect(response.status(), image.url).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    const size = await sharp(await response.body()).metadata();
    expect({ width: size.width, height: size.height }, image.url).toEqual({ width: image.width, height: image.height });
    expect(size.width).toBeGreaterThanOrEqual(1200);
  }
  expect(head.meta['og:image']).toEqual([images[0].url]);
  expect(head.meta['twitter:image']).toEqual([images[0].url]);
  expect(head.meta['og:image:width']).toEqual(['1200']);
  // Nothing else answers at the card's address.
  for (const path of ['/social-card/2x1.png', '/social-card/16x9.jpg', '/social-card']) expect((await request.get(path)).status(), path).toBe(404);
});

test('every page names its icons, for tabs, bookmarks and home screens; /favicon.ico answers for feed readers and XML pages', async ({ request, browser }) => {
  for (const path of ['/', '/latest', '/admin/sign-in']) {
    const head = await readPage(request, browser, path);
    const icons = head.links.filter((link) => link.rel === 'icon' || link.rel === 'apple-touch-icon');
    expect(new Set(icons.map((link) => link.rel)), path).toEqual(new Set(['icon', 'apple-touch-icon']));
    for (const icon of icons) {
      // Same-origin paths (a versioned /icon.png?…), as Next writes them.
      const response = await request.get(icon.href);
      expect(response.status(), icon.href).toBe(200);
      const type = response.headers()['content-type'];
      expect(type, icon.href).toMatch(/^image\/(png|x-icon|vnd\.microsoft\.icon)$/);
      if (type !== 'image/png') continue;
      const size = await sharp(await response.body()).metadata();
      expect(size.width, icon.href).toBe(size.height);
      expect(size.width).toBeGreaterThanOrEqual(180);
    }
  }
  const favicon = await request.get('/favicon.ico');
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()['content-type']).toMatch(/^image\/(x-icon|vnd\.microsoft\.icon)$/);
});
