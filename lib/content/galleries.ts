import { cacheLife, cacheTag as tag } from 'next/cache';
import { db, type Prisma } from '../db/client';
import { cacheTag } from './tags';
import { galleryPath, galleryPhotoPath } from './urls';
import { toImageView, type GalleryView, type ImageView } from './views';
import { pageWindow, type Paged } from './pagination';

const imageSelect = { id: true, storageKey: true, width: true, height: true, alt: true, caption: true, credit: true } as const;

const gallerySelect = {
  id: true,
  slug: true,
  title: true,
  description: true,
  publishedAt: true,
  items: { orderBy: [{ position: 'asc' }, { id: 'asc' }], select: { caption: true, credit: true, image: { select: imageSelect } } },
} satisfies Prisma.GallerySelect;

type GalleryRow = Prisma.GalleryGetPayload<{ select: typeof gallerySelect }>;

function toGalleryView(row: GalleryRow): GalleryView {
  return {
    id: row.id,
    slug: row.slug,
    path: galleryPath(row.slug),
    title: row.title,
    description: row.description,
    publishedAt: row.publishedAt,
    // Positions in URLs are 1-based and dense, whatever gaps the stored positions have.
    photos: row.items.map((item, index) => ({
      position: index + 1,
      path: galleryPhotoPath(row.slug, index + 1),
      image: toImageView(item.image),
      caption: item.caption?.trim() || item.image.caption,
      credit: item.credit?.trim() || item.image.credit,
    })),
  };
}

function tagGallery(gallery: GalleryView): void {
  tag(cacheTag.gallery(gallery.id), ...gallery.photos.map((photo) => cacheTag.image(photo.image.id)));
}

/**
 * Galleries by id, in the order asked. `publishedOnly` is what readers get; an editor's preview
 * may show a gallery that is still a draft. Uncached: callers cache and tag.
 */
export async function loadGalleries(ids: number[], options: { publishedOnly: boolean }): Promise<GalleryView[]> {
  if (!ids.length) return [];
  const rows = await db.gallery.findMany({
    where: { id: { in: ids }, ...(options.publishedOnly ? { status: 'PUBLISHED' } : {}) },
    select: gallerySelect,
  });
  const byId = new Map(rows.map((row) => [row.id, toGalleryView(row)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Inside a 'use cache' scope: an edit to any of these galleries or their photos refreshes it. */
export function tagGalleries(galleries: GalleryView[]): void {
  for (const gallery of galleries) tagGallery(gallery);
}

export async function getGallery(slug: string): Promise<GalleryView | null> {
  'use cache';
  cacheLife('hours');
  tag(cacheTag.galleryLists);
  const row = await db.gallery.findFirst({ where: { slug, status: 'PUBLISHED' }, select: gallerySelect });
  if (!row) return null;
  const gallery = toGalleryView(row);
  tagGallery(gallery);
  return gallery;
}

export interface GalleryCard {
  id: number;
  path: string;
  title: string;
  description: string;
  publishedAt: Date | null;
  photoCount: number;
  cover: ImageView | null;
}

export const GALLERIES_PER_PAGE = 12;

const galleryCardSelect = {
  id: true,
  slug: true,
  title: true,
  description: true,
  publishedAt: true,
  _count: { select: { items: true } },
  items: { orderBy: [{ position: 'asc' }, { id: 'asc' }], take: 1, select: { image: { select: imageSelect } } },
} satisfies Prisma.GallerySelect;

function toGalleryCard(row: Prisma.GalleryGetPayload<{ select: typeof galleryCardSelect }>): GalleryCard {
  const cover = row.items[0]?.image;
  return {
    id: row.id,
    path: galleryPath(row.slug),
    title: row.title,
    description: row.description,
    publishedAt: row.publishedAt,
    photoCount: row._count.items,
    cover: cover ? toImageView(cover) : null,
  };
}

const PUBLISHED_GALLERY: Prisma.GalleryWhereInput = { status: 'PUBLISHED', items: { some: {} } };

/** The newest published galleries, for the home page strip. */
export async function getLatestGalleries(limit: number): Promise<GalleryCard[]> {
  'use cache';
  cacheLife('hours');
  tag(cacheTag.galleryLists);
  const rows = await db.gallery.findMany({
    where: PUBLISHED_GALLERY,
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    take: limit,
    select: galleryCardSelect,
  });
  const cards = rows.map(toGalleryCard);
  tag(...cards.flatMap((card) => (card.cover ? [cacheTag.image(card.cover.id)] : [])));
  return cards;
}

export async function getGalleryPage(page: number): Promise<Paged<GalleryCard>> {
  'use cache';
  cacheLife('hours');
  tag(cacheTag.galleryLists);
  const total = await db.gallery.count({ where: PUBLISHED_GALLERY });
  const window = pageWindow(total, page, GALLERIES_PER_PAGE);
  const rows = window.inRange
    ? await db.gallery.findMany({
        where: PUBLISHED_GALLERY,
        orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
        skip: window.skip,
        take: GALLERIES_PER_PAGE,
        select: galleryCardSelect,
      })
    : [];
  const items = rows.map(toGalleryCard);
  tag(...items.flatMap((card) => (card.cover ? [cacheTag.image(card.cover.id)] : [])));
  return { items, page, pageCount: window.pageCount, total };
}
