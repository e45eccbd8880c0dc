import { beforeAll, describe, expect, it } from 'vitest';
import { testGallery, testSettings, testStory } from '../testing/seo-records';
import { galleryJsonLd, homeJsonLd, serializeJsonLd, storyJsonLd, type JsonLdObject } from './json-ld';
import { socialCardFingerprint } from './social-card';

beforeAll(() => {
  process.env.SITE_URL = 'https://news.example.com';
});

const node = (graph: { '@graph': JsonLdObject[] }, type: string) => {
  const found = graph['@graph'].find((entry) => entry['@type'] === type);
  if (!found) throw new Error(`no ${type} in graph`);
  return found as Record<string, unknown>;
};

describe('serializeJsonLd', () => {
  it('cannot be broken out of: no <, > or & reaches the HTML, and JSON.parse restores the text', () => {
    const hostile = { '@type': 'Thing', name: '</script><script>alert(1)</script><!-- & \u2028 \u2029' };
    const serialized = serializeJsonLd(hostile);
    expect(serialized).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(serialized)).toEqual(hostile);
  });
});

describe('storyJsonLd', () => {
  it('describes a NewsArticle with everything Google asks for', () => {
    const data = JSON.parse(serializeJsonLd(storyJsonLd(testStory(), testSettings)));
    expect(data['@context']).toBe('https://schema.org');
    const article = node(data, 'NewsArticle');
    expect(article).toMatchObject({
      headline: 'Parliament passes budget after all-night session',
      description: 'Deputies voted 71 to 30 shortly before dawn.',
      datePublished: '2017-10-19T09:58:00+04:00',
      dateModified: '2017-10-19T12:10:00+04:00',
      mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://news.example.com/politics/parliament-passes-budget' },
      articleSection: 'Politics',
      keywords: ['Budget', 'Parliament'],
      inLanguage: 'en',
      author: [
        { '@type': 'Person', name: 'Aynur Məmmədova', url: 'https://news.example.com/author/aynur-memmedova' },
        { '@type': 'Person', name: 'Elvin Quliyev', url: 'https://news.example.com/author/elvin-quliyev' },
      ],
      publisher: {
        '@type': 'NewsMediaOrganization',
        name: 'The Caspian Dateline',
        logo: { '@type': 'ImageObject', url: 'https://news.example.com/logo.png' },
        sameAs: ['https://x.com/caspiandateline', 'https://www.facebook.com/caspiandateline'],
      },
    });
    expect(article.image).toEqual([
      { '@type': 'ImageObject', url: 'https://news.example.com/media/images/2017/10/hero/crop-16x9-1200.jpg', width: 1200, height: 675 },
      { '@type': 'ImageObject', url: 'https://news.example.com/media/images/2017/10/hero/crop-4x3-1200.jpg', width: 1200, height: 900 },
      { '@type': 'ImageObject', url: 'https://news.example.com/media/images/2017/10/hero/crop-1x1-1200.jpg', width: 1200, height: 1200 },
    ]);
  });

  it('credits the agency as an Organization when no person is in the byline', () => {
    const article = node(storyJsonLd(testStory({ authors: [], creditLine: 'Reuters' }), testSettings), 'NewsArticle');
    expect(article.author).toEqual([{ '@type': 'Organization', name: 'Reuters' }]);
  });

  it('gives a story without a hero the publication’s card in the three ratios, each 1200 px wide', () => {
    const article = node(storyJsonLd(testStory({ hero: null }), testSettings), 'NewsArticle');
    const version = socialCardFingerprint(testSettings);
    expect(article.image).toEqual([
      { '@type': 'ImageObject', url: `https://news.example.com/social-card/16x9.png?v=${version}`, width: 1200, height: 675 },
      { '@type': 'ImageObject', url: `https://news.example.com/social-card/4x3.png?v=${version}`, width: 1200, height: 900 },
      { '@type': 'ImageObject', url: `https://news.example.com/social-card/1x1.png?v=${version}`, width: 1200, height: 1200 },
    ]);
  });

  it('names the square logo in public/ as the publisher’s, large enough for Google (≥ 112 px)', () => {
    const publisher = node(storyJsonLd(testStory(), testSettings), 'NewsArticle').publisher as { logo: { url: string; width: number; height: number } };
    expect(publisher.logo).toEqual({ '@type': 'ImageObject', url: 'https://news.example.com/logo.png', width: 512, height: 512 });
  });

  it('points mainEntityOfPage at an editor’s canonical override', () => {
    const article = node(storyJsonLd(testStory({ canonicalUrl: 'https://partner.example.org/original' }), testSettings), 'NewsArticle');
    expect(article.mainEntityOfPage).toEqual({ '@type': 'WebPage', '@id': 'https://partner.example.org/original' });
    expect(article.url).toBe('https://news.example.com/politics/parliament-passes-budget');
  });

  it('adds a BreadcrumbList home › section › story', () => {
    const crumbs = node(storyJsonLd(testStory(), testSettings), 'BreadcrumbList');
    expect(crumbs.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'The Caspian Dateline', item: 'https://news.example.com/' },
      { '@type': 'ListItem', position: 2, name: 'Politics', item: 'https://news.example.com/politics' },
      { '@type': 'ListItem', position: 3, name: 'Parliament passes budget after all-night session', item: 'https://news.example.com/politics/parliament-passes-budget' },
    ]);
  });
});

describe('galleryJsonLd', () => {
  it('lists every photo as an ImageObject with its size, caption and credit', () => {
    const gallery = node(galleryJsonLd(testGallery(), testSettings), 'ImageGallery');
    expect(gallery).toMatchObject({ name: 'Şəki in spring', url: 'https://news.example.com/galleries/seki-in-spring', datePublished: '2026-04-20T10:00:00+04:00' });
    expect(gallery.image).toEqual([
      {
        '@type': 'ImageObject',
        contentUrl: 'https://news.example.com/media/images/2026/04/a/w1600.webp',
        url: 'https://news.example.com/galleries/seki-in-spring/photo/1',
        width: 1600,
        height: 1067,
        caption: 'The upper caravanserai',
        description: 'Caravanserai',
        creditText: 'Photo: Staff',
      },
      {
        '@type': 'ImageObject',
        contentUrl: 'https://news.example.com/media/images/2026/04/b/w1600.webp',
        url: 'https://news.example.com/galleries/seki-in-spring/photo/2',
        width: 1600,
        height: 1600,
      },
    ]);
  });
});

describe('homeJsonLd', () => {
  it('offers a WebSite with a SearchAction whose placeholder is not URL-encoded, and the organization', () => {
    const data = homeJsonLd(testSettings);
    expect(node(data, 'WebSite')).toMatchObject({
      url: 'https://news.example.com/',
      name: 'The Caspian Dateline',
      potentialAction: {
        '@type': 'SearchAction',
        target: { '@type': 'EntryPoint', urlTemplate: 'https://news.example.com/search?q={search_term_string}' },
        'query-input': 'required name=search_term_string',
      },
    });
    expect(node(data, 'NewsMediaOrganization')['@id']).toBe('https://news.example.com/#organization');
  });
});
