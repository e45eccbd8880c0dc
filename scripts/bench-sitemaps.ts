/**
 * `npm run bench:sitemaps`: how long the sitemap index, the largest story sitemaps, the Google
 * News sitemap and the site feed take to produce from the database, uncached, and how big they
 * are. For archives made with `npm run seed:bulk -- --articles 1000000`.
 *
 * Uses DATABASE_URL, else the database of a running `npm start`, else the embedded one in .data.
 */
import { DEFAULT_SETTINGS } from '../lib/content/settings';
import { loadFeed, renderFeed } from '../lib/seo/feeds';
import { loadNewsStories, renderNewsSitemap } from '../lib/seo/news-sitemap';
import { childSitemapName, loadSitemapIndex, renderChildSitemap, renderSitemapIndex } from '../lib/seo/sitemaps';
import { openDatabase } from './support/database';
import { loadEnvFiles } from './support/env-file';

async function timed<T>(label: string, work: () => Promise<T>, describe: (result: T) => string): Promise<T> {
  const before = process.memoryUsage().rss;
  const started = performance.now();
  const result = await work();
  const ms = performance.now() - started;
  const grown = (process.memoryUsage().rss - before) / 1048576;
  console.log(`${label.padEnd(34)} ${ms.toFixed(0).padStart(6)} ms   ${describe(result)}   rss ${grown >= 0 ? '+' : ''}${grown.toFixed(0)} MB`);
  return result;
}

const size = (xml: string | null) => `${((xml?.length ?? 0) / 1024).toFixed(0)} KB`;

async function main(): Promise<void> {
  loadEnvFiles();
  const database = await openDatabase((message) => console.log(message));
  process.env.DATABASE_URL = database.url;
  process.env.SITE_URL ??= 'https://news.example.com';
  try {
    const { db } = await import('../lib/db/client');
    const stories = await db.article.count({ where: { status: 'PUBLISHED', deletedAt: null } });
    console.log(`${stories} published stories\n`);
    const settings = DEFAULT_SETTINGS;

    const entries = await timed('sitemap index: load', () => loadSitemapIndex(), (result) => `${result.length} child sitemaps`);
    await timed('sitemap index: render', async () => renderSitemapIndex(entries, settings.timeZone), size);
    const storyChildren = entries.filter((entry) => entry.child.kind === 'stories');
    // The newest month (changes on every publish) and a full archive month.
    for (const entry of [storyChildren[0], storyChildren[Math.floor(storyChildren.length / 2)]].filter(Boolean)) {
      await timed(`${childSitemapName(entry.child)}.xml`, () => renderChildSitemap(entry.child, settings.timeZone), size);
    }
    const lastPart = storyChildren.filter((entry) => entry.child.kind === 'stories' && entry.child.part > 1).at(-1);
    if (lastPart) await timed(`${childSitemapName(lastPart.child)}.xml`, () => renderChildSitemap(lastPart.child, settings.timeZone), size);
    for (const kind of ['site', 'tags', 'authors', 'galleries'] as const) {
      const entry = entries.find((candidate) => candidate.child.kind === kind);
      if (entry) await timed(`${childSitemapName(entry.child)}.xml`, () => renderChildSitemap(entry.child, settings.timeZone), size);
    }
    await timed('news-sitemap.xml', async () => renderNewsSitemap(await loadNewsStories(new Date()), settings), size);
    await timed('rss.xml', async () => {
      const feed = await loadFeed({ kind: 'site' }, settings);
      return feed ? renderFeed(feed, settings) : null;
    }, size);
    await db.$disconnect();
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
