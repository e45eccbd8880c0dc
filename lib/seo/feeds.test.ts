import Parser from 'rss-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type SiteSettingsView } from '../content/settings';
import { renderFeed, storyGuid, type FeedData, type FeedStory } from './feeds';

type MediaContent = { $: Record<string, string>; 'media:credit'?: string[]; 'media:description'?: string[] };
const parser = new Parser<Record<string, unknown>, { 'media:content'?: MediaContent; 'dc:creator'?: string; 'content:encoded'?: string; guid?: string }>({
  customFields: { item: [['media:content', 'media:content'], ['dc:creator', 'dc:creator'], ['content:encoded', 'content:encoded']] },
});

const settings: SiteSettingsView = { ...DEFAULT_SETTINGS, publicationName: 'The Caspian Dateline', language: 'en' };

function story(overrides: Partial<FeedStory> = {}): FeedStory {
  return {
    id: 7,
    path: '/politics/parliament-passes-budget',
    headline: 'Parliament passes budget',
    standfirst: 'The vote came after a long night.',
    firstPublishedAt: new Date('2026-11-20T06:00:00Z'),
    updatedAt: new Date('2026-11-20T09:30:00Z'),
    section: 'Politics',
    tags: ['Budget', 'Parliament'],
    byline: ['Aynur Məmmədova', 'Elvin Quliyev', 'Sara Hüseynova'],
    creditLine: null,
    hero: { storageKey: 'images/2026/11/abc', alt: 'Deputies vote', caption: 'The chamber at 3 am', credit: 'Photo: R. Əliyev' },
    html: null,
    ...overrides,
  };
}

function feedData(stories: FeedStory[]): FeedData {
  return { title: settings.publicationName, description: 'News from the Caspian', pagePath: '/', feedPath: '/rss.xml', stories };
}

beforeAll(() => {
  process.env.SITE_URL = 'https://news.example.com';
});

describe('renderFeed', () => {
  it('writes RSS 2.0 a feed reader understands: channel, self link, dates, GUIDs, byline, categories', async () => {
    const xml = renderFeed(feedData([story(), story({ id: 8, path: '/nation/x', headline: 'Second', creditLine: 'Reuters', byline: [], hero: null })]), settings);
    const feed = await parser.parseString(xml);
    expect(feed.title).toBe('The Caspian Dateline');
    expect(feed.link).toBe('https://news.example.com/');
    expect(feed.feedUrl).toBe('https://news.example.com/rss.xml');
    expect(feed.items).toHaveLength(2);
    const [first, second] = feed.items;
    expect(first.title).toBe('Parliament passes budget');
    expect(first.link).toBe('https://news.example.com/politics/parliament-passes-budget');
    expect(first.guid).toBe(storyGuid(7));
    expect(first.isoDate).toBe('2026-11-20T06:00:00.000Z');
    expect(first['dc:creator']).toBe('Aynur Məmmədova, Elvin Quliyev and Sara Hüseynova');
    expect(first.categories).toEqual(['Politics', 'Budget', 'Parliament']);
    expect(first.content).toBe('The vote came after a long night.');
    expect(second['dc:creator']).toBe('Reuters');
    // lastBuildDate is the newest change, so an unchanged feed is byte-for-byte stable.
    expect(renderFeed(feedData([story()]), settings)).toBe(renderFeed(feedData([story()]), settings));
    expect(xml).toContain('<lastBuildDate>Fri, 20 Nov 2026 09:30:00 GMT</lastBuildDate>');
  });

  it('gives the hero image as media:content, a 1200 px JPEG crop with its credit', async () => {
    const feed = await parser.parseString(renderFeed(feedData([story()]), settings));
    const media = feed.items[0]['media:content'];
    expect(media?.$).toMatchObject({
      url: 'https://news.example.com/media/images/2026/11/abc/crop-16x9-1200.jpg',
      medium: 'image',
      type: 'image/jpeg',
      width: '1200',
      height: '675',
      'xmlns:media': 'http://search.yahoo.com/mrss/',
    });
    expect(media?.['media:credit']).toEqual(['Photo: R. Əliyev']);
    expect(media?.['media:description']).toEqual(['Deputies vote']);
  });

  it('carries the whole story as content:encoded when the site asks for full content', async () => {
    const html = '<p>First paragraph with <a href="https://news.example.com/x">a link</a>.</p>';
    const feed = await parser.parseString(renderFeed(feedData([story({ html })]), settings));
    expect(feed.items[0]['content:encoded']).toBe(html);
    expect(feed.items[0].content).toBe('The vote came after a long night.');
  });

  it('survives hostile text: CDATA terminators, markup and control characters', async () => {
    const headline = 'Quote ]]> and again ]]> <script>alert(1)</script> & "more"\u0007';
    const xml = renderFeed(feedData([story({ headline, standfirst: 'Tab\tand ]]> end', section: 'A & B' })]), settings);
    const feed = await parser.parseString(xml);
    expect(feed.items[0].title?.replaceAll('\u2060', '')).toBe('Quote ]]> and again ]]> <script>alert(1)</script> & "more"');
    expect(feed.items[0].categories?.[0]).toBe('A & B');
    expect(xml).not.toContain('\u0007');
  });
});
