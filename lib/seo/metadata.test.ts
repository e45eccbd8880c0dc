import { beforeAll, describe, expect, it } from 'vitest';
import { testGallery, testSettings, testStory } from '../testing/seo-records';
import type { Metadata } from 'next';
import {
  authorMetadata,
  galleriesMetadata,
  galleryMetadata,
  galleryPhotoMetadata,
  homeMetadata,
  latestMetadata,
  metaDescription,
  pageTitle,
  plainPageMetadata,
  previewMetadata,
  searchMetadata,
  sectionMetadata,
  storyMetadata,
  tagMetadata,
} from './metadata';
import { socialCardFingerprint } from './social-card';

beforeAll(() => {
  process.env.SITE_URL = 'https://news.example.com';
});

const section = { id: 2, slug: 'politics', name: 'Politics', description: 'Parliament, government and elections.', path: '/politics' };

describe('storyMetadata', () => {
  it('gives title, description, canonical, robots, Open Graph article tags and an X card', () => {
    const metadata = storyMetadata(testStory(), testSettings);
    expect(metadata.title).toEqual({ absolute: 'Parliament passes budget after all-night session — The Caspian Dateline' });
    expect(metadata.description).toBe('Deputies voted 71 to 30 shortly before dawn.');
    expect(metadata.alternates?.canonical).toBe('https://news.example.com/politics/parliament-passes-budget');
    expect(metadata.robots).toMatchObject({ index: true, follow: true, 'max-image-preview': 'large' });
    expect(metadata.openGraph).toMatchObject({
      type: 'article',
      url: 'https://news.example.com/politics/parliament-passes-budget',
      siteName: 'The Caspian Dateline',
      images: [{ url: 'https://news.example.com/media/images/2017/10/hero/crop-16x9-1200.jpg', width: 1200, height: 675, alt: 'Deputies vote' }],
      publishedTime: '2017-10-19T09:58:00+04:00',
      modifiedTime: '2017-10-19T12:10:00+04:00',
      section: 'Politics',
      tags: ['Budget', 'Parliament'],
      authors: ['https://news.example.com/author/aynur-memmedova', 'https://news.example.com/author/elvin-quliyev'],
    });
    expect(metadata.twitter).toMatchObject({ card: 'summary_large_image', site: '@caspiandateline' });
    expect(metadata.alternates?.types?.['application/rss+xml']).toEqual([
      { url: 'https://news.example.com/rss.xml', title: 'The Caspian Dateline' },
      { url: 'https://news.example.com/feeds/section/politics.xml', title: 'Politics — The Caspian Dateline' },
    ]);
  });

  it('uses the SEO title when the editor wrote one, and keeps stories marked noindex out of the index', () => {
    const metadata = storyMetadata(testStory({ seoTitle: 'Budget passes', noindex: true }), testSettings);
    expect(metadata.title).toEqual({ absolute: 'Budget passes — The Caspian Dateline' });
    expect(metadata.robots).toEqual({ index: false, follow: true });
  });

  it('honours an editor’s canonical override', () => {
    const metadata = storyMetadata(testStory({ canonicalUrl: 'https://partner.example.org/original' }), testSettings);
    expect(metadata.alternates?.canonical).toBe('https://partner.example.org/original');
  });
});

describe('listing metadata', () => {
  it('titles the home page with the publication alone and describes it with the tagline', () => {
    const metadata = homeMetadata(testSettings);
    expect(metadata.title).toEqual({ absolute: 'The Caspian Dateline' });
    expect(metadata.description).toBe('News from Baku and the region');
    expect(metadata.alternates?.canonical).toBe('https://news.example.com/');
    expect(metadata.pagination).toEqual({ previous: null, next: null });
  });

  it('links paginated pages with stable prev/next URLs and is canonical to itself', () => {
    const first = sectionMetadata(section, testSettings, { page: 1, hasNextPage: true });
    expect(first.pagination).toEqual({ previous: null, next: 'https://news.example.com/politics/page/2' });
    expect(first.alternates?.canonical).toBe('https://news.example.com/politics');
    const third = sectionMetadata(section, testSettings, { page: 3, hasNextPage: false });
    expect(third.title).toEqual({ absolute: 'Politics — Page 3 — The Caspian Dateline' });
    expect(third.alternates?.canonical).toBe('https://news.example.com/politics/page/3');
    expect(third.pagination).toEqual({ previous: 'https://news.example.com/politics/page/2', next: null });
    const second = homeMetadata(testSettings, { page: 2, hasNextPage: true });
    expect(second.pagination).toEqual({ previous: 'https://news.example.com/', next: 'https://news.example.com/page/3' });
  });

  it('keeps a listing with no story yet out of search engines, still followed', () => {
    expect(sectionMetadata(section, testSettings, { page: 1, empty: true }).robots).toEqual({ index: false, follow: true });
    expect(sectionMetadata(section, testSettings, { page: 1, empty: false }).robots).toMatchObject({ index: true });
  });

  it('advertises the section’s and the author’s own feeds', () => {
    const sectionFeeds = sectionMetadata(section, testSettings).alternates?.types?.['application/rss+xml'];
    expect(sectionFeeds).toContainEqual({ url: 'https://news.example.com/feeds/section/politics.xml', title: 'Politics — The Caspian Dateline' });
    const author = { id: 3, slug: 'aynur-memmedova', name: 'Aynur Məmmədova', description: '', path: '/author/aynur-memmedova' };
    const metadata = authorMetadata(author, testSettings);
    expect(metadata.alternates?.types?.['application/rss+xml']).toContainEqual({
      url: 'https://news.example.com/feeds/author/aynur-memmedova.xml',
      title: 'Aynur Məmmədova — The Caspian Dateline',
    });
    expect(metadata.description).toBe('Stories by Aynur Məmmədova for The Caspian Dateline.');
  });
});

