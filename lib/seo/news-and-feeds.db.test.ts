import { XMLParser, XMLValidator } from 'fast-xml-parser';
import Parser from 'rss-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type SiteSettingsView } from '../content/settings';
import { db } from '../db/client';
import { createAuthor, createImage, createSection, createStory, createTag } from '../testing/newsroom';
import { loadFeed, renderFeed, storyGuid } from './feeds';
import { loadNewsStories, newsSitemapMinute, renderNewsSitemap } from './news-sitemap';
import { loadGallerySeo, loadStorySeo } from './records';

const SITE = 'https://news.example.com';
const NOW = new Date('2026-11-28T12:00:00Z');
const hoursAgo = (hours: number) => new Date(NOW.getTime() - hours * 3_600_000);
const settings: SiteSettingsView = { ...DEFAULT_SETTINGS, publicationName: 'The Caspian Dateline', language: 'en-GB', timeZone: 'Asia/Baku' };

let politics: Awaited<ReturnType<typeof createSection>>;
let aynur: Awaited<ReturnType<typeof createAuthor>>;
let fresh: Awaited<ReturnType<typeof createStory>>[];
let figure: Awaited<ReturnType<typeof createImage>>;
const STANDFIRST = 'MPs approve next year’s spending after an all-night session.';

beforeAll(async () => {
  process.env.SITE_URL = SITE;
  politics = await createSection(db, { slug: 'politics', name: 'Politics' });
  const culture = await createSection(db, { slug: 'culture', name: 'Culture' });
  aynur = await createAuthor(db, { name: 'Aynur Məmmədova', slug: 'aynur-memmedova' });
  const elvin = await createAuthor(db, { name: 'Elvin Quliyev', slug: 'elvin-quliyev' });
  const tag = await createTag(db, { slug: 'budget', name: 'Budget' });
  const hero = await createImage(db, { width: 2400, height: 1600 });
  figure = await createImage(db, { width: 1600, height: 1000, alt: 'MPs in the chamber', credit: 'Photo: Staff' });
  const gallery = await db.gallery.create({
    data: { slug: 'seki', title: 'Şəki', status: 'PUBLISHED', publishedAt: hoursAgo(100), createdById: aynur.id, items: { create: [{ imageId: hero.id, position: 0 }] } },
  });

  fresh = [
    await createStory(db, {
      sectionId: politics.id,
      createdById: aynur.id,
      authorIds: [aynur.id, elvin.id],
      tagIds: [tag.id],
      heroImageId: hero.id,
      firstPublishedAt: hoursAgo(1),
      headline: 'Budget & “reform” <passed>',
      standfirst: STANDFIRST,
    }),
    await createStory(db, { sectionId: culture.id, createdById: aynur.id, authorIds: [elvin.id], firstPublishedAt: hoursAgo(30) }),
    await createStory(db, {
      sectionId: politics.id,
      createdById: aynur.id,
      authorIds: [aynur.id],
      firstPublishedAt: hoursAgo(47.9),
      body: {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'Full text here.' }] },
          { type: 'figure', attrs: { imageId: figure.id, caption: 'In the chamber' } },
          { type: 'galleryEmbed', attrs: { galleryId: gallery.id } },
        ],
      },
    }),
  ];
  // Outside the window, or not for Google News.
  await createStory(db, { sectionId: politics.id, createdById: aynur.id, authorIds: [aynur.id], firstPublishedAt: hoursAgo(48.1) });
  await createStory(db, { sectionId: politics.id, createdById: aynur.id, authorIds: [aynur.id], firstPublishedAt: hoursAgo(2), noindex: true, headline: 'Noindexed' });
  await createStory(db, { sectionId: politics.id, createdById: aynur.id, authorIds: [aynur.id], firstPublishedAt: hoursAgo(2), status: 'DRAFT' });
  await createStory(db, { sectionId: politics.id, createdById: aynur.id, firstPublishedAt: hoursAgo(3), canonicalUrl: 'https://partner.example.org/a' });
});

describe('Google News sitemap', () => {
  it('holds only stories first published in the last 48 hours, newest first, with publication, date and title', async () => {
    const xml = renderNewsSitemap(await loadNewsStories(NOW), settings);
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, isArray: (name) => name === 'url' }).parse(xml);
    expect(parsed.urlset['@xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(parsed.urlset['@xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    const urls = parsed.urlset.url;
    expect(urls.map((url: { loc: string }) => url.loc)).toEqual(fresh.map((story) => `${SITE}/${story.section.slug}/${story.slug}`));
    expect(urls[0]['news:news']).toEqual({
      'news:publication': { 'news:name': 'The Caspian Dateline', 'news:language': 'en' },
      'news:publication_date': '2026-11-28T15:00:00+04:00',
      'news:title': 'Budget & “reform” <passed>',
    });
  });

  it('never lists more than the limit', async () => {
    expect(await loadNewsStories(NOW, 2)).toHaveLength(2);
  });

  it('is keyed by the minute, so the window moves with the clock', () => {
    expect(newsSitemapMinute(new Date('2026-11-28T12:34:56.789Z'))).toBe('2026-11-28T12:34:00.000Z');
  });
});

const rss = new Parser<Record<string, unknown>, { 'content:encoded'?: string; 'dc:creator'?: string }>({
  customFields: { item: [['content:encoded', 'content:encoded'], ['dc:creator', 'dc:creator']] },
});

