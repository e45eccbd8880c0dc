import { describe, expect, it } from 'vitest';
import { RESERVED_SLUGS } from '../../lib/content/urls';
import { storyDocument, type BlockNode, type InlineNode, type ListItemNode } from '../../lib/document/schema';
import { buildNewsroom } from './newsroom';
import type { SeedArticle, SeedBlock, SeedNewsroom } from './types';

const NOW = new Date('2026-03-10T09:17:00Z');
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const newsroom = buildNewsroom(NOW);
const published = newsroom.articles.filter((article) => article.status === 'PUBLISHED');
const ASCII_SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const AZERBAIJANI_LETTERS = /[əƏşŞğĞıİöÖüÜçÇ]/;

/** Every block in a body, including those nested in lists and blockquotes. */
function allBlocks(blocks: SeedBlock[] | BlockNode[]): (SeedBlock | BlockNode)[] {
  return blocks.flatMap((block): (SeedBlock | BlockNode)[] => {
    if (block.type === 'blockquote') return [block, ...allBlocks(block.content ?? [])];
    if (block.type === 'bulletList' || block.type === 'orderedList') {
      return [block, ...allBlocks((block.content ?? []).flatMap((item: ListItemNode) => item.content ?? []))];
    }
    return [block];
  });
}

function inlineNodesOf(blocks: SeedBlock[]): InlineNode[] {
  return allBlocks(blocks).flatMap((block) =>
    block.type === 'paragraph' || block.type === 'heading' || block.type === 'pullQuote' ? (block.content ?? []) : [],
  );
}

function textNodes(blocks: SeedBlock[]) {
  return inlineNodesOf(blocks).flatMap((node) => (node.type === 'text' ? [node] : []));
}

function wordCount(blocks: SeedBlock[]): number {
  return textNodes(blocks)
    .map((node) => node.text)
    .join(' ')
    .split(/\s+/)
    .filter(Boolean).length;
}

/** What the writer does before saving: seed keys become database ids. */
function withNumericIds(blocks: SeedBlock[], seedNewsroom: SeedNewsroom): BlockNode[] {
  const imageIds = new Map(seedNewsroom.images.map((image, index) => [image.key, index + 1]));
  const galleryIds = new Map(seedNewsroom.galleries.map((gallery, index) => [gallery.slug, index + 1]));
  return blocks.map((block): BlockNode => {
    if (block.type === 'figure') {
      const { imageKey, ...rest } = block.attrs;
      return { type: 'figure', attrs: { imageId: imageIds.get(imageKey) ?? -1, ...rest } };
    }
    if (block.type === 'galleryEmbed') return { type: 'galleryEmbed', attrs: { galleryId: galleryIds.get(block.attrs.gallerySlug) ?? -1 } };
    return block;
  });
}

const share = (part: number, whole: number) => part / whole;

describe('buildNewsroom: publication settings', () => {
  it('is a fictional Azerbaijani English-language site with plausible social links', () => {
    const { settings } = newsroom;
    expect(settings.publicationName.length).toBeGreaterThan(3);
    expect(settings.timeZone).toBe('Asia/Baku');
    expect(settings.language).toBe('en');
    expect(settings.xHandle).toMatch(/^[A-Za-z0-9_]{1,15}$/);
    expect(settings.facebookUrl).toMatch(/^https:\/\/(www\.)?facebook\.com\/\S+$/);
    expect(settings.telegramUrl).toMatch(/^https:\/\/t\.me\/\S+$/);
    expect(settings.youtubeUrl).toMatch(/^https:\/\/(www\.)?youtube\.com\/\S+$/);
  });
});

