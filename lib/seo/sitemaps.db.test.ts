import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../db/client';
import { createAuthor, createImage, createSection, createStory, createTag } from '../testing/newsroom';
import {
  childSitemapName,
  loadSitemapIndex,
  parseChildSitemapName,
  renderChildSitemap,
  renderSitemapIndex,
  SITEMAP_NAMESPACES,
  type ChildSitemap,
} from './sitemaps';

const SITE = 'https://news.example.com';
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  isArray: (name) => ['url', 'sitemap', 'image:image'].includes(name),
});

interface UrlNode {
  loc: string;
  lastmod?: string;
  'image:image'?: { 'image:loc': string }[];
}

function parseUrlset(xml: string | null): UrlNode[] {
  expect(xml).not.toBeNull();
  expect(XMLValidator.validate(xml ?? '')).toBe(true);
  const parsed = parser.parse(xml ?? '');
  expect(parsed.urlset['@xmlns']).toBe(SITEMAP_NAMESPACES.xmlns);
  expect(parsed.urlset['@xmlns:image']).toBe(SITEMAP_NAMESPACES['xmlns:image']);
  return parsed.urlset.url ?? [];
}

const at = (iso: string) => new Date(iso);
let stories: Awaited<ReturnType<typeof createStory>>[] = [];
let excluded: Awaited<ReturnType<typeof createStory>>[] = [];
let hero: Awaited<ReturnType<typeof createImage>>;
const PER_SITEMAP = 2;

beforeAll(async () => {
  process.env.SITE_URL = SITE;
  const politics = await createSection(db, { slug: 'politics', name: 'Politics', position: 1 });
  const culture = await createSection(db, { slug: 'culture', name: 'Culture', position: 2 });
  await createSection(db, { slug: 'sport', name: 'Sport', position: 3 });
  const aynur = await createAuthor(db, { name: 'Aynur Məmmədova', slug: 'aynur-memmedova' });
  const silent = await createAuthor(db, { name: 'Never Published', slug: 'never-published' });
  const budget = await createTag(db, { slug: 'budget', name: 'Budget' });
  await createTag(db, { slug: 'unused', name: 'Unused' });
  // Wide enough for a 2048 px variant: the image sitemap points at the largest.
  hero = await createImage(db, { width: 2400, height: 1600 });
  const base = { createdById: aynur.id, authorIds: [aynur.id], tagIds: [budget.id] };

  stories = [
    // September 2026: five stories, split over three files of two.
    await createStory(db, { ...base, sectionId: politics.id, firstPublishedAt: at('2026-09-01T00:00:00Z'), heroImageId: hero.id }),
    await createStory(db, { ...base, sectionId: politics.id, firstPublishedAt: at('2026-09-10T12:00:00Z') }),
    await createStory(db, { ...base, sectionId: culture.id, firstPublishedAt: at('2026-09-10T12:00:00Z') }),
    await createStory(db, { ...base, sectionId: culture.id, firstPublishedAt: at('2026-09-20T08:00:00Z'), updatedAt: at('2026-10-02T08:00:00Z') }),
    await createStory(db, { ...base, sectionId: politics.id, firstPublishedAt: at('2026-09-30T23:59:59Z') }),
    // October: one. The month is UTC: 23:30 on 31 October in UTC is already November in Baku.
    await createStory(db, { ...base, sectionId: politics.id, firstPublishedAt: at('2026-10-31T23:30:00Z') }),
  ];
  excluded = [
    await createStory(db, { ...base, sectionId: politics.id, status: 'DRAFT', firstPublishedAt: at('2026-09-05T00:00:00Z') }),
    await createStory(db, { ...base, sectionId: politics.id, status: 'UNPUBLISHED', firstPublishedAt: at('2026-09-05T00:00:00Z') }),
    await createStory(db, { ...base, sectionId: politics.id, deletedAt: new Date(), firstPublishedAt: at('2026-09-05T00:00:00Z') }),
    await createStory(db, { ...base, sectionId: politics.id, noindex: true, firstPublishedAt: at('2026-09-05T00:00:00Z') }),
    await createStory(db, { ...base, sectionId: politics.id, canonicalUrl: 'https://partner.example.org/x', firstPublishedAt: at('2026-09-05T00:00:00Z') }),
    // A byline alone does not put a person in the sitemap: their only story is a draft.
    await createStory(db, { ...base, sectionId: politics.id, status: 'DRAFT', authorIds: [silent.id] }),
  ];
  const galleryImage = await createImage(db, { width: 1800, height: 1200 });
  await db.gallery.create({
    data: { slug: 'seki-in-spring', title: 'Şəki in spring', status: 'PUBLISHED', publishedAt: at('2026-04-20T06:00:00Z'), createdById: aynur.id, items: { create: [{ imageId: galleryImage.id, position: 0 }] } },
  });
  await db.gallery.create({ data: { slug: 'draft-gallery', title: 'Draft', status: 'DRAFT', createdById: aynur.id, items: { create: [{ imageId: galleryImage.id, position: 0 }] } } });
  // Published but empty: readers get a 404 there, so no sitemap lists it.
  await db.gallery.create({ data: { slug: 'empty-gallery', title: 'Empty', status: 'PUBLISHED', publishedAt: at('2026-04-21T06:00:00Z'), createdById: aynur.id } });
});

