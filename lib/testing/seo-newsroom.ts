import { db, type Prisma } from '../db/client';

/**
 * A small newsroom written straight into the test database for the SEO integration tests:
 * sections, a few people, tags, images, and stories in whatever states a test asks for.
 */

let counter = 0;
const next = () => ++counter;

export async function createSection(slug: string, name = slug[0].toUpperCase() + slug.slice(1), position = 0) {
  return db.section.create({ data: { slug, name, position } });
}

export async function createPerson(name: string, slug: string) {
  return db.user.create({ data: { name, slug, email: `${slug}@example.com`, role: 'AUTHOR' } });
}

export async function createImage(width = 2400, height = 1600) {
  const n = next();
  return db.image.create({
    data: {
      storageKey: `images/2026/11/test-${n}`,
      width,
      height,
      mimeType: 'image/jpeg',
      bytes: 1000,
      variantWidths: [320, 640, 1280, 2048].filter((w) => w <= width),
      alt: `Picture ${n}`,
      caption: `Caption ${n}`,
      credit: 'Photo: Staff',
    },
  });
}

export async function createTag(slug: string, name = slug) {
  return db.tag.create({ data: { slug, name } });
}

export interface StoryOptions {
  section: { id: number };
  createdBy: { id: number };
  slug?: string;
  headline?: string;
  publishedAt?: Date;
  updatedAt?: Date;
  status?: 'PUBLISHED' | 'DRAFT' | 'UNPUBLISHED' | 'SCHEDULED';
  deleted?: boolean;
  noindex?: boolean;
  canonicalUrl?: string;
  authors?: { id: number }[];
  tags?: { id: number }[];
  heroImageId?: number;
  body?: Prisma.InputJsonValue;
}

export async function createStory(options: StoryOptions) {
  const n = next();
  const status = options.status ?? 'PUBLISHED';
  const publishedAt = options.publishedAt ?? new Date();
  const published = status === 'PUBLISHED' || status === 'UNPUBLISHED';
  return db.article.create({
    data: {
      slug: options.slug ?? `story-${n}`,
      headline: options.headline ?? `Story number ${n}`,
      standfirst: `Standfirst of story ${n}.`,
      body: options.body ?? { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `Body of story ${n}.` }] }] },
      status,
      firstPublishedAt: published ? publishedAt : null,
      publishedAt: published ? publishedAt : null,
      updatedAt: options.updatedAt ?? publishedAt,
      deletedAt: options.deleted ? new Date() : null,
      noindex: options.noindex ?? false,
      canonicalUrl: options.canonicalUrl ?? null,
      sectionId: options.section.id,
      createdById: options.createdBy.id,
      heroImageId: options.heroImageId ?? null,
      authors: { create: (options.authors ?? []).map((author, position) => ({ userId: author.id, position })) },
      tags: { create: (options.tags ?? []).map((t, position) => ({ tagId: t.id, position })) },
    },
    include: { section: true },
  });
}
