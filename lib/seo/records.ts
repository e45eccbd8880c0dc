import { cacheLife, cacheTag as tag } from 'next/cache';
import { PUBLIC_ARTICLE } from '../content/articles';
import { cacheTag } from '../content/tags';
import { absoluteUrl, articlePath, authorPath, galleryPath, sectionPath, tagPath } from '../content/urls';
import { db, type Prisma } from '../db/client';
import type { SeoImage } from './images';

/**
 * What the metadata and structured-data builders know about each kind of public page, read by
 * the page's own URL parameters so a page only has to pass its params through. Each loader has
 * a cached twin (`get…`) tagged like the page it describes; the loaders themselves are plain so
 * integration tests can run them against PostgreSQL.
 */

const imageSelect = {
  storageKey: true,
  width: true,
  height: true,
  alt: true,
  caption: true,
  credit: true,
  variantWidths: true,
} satisfies Prisma.ImageSelect;

export interface StorySeo {
  id: number;
  path: string;
  /** Absolute: the story's own URL, or the editor's canonical override (syndicated copy). */
  canonicalUrl: string;
  headline: string;
  seoTitle: string | null;
  /** SEO description, else the standfirst. */
  description: string;
  noindex: boolean;
  firstPublishedAt: Date;
  updatedAt: Date;
  section: { id: number; slug: string; name: string; path: string };
  tags: { id: number; name: string; path: string }[];
  authors: { id: number; name: string; path: string }[];
  creditLine: string | null;
  hero: SeoImage | null;
}

/** The published story at /{sectionSlug}/{slug}; null when there is none at that address. */
export async function loadStorySeo(sectionSlug: string, slug: string): Promise<StorySeo | null> {
  const row = await db.article.findFirst({
    where: { ...PUBLIC_ARTICLE, slug, section: { slug: sectionSlug } },
    select: {
      id: true,
      slug: true,
      headline: true,
      standfirst: true,
      bodyText: true,
      seoTitle: true,
      seoDescription: true,
      canonicalUrl: true,
      noindex: true,
      firstPublishedAt: true,
      publishedAt: true,
      updatedAt: true,
      creditLine: true,
      heroCaption: true,
      heroCredit: true,
      section: { select: { id: true, name: true, slug: true } },
      tags: { orderBy: { position: 'asc' }, select: { tag: { select: { id: true, name: true, slug: true } } } },
      authors: { orderBy: { position: 'asc' }, select: { user: { select: { id: true, name: true, slug: true } } } },
      heroImage: { select: imageSelect },
    },
  });
  if (!row) return null;
  const path = articlePath(row.section.slug, row.slug);
  return {
    id: row.id,
    path,
    canonicalUrl: row.canonicalUrl?.trim() || absoluteUrl(path),
    headline: row.headline,
    seoTitle: row.seoTitle?.trim() || null,
    // Search engines show a description; a story with neither gets its opening words.
    description: row.seoDescription?.trim() || row.standfirst.trim() || row.bodyText.slice(0, 320),
    noindex: row.noindex,
    firstPublishedAt: row.firstPublishedAt ?? row.publishedAt ?? row.updatedAt,
    updatedAt: row.updatedAt,
    section: { id: row.section.id, slug: row.section.slug, name: row.section.name, path: sectionPath(row.section.slug) },
    tags: row.tags.map(({ tag: t }) => ({ id: t.id, name: t.name, path: tagPath(t.slug) })),
    authors: row.authors.map(({ user }) => ({ id: user.id, name: user.name, path: authorPath(user.slug) })),
    creditLine: row.creditLine,
    hero: row.heroImage
      ? {
          ...row.heroImage,
          caption: row.heroCaption?.trim() || row.heroImage.caption,
          credit: row.heroCredit?.trim() || row.heroImage.credit,
        }
      : null,
  };
}

export async function getStorySeo(sectionSlug: string, slug: string): Promise<StorySeo | null> {
  'use cache';
  cacheLife('hours');
  tag(cacheTag.storyLists, cacheTag.redirects);
  const story = await loadStorySeo(sectionSlug, slug);
  if (story) {
    tag(cacheTag.story(story.id), cacheTag.section(story.section.id));
    for (const t of story.tags) tag(cacheTag.tag(t.id));
    for (const author of story.authors) tag(cacheTag.author(author.id));
  }
  return story;
}

export interface GallerySeo {
  id: number;
  slug: string;
  path: string;
  title: string;
  description: string;
  publishedAt: Date;
  updatedAt: Date;
  images: SeoImage[];
}

export async function loadGallerySeo(slug: string): Promise<GallerySeo | null> {
  const row = await db.gallery.findFirst({
    // As readers see galleries (lib/content/galleries.ts): published, with at least one photo.
    where: { slug, status: 'PUBLISHED', items: { some: {} } },
    select: {
      id: true,
      slug: true,
      title: true,
      description: true,
      publishedAt: true,
      createdAt: true,
      updatedAt: true,
      items: { orderBy: [{ position: 'asc' }, { id: 'asc' }], select: { caption: true, credit: true, image: { select: imageSelect } } },
    },
  });
  if (!row) return null;
  return {
    id: row.id,
    slug: row.slug,
    path: galleryPath(row.slug),
    title: row.title,
    description: row.description,
    publishedAt: row.publishedAt ?? row.createdAt,
    updatedAt: row.updatedAt,
    images: row.items.map((item) => ({
      ...item.image,
      caption: item.caption?.trim() || item.image.caption,
      credit: item.credit?.trim() || item.image.credit,
    })),
  };
}

export async function getGallerySeo(slug: string): Promise<GallerySeo | null> {
  'use cache';
  cacheLife('hours');
  tag(cacheTag.galleryLists);
  const gallery = await loadGallerySeo(slug);
  if (gallery) tag(cacheTag.gallery(gallery.id));
  return gallery;
}

/** A section, tag or author page as the listing metadata needs it. */
export interface ListingSeo {
  id: number;
  slug: string;
  name: string;
  description: string;
  path: string;
}