describe('feeds from the database', () => {
  it('site feed: every published story, newest first, summaries only by default', async () => {
    const data = await loadFeed({ kind: 'site' }, settings);
    if (!data) throw new Error('no feed');
    const feed = await rss.parseString(renderFeed(data, settings));
    expect(feed.items.map((item) => item.guid)).toEqual(
      (await db.article.findMany({ where: { status: 'PUBLISHED' }, orderBy: { firstPublishedAt: 'desc' }, select: { id: true } })).map(({ id }) => storyGuid(id)),
    );
    expect(feed.items.every((item) => item['content:encoded'] === undefined)).toBe(true);
    expect(feed.items[0]['dc:creator']).toBe('Aynur Məmmədova and Elvin Quliyev');
  });

  it('section and author feeds hold only their stories; an unknown one has no feed', async () => {
    const section = await loadFeed({ kind: 'section', slug: 'culture' }, settings);
    expect(section?.stories.map((story) => story.id)).toEqual([fresh[1].id]);
    expect(section?.feedPath).toBe('/feeds/section/culture.xml');
    const author = await loadFeed({ kind: 'author', slug: 'elvin-quliyev' }, settings);
    expect(author?.stories.map((story) => story.id)).toEqual([fresh[0].id, fresh[1].id]);
    expect(await loadFeed({ kind: 'section', slug: 'nowhere' }, settings)).toBeNull();
    expect(await loadFeed({ kind: 'author', slug: 'nobody' }, settings)).toBeNull();
  });

  it('has no author feed where readers have no author page: staff without a published byline', async () => {
    const editor = await createAuthor(db, { name: 'Desk Editor' });
    expect(await loadFeed({ kind: 'author', slug: editor.slug }, settings)).toBeNull();
    await createStory(db, { sectionId: politics.id, createdById: editor.id, authorIds: [editor.id], status: 'DRAFT' });
    await createStory(db, { sectionId: politics.id, createdById: editor.id, authorIds: [editor.id], deletedAt: new Date() });
    expect(await loadFeed({ kind: 'author', slug: editor.slug }, settings)).toBeNull();
    const published = await createStory(db, { sectionId: politics.id, createdById: editor.id, authorIds: [editor.id], firstPublishedAt: hoursAgo(500) });
    expect((await loadFeed({ kind: 'author', slug: editor.slug }, settings))?.stories.map((story) => story.id)).toEqual([published.id]);
  });

  it('keeps to the newest N', async () => {
    expect((await loadFeed({ kind: 'site' }, settings, 2))?.stories).toHaveLength(2);
  });

  it('carries the whole story, figures and gallery links resolved, when the site asks for full content', async () => {
    const full = { ...settings, feedFullContent: true };
    const data = await loadFeed({ kind: 'section', slug: 'politics' }, full);
    if (!data) throw new Error('no feed');
    const feed = await rss.parseString(renderFeed(data, full));
    const item = feed.items.find((entry) => entry.guid === storyGuid(fresh[2].id));
    expect(item?.['content:encoded']).toContain('<p>Full text here.</p>');
    // Feeds cap pictures at 1280 px.
    expect(item?.['content:encoded']).toContain(`<img src="${SITE}/media/${figure.storageKey}/w1280.webp" alt="MPs in the chamber"><figcaption>In the chamber — Photo: Staff</figcaption>`);
    expect(item?.['content:encoded']).toContain(`<a href="${SITE}/galleries/seki">Photo gallery: Şəki</a>`);
  });
});

describe('SEO records', () => {
  it('find a story only at its own section and slug, and only when published', async () => {
    const story = await loadStorySeo('politics', fresh[0].slug);
    expect(story).toMatchObject({
      id: fresh[0].id,
      canonicalUrl: `${SITE}/politics/${fresh[0].slug}`,
      description: STANDFIRST,
      authors: [{ name: 'Aynur Məmmədova' }, { name: 'Elvin Quliyev' }],
      tags: [{ name: 'Budget', path: '/tag/budget' }],
    });
    expect(story?.hero?.storageKey).toMatch(/^images\//);
    expect(await loadStorySeo('culture', fresh[0].slug)).toBeNull();
    const draft = await db.article.findFirstOrThrow({ where: { status: 'DRAFT' }, include: { section: true } });
    expect(await loadStorySeo(draft.section.slug, draft.slug)).toBeNull();
  });

  it('describe a story without standfirst or SEO description by its opening words', async () => {
    await db.article.update({ where: { id: fresh[1].id }, data: { standfirst: '', seoDescription: null, bodyText: 'Ferries to Türkmənbaşı resume on Monday after a week of storms.' } });
    expect((await loadStorySeo('culture', fresh[1].slug))?.description).toBe('Ferries to Türkmənbaşı resume on Monday after a week of storms.');
  });

  it('prefer the editor’s SEO description and canonical override', async () => {
    await db.article.update({ where: { id: fresh[1].id }, data: { seoDescription: '  For search.  ', canonicalUrl: 'https://partner.example.org/b' } });
    const story = await loadStorySeo('culture', fresh[1].slug);
    expect(story?.description).toBe('For search.');
    expect(story?.canonicalUrl).toBe('https://partner.example.org/b');
  });

  it('find published galleries with photos only, as readers see them', async () => {
    expect((await loadGallerySeo('seki'))?.title).toBe('Şəki');
    await db.galleryItem.deleteMany({ where: { gallery: { slug: 'seki' } } });
    expect(await loadGallerySeo('seki')).toBeNull();
    await db.gallery.update({ where: { slug: 'seki' }, data: { status: 'DRAFT' } });
    expect(await loadGallerySeo('seki')).toBeNull();
  });
});
