import { DEFAULT_SETTINGS, type SiteSettingsView } from '../content/settings';
import type { GallerySeo, StorySeo } from '../seo/records';

/** Records as the loaders return them, for unit tests of the builders. */
export const testSettings: SiteSettingsView = {
  ...DEFAULT_SETTINGS,
  publicationName: 'The Caspian Dateline',
  tagline: 'News from Baku and the region',
  timeZone: 'Asia/Baku',
  language: 'en',
  xHandle: '@caspiandateline',
  facebookUrl: 'https://www.facebook.com/caspiandateline',
};

export function testStory(overrides: Partial<StorySeo> = {}): StorySeo {
  return {
    id: 12,
    path: '/politics/parliament-passes-budget',
    canonicalUrl: 'https://news.example.com/politics/parliament-passes-budget',
    headline: 'Parliament passes budget after all-night session',
    seoTitle: null,
    description: 'Deputies voted 71 to 30 shortly before dawn.',
    noindex: false,
    firstPublishedAt: new Date('2017-10-19T05:58:00Z'),
    updatedAt: new Date('2017-10-19T08:10:00Z'),
    section: { id: 2, slug: 'politics', name: 'Politics', path: '/politics' },
    tags: [
      { id: 5, name: 'Budget', path: '/tag/budget' },
      { id: 6, name: 'Parliament', path: '/tag/parliament' },
    ],
    authors: [
      { id: 3, name: 'Aynur Məmmədova', path: '/author/aynur-memmedova' },
      { id: 4, name: 'Elvin Quliyev', path: '/author/elvin-quliyev' },
    ],
    creditLine: null,
    hero: { storageKey: 'images/2017/10/hero', width: 2400, height: 1600, alt: 'Deputies vote', variantWidths: [320, 640, 1280, 2048] },
    ...overrides,
  };
}

export function testGallery(overrides: Partial<GallerySeo> = {}): GallerySeo {
  return {
    id: 4,
    slug: 'seki-in-spring',
    path: '/galleries/seki-in-spring',
    title: 'Şəki in spring',
    description: 'The old town and its caravanserai.',
    publishedAt: new Date('2026-04-20T06:00:00Z'),
    updatedAt: new Date('2026-04-21T06:00:00Z'),
    images: [
      { storageKey: 'images/2026/04/a', width: 1800, height: 1200, alt: 'Caravanserai', caption: 'The upper caravanserai', credit: 'Photo: Staff', variantWidths: [320, 1600] },
      { storageKey: 'images/2026/04/b', width: 1600, height: 1600, alt: '', caption: '', credit: '', variantWidths: [320, 1600] },
    ],
    ...overrides,
  };
}