describe('buildNewsroom: sections, authors and tags', () => {
  it('has at least seven sections with unreserved slugs in masthead order', () => {
    expect(newsroom.sections.length).toBeGreaterThanOrEqual(7);
    expect(newsroom.sections.map((section) => section.position)).toEqual(newsroom.sections.map((_, index) => index));
    for (const section of newsroom.sections) {
      expect(section.slug).toMatch(ASCII_SLUG);
      expect(RESERVED_SLUGS.has(section.slug)).toBe(false);
      expect(section.description.length).toBeGreaterThan(10);
    }
    expect(new Set(newsroom.sections.map((section) => section.slug)).size).toBe(newsroom.sections.length);
  });

  it('has at least ten authors with Azerbaijani names, ASCII slugs and newsroom emails', () => {
    const { authors } = newsroom;
    expect(authors.length).toBeGreaterThanOrEqual(10);
    expect(authors.filter((author) => AZERBAIJANI_LETTERS.test(author.name)).length).toBeGreaterThanOrEqual(8);
    expect(new Set(authors.map((author) => author.slug)).size).toBe(authors.length);
    for (const author of authors) {
      expect(author.slug).toMatch(ASCII_SLUG);
      expect(author.email).toBe(`${author.slug}@dateline.example`);
      const sentences = author.bio.split(/(?<=[.!?])\s+/).filter(Boolean);
      expect(sentences.length).toBeGreaterThanOrEqual(2);
      expect(sentences.length).toBeLessThanOrEqual(3);
    }
    expect(authors.find((author) => author.name === 'Aynur Məmmədova')?.slug).toBe('aynur-memmedova');
  });

  it('gives authors the right mix of roles and never ADMIN', () => {
    const roles = newsroom.authors.map((author) => author.role);
    expect(roles.filter((role) => role === 'EDITOR')).toHaveLength(2);
    expect(roles.filter((role) => role === 'CONTRIBUTOR')).toHaveLength(1);
    expect(roles).not.toContain('ADMIN');
    expect(roles.filter((role) => role === 'AUTHOR').length).toBe(roles.length - 3);
  });

  it('has 30–50 tags with unique ASCII slugs', () => {
    expect(newsroom.tags.length).toBeGreaterThanOrEqual(30);
    expect(newsroom.tags.length).toBeLessThanOrEqual(50);
    expect(new Set(newsroom.tags.map((tag) => tag.slug)).size).toBe(newsroom.tags.length);
    for (const tag of newsroom.tags) expect(tag.slug).toMatch(ASCII_SLUG);
    expect(newsroom.tags.find((tag) => tag.name === 'Şəki')?.slug).toBe('seki');
  });
});

