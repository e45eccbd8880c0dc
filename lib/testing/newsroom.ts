import { randomBytes } from 'node:crypto';
import { storyChangeTags } from '../content/tags';
import type { PrismaClient } from '../db/client';
import { toJsonValue } from '../db/json';
import type { StoryDocument } from '../document/schema';
import { documentToText } from '../document/text';
import { variantWidthsFor } from '../media/variants';

/**
 * Test support (never imported by the app): a newsroom written straight into the test database
 * (sections, writers, tags, images, galleries and stories in any state) for integration tests
 * and e2e setup. Slugs are unique unless a test names one, so tests can share a database. A
 * published story also expires readers' cached listings, as publishing it would (announceChange).
 */

const unique = () => randomBytes(4).toString('hex');

export function paragraphs(...texts: string[]): StoryDocument {
  return { type: 'doc', content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) };
}

export async function createSection(db: PrismaClient, options: { name?: string; slug?: string; position?: number } = {}) {
  const tag = unique();
  return db.section.create({
    data: { name: options.name ?? `Section ${tag}`, slug: options.slug ?? `section-${tag}`, position: options.position ?? 0 },
    select: { id: true, name: true, slug: true },
  });
}

export async function createAuthor(db: PrismaClient, options: { name?: string; slug?: string; bio?: string } = {}) {
  const tag = unique();
  return db.user.create({
    data: {
      email: `writer-${tag}@example.test`,
      name: options.name ?? `Writer ${tag}`,
      slug: options.slug ?? `writer-${tag}`,
      bio: options.bio ?? '',
      role: 'AUTHOR',
    },
    select: { id: true, name: true, slug: true },
  });
}

export async function createImage(db: PrismaClient, options: { alt?: string; caption?: string; credit?: string; width?: number; height?: number } = {}) {
  const width = options.width ?? 1600;
  return db.image.create({
    data: {
      storageKey: `images/test/${unique()}`,
      width,
      height: options.height ?? Math.round((width * 2) / 3),
      mimeType: 'image/jpeg',
      bytes: 1000,
      // The widths an upload of this size would have stored, so variant URLs match production's.
      variantWidths: variantWidthsFor(width),
      alt: options.alt ?? 'A test picture',
      caption: options.caption ?? '',
      credit: options.credit ?? '',
    },
    select: { id: true, storageKey: true },
  });
}

export async function createGallery(
  db: PrismaClient,
  options: { createdById: number; imageIds: number[]; title?: string; status?: 'DRAFT' | 'PUBLISHED'; publishedAt?: Date },
) {
  const tag = unique();
  return db.gallery.create({
    data: {
      slug: `gallery-${tag}`,
      title: options.title ?? `Gallery ${tag}`,
      status: options.status ?? 'PUBLISHED',
      publishedAt: options.status === 'DRAFT' ? null : (options.publishedAt ?? new Date()),
      createdById: options.createdById,
      items: { create: options.imageIds.map((imageId, position) => ({ imageId, position })) },
    },
    select: { id: true, slug: true },
  });
}

export async function createTag(db: PrismaClient, options: { name?: string; slug?: string } = {}) {
  const tag = unique();
  return db.tag.create({
    data: { name: options.name ?? `Topic ${tag}`, slug: options.slug ?? `topic-${tag}` },
    select: { id: true, name: true, slug: true },
  });
}

export interface StoryOptions {
  sectionId: number;
  createdById: number;
  headline?: string;
  standfirst?: string;
  body?: StoryDocument;
  slug?: string;
  status?: 'DRAFT' | 'IN_REVIEW' | 'SCHEDULED' | 'PUBLISHED' | 'UNPUBLISHED';
  /** Also the publishedAt; ignored unless the story is (or was) published. */
  firstPublishedAt?: Date;
  updatedAt?: Date;
  deletedAt?: Date | null;
  noindex?: boolean;
  canonicalUrl?: string | null;
  authorIds?: number[];
  tagIds?: number[];
  heroImageId?: number | null;
  galleryId?: number | null;
  creditLine?: string | null;
  mediaMarker?: 'PHOTO' | 'VIDEO' | 'AUDIO' | null;
}

export async function createStory(db: PrismaClient, options: StoryOptions) {
  const tag = unique();
  const status = options.status ?? 'PUBLISHED';
  const published = status === 'PUBLISHED' || status === 'UNPUBLISHED';
  const firstPublishedAt = published ? (options.firstPublishedAt ?? new Date()) : null;
  const body = options.body ?? paragraphs(`Body of story ${tag}.`);
  const story = await db.article.create({
    data: {
      slug: options.slug ?? `story-${tag}`,
      headline: options.headline ?? `Story ${tag}`,
      standfirst: options.standfirst ?? '',
      mediaMarker: options.mediaMarker ?? null,
      body: toJsonValue(body),
      bodyText: documentToText(body),
      status,
      deletedAt: options.deletedAt ?? null,
      firstPublishedAt,
      publishedAt: firstPublishedAt,
      updatedAt: options.updatedAt ?? firstPublishedAt ?? new Date(),
      scheduledAt: status === 'SCHEDULED' ? new Date(Date.now() + 86_400_000) : null,
      submittedAt: status === 'IN_REVIEW' ? (options.updatedAt ?? new Date()) : null,
      noindex: options.noindex ?? false,
      canonicalUrl: options.canonicalUrl ?? null,
      sectionId: options.sectionId,
      createdById: options.createdById,
      creditLine: options.creditLine ?? null,
      heroImageId: options.heroImageId ?? null,
      galleryId: options.galleryId ?? null,
      authors: { create: (options.authorIds ?? []).map((userId, position) => ({ userId, position })) },
      tags: { create: (options.tagIds ?? []).map((tagId, position) => ({ tagId, position })) },
    },
    // The section's slug, for building the story's public path.
    select: { id: true, slug: true, headline: true, section: { select: { slug: true } } },
  });
  if (status === 'PUBLISHED' && !options.deletedAt) {
    await announceChange(db, storyChangeTags({ id: story.id, sectionIds: [options.sectionId], authorIds: options.authorIds ?? [], tagIds: options.tagIds ?? [] }));
  }
  return story;
}

/**
 * Expires readers' cached reads under these tags on every app instance, as a change made in the
 * newsroom does (lib/cache/shared-tags-handler.mjs checks this table before a cached read). A row
 * written straight into the database is otherwise invisible to pages cached before it, and specs
 * running beside each other compare those pages with the database.
 */
export async function announceChange(db: PrismaClient, tags: string[]): Promise<void> {
  await db.$executeRaw`INSERT INTO "CacheTagRevalidation" (tag, "revalidatedAt") SELECT unnest(${tags}::text[]), now() AT TIME ZONE 'UTC'
    ON CONFLICT (tag) DO UPDATE SET "revalidatedAt" = excluded."revalidatedAt"`;
}
