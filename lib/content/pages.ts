import { cacheLife, cacheTag as tag } from 'next/cache';
import { db } from '../db/client';
import { storyDocument, type StoryDocument } from '../document/schema';
import { loadArticleMedia } from './articles';
import { tagGalleries } from './galleries';
import { cacheTag } from './tags';
import { toFigureView, type FigureView, type GalleryView } from './views';

/** Fixed pages written in the story format: About, Contact. */
export interface StaticPageView {
  slug: string;
  title: string;
  body: StoryDocument;
  updatedAt: Date;
  figures: Record<number, FigureView>;
  galleries: Record<number, GalleryView>;
}

export const STATIC_PAGE_SLUGS = ['about', 'contact'] as const;
export type StaticPageSlug = (typeof STATIC_PAGE_SLUGS)[number];

export async function getStaticPage(slug: StaticPageSlug): Promise<StaticPageView | null> {
  'use cache';
  cacheLife('days');
  tag(cacheTag.staticPage(slug));
  const row = await db.staticPage.findUnique({ where: { slug }, select: { slug: true, title: true, body: true, updatedAt: true } });
  if (!row) return null;
  const parsed = storyDocument.safeParse(row.body);
  const body: StoryDocument = parsed.success ? parsed.data : { type: 'doc', content: [] };
  const media = await loadArticleMedia(body, null, { publishedGalleriesOnly: true });
  tagGalleries(media.galleries);
  if (media.images.length) tag(...media.images.map((image) => cacheTag.image(image.id)));
  return {
    slug: row.slug,
    title: row.title,
    body,
    updatedAt: row.updatedAt,
    figures: Object.fromEntries(media.images.map((image) => [image.id, toFigureView(image)])),
    galleries: Object.fromEntries(media.galleries.map((gallery) => [gallery.id, gallery])),
  };
}
