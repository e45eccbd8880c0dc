import { expect, test, type APIRequestContext } from '@playwright/test';
import Parser from 'rss-parser';
import { publicPathOf, staffPage, storyStatus, writeStory } from '../admin/stories-support';
import { getXml, sitePath } from './support';

/**
 * Feeds and sitemaps are built ahead and kept until their cache tags expire: a story published in
 * the editor must show up in each of them at once, and leave them when it is unpublished. (Run
 * after the desktop project, like the authorization matrix: the feed specs there compare cached
 * feeds with the database and must not see a story come and go under them.)
 */

const rss = new Parser();

async function storyLinks(request: APIRequestContext, feedPath: string): Promise<string[]> {
  const response = await request.get(feedPath);
  expect(response.status(), feedPath).toBe(200);
  return (await rss.parseString(await response.text())).items.map((item) => item.link ?? '');
}

/** Where the story at `url` is listed, read the way a crawler and a feed reader read them. */
async function listedIn(request: APIRequestContext, base: string, url: string, section: string, month: string) {
  const index = await getXml(request, '/sitemap.xml');
  const children: { loc: string }[] = [index.sitemapindex.sitemap].flat();
  const monthly = children.filter((child) => new URL(child.loc).pathname.startsWith(`/sitemap/stories-${month}`));
  const sitemapUrls = (await Promise.all(monthly.map(async (child) => [(await getXml(request, sitePath(child.loc, base))).urlset.url ?? []].flat()))).flat();
  const news = [(await getXml(request, '/news-sitemap.xml')).urlset.url ?? []].flat();
  return {
    siteFeed: (await storyLinks(request, '/rss.xml')).includes(url),
    sectionFeed: (await storyLinks(request, `/feeds/section/${section}.xml`)).includes(url),
    sitemap: sitemapUrls.some((entry: { loc: string }) => entry.loc === url),
    newsSitemap: news.some((entry: { loc: string }) => entry.loc === url),
  };
}

test('a story published in the editor reaches the feeds and sitemaps at once, and leaves them when unpublished', async ({ browser, request, baseURL }) => {
  const base = baseURL ?? '';
  const editor = await staffPage(browser, 'EDITOR');
  const { page } = editor;
  const id = await writeStory(page, { headline: `Desalination plant opens ${Date.now()}`, standfirst: 'Fresh water for Abşeron.', body: 'The plant opened on Monday.' });
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(storyStatus(page)).toHaveText('Published');
  const path = await publicPathOf(id);
  const where = () => listedIn(request, base, `${base}${path}`, path.split('/')[1], new Date().toISOString().slice(0, 7));
  await expect.poll(where, { timeout: 20_000 }).toEqual({ siteFeed: true, sectionFeed: true, sitemap: true, newsSitemap: true });

  await page.getByRole('button', { name: 'Unpublish' }).click(); // its confirmation is accepted (staffPage)
  await expect(storyStatus(page)).toHaveText('Unpublished');
  await expect.poll(where, { timeout: 20_000 }).toEqual({ siteFeed: false, sectionFeed: false, sitemap: false, newsSitemap: false });
  await editor.close();
});
