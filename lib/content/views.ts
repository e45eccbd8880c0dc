import { imageSrc } from '../media/variants';
import type { StoryDocument } from '../document/schema';

/**
 * The shapes public pages render from. Plain data (strings, numbers, Dates), so they pass
 * through 'use cache' and can be built from a saved story or from a draft alike. No database
 * access in this module: the read side (./articles.ts) and the editors' preview both build these.
 */

export type MediaMarker = 'PHOTO' | 'VIDEO' | 'AUDIO';

export interface ImageView {
  id: number;
  /** Base URL of the stored image; next/image's loader picks the variant. */
  src: string;
  width: number;
  height: number;
  alt: string;
}

/** An image as it appears in a story: with the caption and credit shown under it. */
export interface FigureView {
  image: ImageView;
  caption: string;
  credit: string;
}

export interface SectionRef {
  name: string;
  slug: string;
  path: string;
}

export interface LinkRef {
  name: string;
  path: string;
}

export interface ArticleSummary {
  id: number;
  path: string;
  headline: string;
  standfirst: string;
  mediaMarker: MediaMarker | null;
  publishedAt: Date;
  section: SectionRef;
  thumbnail: ImageView | null;
}

export interface GalleryPhotoView {
  /** 1-based, as in the photo's URL and the "3 / 11" counter. */
  position: number;
  path: string;
  image: ImageView;
  caption: string;
  credit: string;
}

export interface GalleryView {
  id: number;
  slug: string;
  path: string;
  title: string;
  description: string;
  publishedAt: Date | null;
  photos: GalleryPhotoView[];
}

export interface ArticleView {
  id: number;
  slug: string;
  path: string;
  headline: string;
  standfirst: string;
  mediaMarker: MediaMarker | null;
  section: SectionRef;
  /** The dateline. Null only when an editor previews a story that was never published. */
  firstPublishedAt: Date | null;
  /** Set when the story was changed after first publication ("Updated …"). */
  updatedAt: Date | null;
  /** Byline in order; empty when `creditLine` names an agency or staff credit instead. */
  byline: LinkRef[];
  creditLine: string | null;
  hero: FigureView | null;
  body: StoryDocument;
  /** Library images placed in the body, by image id, with the library's own caption and credit
   * (a figure's attributes override them). */
  figures: Record<number, FigureView>;
  /** Galleries embedded in the body, by gallery id. */
  galleries: Record<number, GalleryView>;
  /** The story's own gallery when the body does not already embed it. */
  gallery: GalleryView | null;
  tags: LinkRef[];
}

/** Row shape of a library image as the read side selects it. */
export interface ImageRow {
  id: number;
  storageKey: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string;
}

export function toImageView(row: ImageRow): ImageView {
  return { id: row.id, src: imageSrc(row.storageKey), width: row.width, height: row.height, alt: row.alt };
}

export function toFigureView(row: ImageRow): FigureView {
  return { image: toImageView(row), caption: row.caption, credit: row.credit };
}

/** Changes within this long of the first publication are part of publishing, not an update. */
export const UPDATE_THRESHOLD_MS = 60_000;

export function laterUpdate(firstPublishedAt: Date | null, updatedAt: Date | null): Date | null {
  if (!firstPublishedAt || !updatedAt) return null;
  return updatedAt.getTime() - firstPublishedAt.getTime() > UPDATE_THRESHOLD_MS ? updatedAt : null;
}

/** Everything a story is built from, whether it is read from the published row or a draft. */
export interface ArticleSource {
  id: number;
  slug: string;
  path: string;
  headline: string;
  standfirst: string;
  mediaMarker: MediaMarker | null;
  section: SectionRef;
  firstPublishedAt: Date | null;
  updatedAt: Date | null;
  byline: LinkRef[];
  creditLine: string | null;
  heroImage: ImageRow | null;
  /** Overrides of the hero image's own caption and credit for this story. */
  heroCaption: string | null;
  heroCredit: string | null;
  body: StoryDocument;
  galleryId: number | null;
  tags: LinkRef[];
}

/** Images and galleries the body and the story refer to, loaded by whoever builds the view. */
export interface ArticleMedia {
  images: ImageRow[];
  galleries: GalleryView[];
}

/** Ids of the library images and galleries a story body refers to, in document order. */
export function documentMediaIds(document: StoryDocument): { imageIds: number[]; galleryIds: number[] } {
  const imageIds = new Set<number>();
  const galleryIds = new Set<number>();
  const visit = (nodes: StoryDocument['content']) => {
    for (const node of nodes ?? []) {
      if (node.type === 'figure') imageIds.add(node.attrs.imageId);
      else if (node.type === 'galleryEmbed') galleryIds.add(node.attrs.galleryId);
      else if (node.type === 'blockquote') visit(node.content);
      else if (node.type === 'bulletList' || node.type === 'orderedList') {
        for (const item of node.content ?? []) visit(item.content);
      }
    }
  };
  visit(document.content);
  return { imageIds: [...imageIds], galleryIds: [...galleryIds] };
}

/**
 * The article page's view model. Pure: the public page builds it from the published story and
 * the editors' preview from a draft. Missing media (an image deleted from the library, an
 * unpublished gallery) simply drops out of the page; it never breaks it.
 */
export function buildArticleView(source: ArticleSource, media: ArticleMedia): ArticleView {
  const figures: Record<number, FigureView> = {};
  for (const row of media.images) figures[row.id] = toFigureView(row);
  const galleries: Record<number, GalleryView> = {};
  for (const gallery of media.galleries) galleries[gallery.id] = gallery;

  const embedded = new Set(documentMediaIds(source.body).galleryIds);
  const attached = source.galleryId && !embedded.has(source.galleryId) ? (galleries[source.galleryId] ?? null) : null;

  return {
    id: source.id,
    slug: source.slug,
    path: source.path,
    headline: source.headline,
    standfirst: source.standfirst,
    mediaMarker: source.mediaMarker,
    section: source.section,
    firstPublishedAt: source.firstPublishedAt,
    updatedAt: laterUpdate(source.firstPublishedAt, source.updatedAt),
    byline: source.byline,
    creditLine: source.creditLine?.trim() || null,
    hero: source.heroImage
      ? {
          image: toImageView(source.heroImage),
          caption: source.heroCaption?.trim() || source.heroImage.caption,
          credit: source.heroCredit?.trim() || source.heroImage.credit,
        }
      : null,
    body: source.body,
    figures,
    galleries,
    gallery: attached && attached.photos.length ? attached : null,
    tags: source.tags,
  };
}