describe('pages kept out of the index', () => {
  it('search results are noindex but followed; previews are neither indexed nor followed', () => {
    expect(searchMetadata(testSettings, 'budget').robots).toEqual({ index: false, follow: true });
    expect(previewMetadata(testSettings, 'Draft').robots).toMatchObject({ index: false, follow: false });
  });

  it('a missing record gives noindex, never another page’s canonical', () => {
    const metadata = storyMetadata(null, testSettings);
    expect(metadata.robots).toEqual({ index: false, follow: true });
    expect(metadata.alternates).toBeUndefined();
  });
});

describe('galleryMetadata', () => {
  it('uses the first photo, cropped to 1200 px wide, as the social image', () => {
    const metadata = galleryMetadata(testGallery(), testSettings);
    expect(metadata.openGraph).toMatchObject({ images: [{ url: 'https://news.example.com/media/images/2026/04/a/crop-16x9-1200.jpg', width: 1200 }] });
    expect(metadata.alternates?.canonical).toBe('https://news.example.com/galleries/seki-in-spring');
  });
});

describe('the publication’s card on pages without a picture of their own', () => {
  const card = `https://news.example.com/social-card/16x9.png?v=${socialCardFingerprint(testSettings)}`;
  const topic = { id: 5, slug: 'budget', name: 'Budget', description: '', path: '/tag/budget' };
  const author = { id: 3, slug: 'aynur-memmedova', name: 'Aynur Məmmədova', description: '', path: '/author/aynur-memmedova' };
  // Built inside each test: SITE_URL is set in beforeAll.
  const pages: [string, () => Metadata][] = [
    ['home', () => homeMetadata(testSettings)],
    ['latest, page 2', () => latestMetadata(testSettings, { page: 2, hasNextPage: true })],
    ['section', () => sectionMetadata(section, testSettings)],
    ['tag', () => tagMetadata(topic, testSettings)],
    ['author', () => authorMetadata(author, testSettings)],
    ['galleries', () => galleriesMetadata(testSettings)],
    ['about', () => plainPageMetadata({ title: 'About us', description: 'Who we are.', path: '/about' }, testSettings)],
    ['search', () => searchMetadata(testSettings, 'budget')],
    ['story without a hero', () => storyMetadata(testStory({ hero: null }), testSettings)],
    ['gallery without photos', () => galleryMetadata(testGallery({ images: [] }), testSettings)],
  ];

  it.each(pages)('%s: a 1200 × 675 Open Graph image and a large X card', (_kind, build) => {
    const metadata = build();
    expect(metadata.openGraph?.images).toEqual([{ url: card, width: 1200, height: 675, alt: 'The Caspian Dateline', type: 'image/png' }]);
    expect(metadata.twitter).toMatchObject({ card: 'summary_large_image', images: [{ url: card, alt: 'The Caspian Dateline' }] });
  });

  it.each(pages)('%s: the description search engines read is the one social cards show', (_kind, build) => {
    const metadata = build();
    expect(metadata.description).toBeTruthy();
    expect(metadata.openGraph?.description).toBe(metadata.description);
    expect(metadata.twitter?.description).toBe(metadata.description);
  });

  it('a page’s own picture comes first: story hero, gallery photo', () => {
    expect(storyMetadata(testStory(), testSettings).twitter).toMatchObject({
      images: [{ url: 'https://news.example.com/media/images/2017/10/hero/crop-16x9-1200.jpg', alt: 'Deputies vote' }],
    });
    expect(galleryPhotoMetadata(testGallery(), 2, testSettings).openGraph?.images).toEqual([
      { url: 'https://news.example.com/media/images/2026/04/b/crop-16x9-1200.jpg', width: 1200, height: 675, alt: 'Şəki in spring: photo 2 of 2' },
    ]);
  });

  it('gets a new address when the publication is renamed or retitled, so networks fetch the new card', () => {
    const imageOf = (metadata: Metadata) => (metadata.openGraph?.images as { url: string }[])[0].url;
    const renamed = imageOf(homeMetadata({ ...testSettings, publicationName: 'Caspian Herald' }));
    const retold = imageOf(homeMetadata({ ...testSettings, tagline: 'Baku, every day' }));
    expect(new Set([card, renamed, retold]).size).toBe(3);
    expect(imageOf(homeMetadata({ ...testSettings, xHandle: '' }))).toBe(card);
  });
});

describe('text helpers', () => {
  it('builds `Headline — Publication` without doubling the name', () => {
    expect(pageTitle('The Caspian Dateline', testSettings)).toBe('The Caspian Dateline');
    expect(pageTitle('  ', testSettings)).toBe('The Caspian Dateline');
  });

  it('cuts long descriptions on a word near 160 characters', () => {
    const long = `${'word '.repeat(40)}end`;
    const cut = metaDescription(long);
    expect(cut.length).toBeLessThanOrEqual(160);
    expect(cut.endsWith('word…')).toBe(true);
    expect(metaDescription('  Short   and\nspaced ')).toBe('Short and spaced');
  });
});