describe('buildNewsroom: articles', () => {
  it('has 130 stories: 120 published, 4 drafts, 3 in review, 3 scheduled', () => {
    const count = (status: SeedArticle['status']) => newsroom.articles.filter((article) => article.status === status).length;
    expect(newsroom.articles).toHaveLength(130);
    expect(count('PUBLISHED')).toBe(120);
    expect(count('DRAFT')).toBe(4);
    expect(count('IN_REVIEW')).toBe(3);
    expect(count('SCHEDULED')).toBe(3);
  });

  it('spreads publication over the last 30 days, with a busy last 48 hours', () => {
    for (const article of published) {
      expect(article.publishedAt.getTime()).toBeLessThan(NOW.getTime());
      expect(article.publishedAt.getTime()).toBeGreaterThan(NOW.getTime() - 30 * DAY);
    }
    const ageOf = (article: SeedArticle) => NOW.getTime() - article.publishedAt.getTime();
    expect(published.filter((article) => ageOf(article) <= 48 * HOUR).length).toBeGreaterThanOrEqual(20);
    expect(published.filter((article) => ageOf(article) <= 2 * HOUR).length).toBeGreaterThanOrEqual(3);
    // Realistic minutes: round five-minute marks should be no more common than chance.
    const roundMinutes = published.filter((article) => article.publishedAt.getUTCMinutes() % 5 === 0).length;
    expect(share(roundMinutes, published.length)).toBeLessThan(0.35);
  });

  it('schedules stories one to three days ahead', () => {
    for (const article of newsroom.articles.filter((candidate) => candidate.status === 'SCHEDULED')) {
      const lead = article.publishedAt.getTime() - NOW.getTime();
      expect(lead).toBeGreaterThanOrEqual(DAY);
      expect(lead).toBeLessThanOrEqual(3 * DAY);
    }
  });

  it('gives every section at least ten published stories', () => {
    for (const section of newsroom.sections) {
      expect(published.filter((article) => article.sectionSlug === section.slug).length).toBeGreaterThanOrEqual(10);
    }
  });

  it('has unique headlines and unique ASCII slugs of at most 80 characters', () => {
    const slugs = newsroom.articles.map((article) => article.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(new Set(newsroom.articles.map((article) => article.headline)).size).toBe(newsroom.articles.length);
    for (const slug of slugs) {
      expect(slug).toMatch(ASCII_SLUG);
      expect(slug.length).toBeLessThanOrEqual(80);
    }
    expect(newsroom.articles.some((article) => AZERBAIJANI_LETTERS.test(article.headline))).toBe(true);
    expect(newsroom.articles.some((article) => article.headline.length > 90)).toBe(true);
  });

  it('writes bodies of 300–1500 words, varied in length', () => {
    const counts = newsroom.articles.map((article) => wordCount(article.body));
    for (const count of counts) {
      expect(count).toBeGreaterThanOrEqual(300);
      expect(count).toBeLessThanOrEqual(1500);
    }
    expect(Math.max(...counts) - Math.min(...counts)).toBeGreaterThan(500);
  });

  it('refers only to sections, authors, tags, images and galleries that exist', () => {
    const sections = new Set(newsroom.sections.map((section) => section.slug));
    const authors = new Set(newsroom.authors.map((author) => author.slug));
    const tags = new Set(newsroom.tags.map((tag) => tag.slug));
    const images = new Set(newsroom.images.map((image) => image.key));
    const galleries = new Set(newsroom.galleries.map((gallery) => gallery.slug));
    for (const article of newsroom.articles) {
      expect(sections.has(article.sectionSlug)).toBe(true);
      for (const slug of article.authorSlugs) expect(authors.has(slug)).toBe(true);
      for (const slug of article.tagSlugs) expect(tags.has(slug)).toBe(true);
      if (article.heroImageKey) expect(images.has(article.heroImageKey)).toBe(true);
      if (article.gallerySlug) expect(galleries.has(article.gallerySlug)).toBe(true);
      for (const block of allBlocks(article.body)) {
        if (block.type === 'figure' && 'imageKey' in block.attrs) expect(images.has(block.attrs.imageKey)).toBe(true);
        if (block.type === 'galleryEmbed' && 'gallerySlug' in block.attrs) expect(galleries.has(block.attrs.gallerySlug)).toBe(true);
      }
    }
    for (const author of newsroom.authors) expect(images.has(author.avatarKey)).toBe(true);
    for (const gallery of newsroom.galleries) {
      expect(authors.has(gallery.authorSlug)).toBe(true);
      for (const item of gallery.items) expect(images.has(item.imageKey)).toBe(true);
    }
  });

  it('validates every body against the story document schema once ids are filled in', () => {
    for (const article of newsroom.articles) {
      const result = storyDocument.safeParse({ type: 'doc', content: withNumericIds(article.body, newsroom) });
      expect(result.success, `${article.slug}: ${result.error?.message}`).toBe(true);
    }
    for (const page of newsroom.staticPages) {
      expect(storyDocument.safeParse({ type: 'doc', content: withNumericIds(page.body, newsroom) }).success).toBe(true);
    }
  });

  it('uses the full range of body formatting across the corpus', () => {
    const blocks = newsroom.articles.flatMap((article) => allBlocks(article.body));
    const types = new Set(blocks.map((block) => block.type));
    for (const type of ['paragraph', 'heading', 'bulletList', 'orderedList', 'blockquote', 'pullQuote', 'figure', 'galleryEmbed', 'horizontalRule']) {
      expect(types.has(type as BlockNode['type']), type).toBe(true);
    }
    expect(blocks.some((block) => block.type === 'pullQuote' && Boolean(block.attrs?.attribution))).toBe(true);
    expect(blocks.every((block) => block.type !== 'heading' || block.attrs.level === 2 || block.attrs.level === 3)).toBe(true);
    const marks = new Set(newsroom.articles.flatMap((article) => textNodes(article.body).flatMap((node) => node.marks ?? []).map((mark) => mark.type)));
    expect([...marks].sort()).toEqual(['bold', 'italic', 'link']);
    const text = newsroom.articles.flatMap((article) => textNodes(article.body).map((node) => node.text)).join(' ');
    for (const typography of ['“', '”', '’', '—']) expect(text).toContain(typography);
  });

  it('contains clean text only: no straight quotes, stray backslashes, doubled spaces or template leftovers', () => {
    for (const article of newsroom.articles) {
      const strings = [article.headline, article.standfirst, ...textNodes(article.body).map((node) => node.text)];
      for (const value of strings) {
        expect(value, article.slug).not.toMatch(/['"\\]|\s{2,}|undefined|NaN|\[object|\$\{/);
      }
      for (const block of allBlocks(article.body)) {
        if (block.type !== 'paragraph' && block.type !== 'heading') continue;
        const joined = (block.content ?? []).map((node) => (node.type === 'text' ? node.text : ' ')).join('');
        expect(joined, article.slug).toBe(joined.trim());
      }
    }
  });

  it('credits about 15% of stories to staff or an agency, and some to several authors', () => {
    const credited = newsroom.articles.filter((article) => article.creditLine !== null);
    expect(share(credited.length, newsroom.articles.length)).toBeGreaterThan(0.08);
    expect(share(credited.length, newsroom.articles.length)).toBeLessThan(0.25);
    for (const article of newsroom.articles) {
      expect(article.creditLine === null ? article.authorSlugs.length > 0 : article.authorSlugs.length === 0).toBe(true);
      expect(article.authorSlugs.length).toBeLessThanOrEqual(3);
      expect(new Set(article.authorSlugs).size).toBe(article.authorSlugs.length);
    }
    expect(newsroom.articles.filter((article) => article.authorSlugs.length >= 2).length).toBeGreaterThanOrEqual(3);
  });

  it('embeds galleries in about ten photo stories and marks a handful as video', () => {
    const photoStories = newsroom.articles.filter((article) => article.gallerySlug !== null);
    expect(photoStories.length).toBeGreaterThanOrEqual(8);
    expect(photoStories.length).toBeLessThanOrEqual(12);
    for (const story of photoStories) {
      expect(story.mediaMarker).toBe('PHOTO');
      expect(story.body.some((block) => block.type === 'galleryEmbed' && block.attrs.gallerySlug === story.gallerySlug)).toBe(true);
    }
    const videos = newsroom.articles.filter((article) => article.mediaMarker === 'VIDEO').length;
    expect(videos).toBeGreaterThanOrEqual(3);
    expect(videos).toBeLessThanOrEqual(8);
  });

  it('tags most stories with one to five tags and gives most a hero image', () => {
    for (const article of newsroom.articles) expect(article.tagSlugs.length).toBeLessThanOrEqual(5);
    expect(share(newsroom.articles.filter((article) => article.tagSlugs.length > 0).length, newsroom.articles.length)).toBeGreaterThan(0.85);
    const withHero = newsroom.articles.filter((article) => article.heroImageKey !== null).length;
    expect(share(withHero, newsroom.articles.length)).toBeGreaterThan(0.8);
    expect(withHero).toBeLessThan(newsroom.articles.length);
  });

  it('updates about a fifth of published stories one to ten hours after publication', () => {
    const updated = published.filter((article) => article.updatedAt !== null);
    expect(share(updated.length, published.length)).toBeGreaterThan(0.1);
    expect(share(updated.length, published.length)).toBeLessThan(0.3);
    for (const article of updated) {
      const delay = (article.updatedAt?.getTime() ?? 0) - article.publishedAt.getTime();
      expect(delay).toBeGreaterThanOrEqual(HOUR);
      expect(delay).toBeLessThanOrEqual(10 * HOUR + 60_000);
      expect(article.updatedAt?.getTime()).toBeLessThan(NOW.getTime());
    }
    for (const article of newsroom.articles.filter((candidate) => candidate.status !== 'PUBLISHED')) expect(article.updatedAt).toBeNull();
  });
});

describe('buildNewsroom: galleries, images and pages', () => {
  it('has six galleries of 6–12 photos, one with eleven, published within 30 days', () => {
    expect(newsroom.galleries).toHaveLength(6);
    for (const gallery of newsroom.galleries) {
      expect(gallery.items.length).toBeGreaterThanOrEqual(6);
      expect(gallery.items.length).toBeLessThanOrEqual(12);
      expect(gallery.slug).toMatch(ASCII_SLUG);
      expect(gallery.publishedAt.getTime()).toBeLessThan(NOW.getTime());
      expect(gallery.publishedAt.getTime()).toBeGreaterThan(NOW.getTime() - 30 * DAY);
    }
    expect(newsroom.galleries.some((gallery) => gallery.items.length === 11)).toBe(true);
    const items = newsroom.galleries.flatMap((gallery) => gallery.items);
    expect(items.some((item) => item.caption === null)).toBe(true);
    expect(items.some((item) => item.caption !== null)).toBe(true);
    expect(items.some((item) => item.credit !== null)).toBe(true);
  });

  it('draws at most 110 images with unique keys, photo sizes and 1600 × 1600 portraits', () => {
    const { images } = newsroom;
    expect(images.length).toBeLessThanOrEqual(110);
    expect(new Set(images.map((image) => image.key)).size).toBe(images.length);
    const portraits = new Set(newsroom.authors.map((author) => author.avatarKey));
    const ratios = [3 / 2, 4 / 3, 16 / 9, 2 / 3];
    for (const image of images) {
      if (portraits.has(image.key)) {
        expect([image.width, image.height]).toEqual([1600, 1600]);
      } else {
        expect(image.width).toBeGreaterThanOrEqual(1600);
        expect(image.width).toBeLessThanOrEqual(2400);
        expect(ratios.some((ratio) => Math.abs(image.width / image.height - ratio) < 0.01)).toBe(true);
      }
      expect(image.alt.length).toBeGreaterThan(10);
      expect(image.caption).toMatch(/\.$/);
      expect(image.credit.length).toBeGreaterThan(5);
      expect(Number.isInteger(image.seed)).toBe(true);
    }
  });

  it('draws only images that something refers to', () => {
    const referenced = new Set([
      ...newsroom.authors.map((author) => author.avatarKey),
      ...newsroom.galleries.flatMap((gallery) => gallery.items.map((item) => item.imageKey)),
      ...newsroom.articles.flatMap((article) => [
        article.heroImageKey,
        ...article.body.flatMap((block) => (block.type === 'figure' ? [block.attrs.imageKey] : [])),
      ]),
    ]);
    for (const image of newsroom.images) expect(referenced.has(image.key), image.key).toBe(true);
  });

  it('has About and Contact pages', () => {
    expect(newsroom.staticPages.map((page) => page.slug).sort()).toEqual(['about', 'contact']);
    for (const page of newsroom.staticPages) expect(wordCount(page.body)).toBeGreaterThan(30);
  });
});

describe('buildNewsroom: determinism', () => {
  it('returns byte-identical output for the same now', () => {
    const again = buildNewsroom(new Date(NOW));
    expect(again).toEqual(newsroom);
    expect(JSON.stringify(again)).toBe(JSON.stringify(newsroom));
  });

  it('keeps the same stories for a different now, shifting only the times', () => {
    const later = buildNewsroom(new Date(NOW.getTime() + 5 * DAY + 7 * HOUR + 13 * 60_000));
    const withoutTimes = (seedNewsroom: SeedNewsroom) => ({
      ...seedNewsroom,
      articles: seedNewsroom.articles.map(({ publishedAt: _publishedAt, updatedAt, ...rest }) => ({ ...rest, updated: updatedAt !== null })),
      galleries: seedNewsroom.galleries.map(({ publishedAt: _publishedAt, ...rest }) => rest),
    });
    expect(later.articles.map((article) => article.headline)).toEqual(newsroom.articles.map((article) => article.headline));
    expect(withoutTimes(later)).toEqual(withoutTimes(newsroom));
    expect(later.articles[0].publishedAt.getTime()).not.toBe(newsroom.articles[0].publishedAt.getTime());
  });
});
