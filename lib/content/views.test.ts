import { describe, expect, it } from 'vitest';
import type { StoryDocument } from '../document/schema';
import { buildArticleView, documentMediaIds, type ArticleSource, type GalleryView, type ImageRow } from './views';

const image = (id: number, extra: Partial<ImageRow> = {}): ImageRow => ({
  id,
  storageKey: `images/2024/04/${id}`,
  width: 1600,
  height: 1000,
  alt: `Alt ${id}`,
  caption: `Caption ${id}`,
  credit: `Credit ${id}`,
  ...extra,
});

const gallery = (id: number): GalleryView => ({
  id,
  slug: `g${id}`,
  path: `/galleries/g${id}`,
  title: `Gallery ${id}`,
  description: '',
  publishedAt: new Date('2024-04-20T08:00:00Z'),
  photos: [{ position: 1, path: `/galleries/g${id}/photo/1`, image: { id: 9, src: '/media/x', width: 10, height: 10, alt: '' }, caption: '', credit: '' }],
});

const body: StoryDocument = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'Hello' }] },
    { type: 'figure', attrs: { imageId: 2 } },
    { type: 'blockquote', content: [{ type: 'figure', attrs: { imageId: 3 } }] },
    { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'galleryEmbed', attrs: { galleryId: 7 } }] }] },
    { type: 'figure', attrs: { imageId: 2 } },
  ],
};

const source = (overrides: Partial<ArticleSource> = {}): ArticleSource => ({
  id: 1,
  slug: 'story',
  path: '/nation/story',
  headline: 'Headline',
  standfirst: 'Standfirst',
  mediaMarker: null,
  section: { name: 'Nation', slug: 'nation', path: '/nation' },
  firstPublishedAt: new Date('2024-04-20T08:00:00Z'),
  updatedAt: new Date('2024-04-20T08:00:30Z'),
  byline: [{ name: 'Aynur Məmmədova', path: '/author/aynur' }],
  creditLine: null,
  heroImage: image(1),
  heroCaption: null,
  heroCredit: null,
  body,
  galleryId: null,
  tags: [],
  ...overrides,
});

describe('the article view model', () => {
  it('finds every image and gallery the body refers to, once, in order', () => {
    expect(documentMediaIds(body)).toEqual({ imageIds: [2, 3], galleryIds: [7] });
  });

  it('shows "Updated" only for a change made after publishing', () => {
    expect(buildArticleView(source(), { images: [], galleries: [] }).updatedAt).toBeNull();
    const later = new Date('2024-04-20T12:10:00Z');
    expect(buildArticleView(source({ updatedAt: later }), { images: [], galleries: [] }).updatedAt).toEqual(later);
    expect(buildArticleView(source({ firstPublishedAt: null, updatedAt: later }), { images: [], galleries: [] }).updatedAt).toBeNull();
  });

  it('uses the story’s hero caption and credit over the library’s', () => {
    const plain = buildArticleView(source(), { images: [], galleries: [] }).hero;
    expect(plain).toMatchObject({ caption: 'Caption 1', credit: 'Credit 1', image: { src: '/media/images/2024/04/1', alt: 'Alt 1' } });
    const overridden = buildArticleView(source({ heroCaption: 'Our caption', heroCredit: ' ' }), { images: [], galleries: [] }).hero;
    expect(overridden).toMatchObject({ caption: 'Our caption', credit: 'Credit 1' });
  });

  it('shows the story’s own gallery after the body unless the body already embeds it', () => {
    const media = { images: [], galleries: [gallery(7), gallery(8)] };
    expect(buildArticleView(source({ galleryId: 8 }), media).gallery?.id).toBe(8);
    expect(buildArticleView(source({ galleryId: 7 }), media).gallery).toBeNull();
    expect(buildArticleView(source({ galleryId: 9 }), media).gallery).toBeNull();
  });

  it('keeps the library’s figures by id and drops what is missing', () => {
    const view = buildArticleView(source(), { images: [image(2)], galleries: [] });
    expect(Object.keys(view.figures)).toEqual(['2']);
    expect(view.figures[2]).toMatchObject({ caption: 'Caption 2', credit: 'Credit 2' });
    expect(view.galleries).toEqual({});
  });

  it('treats a blank credit line as none', () => {
    expect(buildArticleView(source({ byline: [], creditLine: '  ' }), { images: [], galleries: [] }).creditLine).toBeNull();
    expect(buildArticleView(source({ byline: [], creditLine: 'Caspian Wire' }), { images: [], galleries: [] }).creditLine).toBe('Caspian Wire');
  });
});