describe('child sitemap names', () => {
  it('round-trip, and nothing else is accepted', () => {
    const children: ChildSitemap[] = [
      { kind: 'site' },
      { kind: 'stories', year: 2026, month: 9, part: 1 },
      { kind: 'stories', year: 2026, month: 9, part: 12 },
      { kind: 'tags', part: 3 },
    ];
    for (const child of children) expect(parseChildSitemapName(`${childSitemapName(child)}.xml`)).toEqual(child);
    expect(childSitemapName({ kind: 'stories', year: 2026, month: 9, part: 1 })).toBe('stories-2026-09');
    for (const bad of ['stories-2026-09-1.xml', 'stories-2026-13.xml', 'tags-0.xml', 'site', 'site.xml.gz', '../x.xml', 'stories-2026-9.xml', 'tags-999999999999999.xml', 'stories-2026-09-99999999999999.xml']) {
      expect(parseChildSitemapName(bad)).toBeNull();
    }
  });
});

describe('sitemap index', () => {
  it('lists one child per month (split by count), then galleries, tags and authors, each with lastmod', async () => {
    const entries = await loadSitemapIndex(PER_SITEMAP);
    expect(entries.map((entry) => childSitemapName(entry.child))).toEqual([
      'site',
      'stories-2026-10',
      'stories-2026-09',
      'stories-2026-09-2',
      'stories-2026-09-3',
      'galleries-1',
      'tags-1',
      'authors-1',
    ]);
    const september = entries.find((entry) => childSitemapName(entry.child) === 'stories-2026-09');
    // The newest change among September's indexable stories (one was edited in October).
    expect(september?.lastmod).toEqual(at('2026-10-02T08:00:00Z'));
    // site.xml lists the galleries page and About/Contact too: their changes move its lastmod.
    const newestGallery = await db.gallery.aggregate({ where: { status: 'PUBLISHED', items: { some: {} } }, _max: { updatedAt: true } });
    const site = entries.find((entry) => entry.child.kind === 'site');
    expect(site?.lastmod?.getTime()).toBeGreaterThanOrEqual(newestGallery._max.updatedAt!.getTime());

    const xml = renderSitemapIndex(entries, 'Asia/Baku');
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = parser.parse(xml);
    expect(parsed.sitemapindex['@xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    const sitemaps: { loc: string; lastmod: string }[] = parsed.sitemapindex.sitemap;
    expect(sitemaps[2]).toEqual({ loc: `${SITE}/sitemap/stories-2026-09.xml`, lastmod: '2026-10-02T12:00:00+04:00' });
  });
});

describe('story sitemaps', () => {
  it('hold every indexable story exactly once, never more than the limit per file, in publication order', async () => {
    const parts = ['stories-2026-09.xml', 'stories-2026-09-2.xml', 'stories-2026-09-3.xml', 'stories-2026-10.xml'];
    const locs: string[] = [];
    for (const name of parts) {
      const child = parseChildSitemapName(name);
      if (!child) throw new Error(name);
      const urls = parseUrlset(await renderChildSitemap(child, 'Asia/Baku', PER_SITEMAP));
      expect(urls.length).toBeGreaterThan(0);
      expect(urls.length).toBeLessThanOrEqual(PER_SITEMAP);
      locs.push(...urls.map((url) => url.loc));
    }
    expect(locs).toEqual(stories.map((story) => `${SITE}/${story.section.slug}/${story.slug}`));
    for (const story of excluded) expect(locs).not.toContain(`${SITE}/${story.section.slug}/${story.slug}`);
  });

  it('give lastmod with the publication’s offset and the hero image', async () => {
    const [first] = parseUrlset(await renderChildSitemap({ kind: 'stories', year: 2026, month: 9, part: 1 }, 'Asia/Baku', PER_SITEMAP));
    expect(first.lastmod).toBe('2026-09-01T04:00:00+04:00');
    expect(first['image:image']).toHaveLength(1);
    expect(first['image:image']?.[0]['image:loc']).toBe(`${SITE}/media/${hero.storageKey}/w2048.webp`);
  });

  it('do not exist past the last part or for an empty month (the route answers 404)', async () => {
    expect(await renderChildSitemap({ kind: 'stories', year: 2026, month: 9, part: 4 }, 'UTC', PER_SITEMAP)).toBeNull();
    expect(await renderChildSitemap({ kind: 'stories', year: 2025, month: 1, part: 1 }, 'UTC', PER_SITEMAP)).toBeNull();
    expect(await renderChildSitemap({ kind: 'tags', part: 2 }, 'UTC', PER_SITEMAP)).toBeNull();
  });
});

describe('other sitemaps', () => {
  it('site: home, latest, every section with a story, the galleries and the fixed pages', async () => {
    await db.staticPage.create({ data: { slug: 'about', title: 'About us', body: { type: 'doc', content: [] } } });
    const urls = parseUrlset(await renderChildSitemap({ kind: 'site' }, 'UTC'));
    expect(urls.map((url) => url.loc)).toEqual([
      `${SITE}/`,
      `${SITE}/latest`,
      `${SITE}/politics`,
      `${SITE}/culture`,
      `${SITE}/galleries`,
      `${SITE}/about`,
    ]);
    // Sport has no story yet: its page says noindex, and the sitemap leaves it out.
  });

  it('tags and authors only when they have an indexable story; galleries only when published', async () => {
    expect(parseUrlset(await renderChildSitemap({ kind: 'tags', part: 1 }, 'UTC')).map((url) => url.loc)).toEqual([`${SITE}/tag/budget`]);
    expect(parseUrlset(await renderChildSitemap({ kind: 'authors', part: 1 }, 'UTC')).map((url) => url.loc)).toEqual([`${SITE}/author/aynur-memmedova`]);
    const galleries = parseUrlset(await renderChildSitemap({ kind: 'galleries', part: 1 }, 'UTC'));
    expect(galleries.map((url) => url.loc)).toEqual([`${SITE}/galleries/seki-in-spring`]);
    expect(galleries[0]['image:image']).toHaveLength(1);
  });
});
