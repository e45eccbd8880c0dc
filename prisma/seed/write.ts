import type { PrismaClient } from '../../lib/db/client';
import { toJsonValue } from '../../lib/db/json';
import { storyDocument, type BlockNode, type StoryDocument } from '../../lib/document/schema';
import { documentToText } from '../../lib/document/text';
import type { StoredImage } from '../../lib/media/ingest';
import { mediaStorage } from '../../lib/media/storage';
import { storeSeedPicture } from './picture-cache';
import { buildNewsroom } from './newsroom';
import type { SeedBlock, SeedImage, SeedNewsroom } from './types';

/** True when the newsroom has neither sections nor stories: the demo may be written. */
export async function isNewsroomEmpty(db: PrismaClient): Promise<boolean> {
  const [sections, articles] = await Promise.all([db.section.count(), db.article.count()]);
  return sections === 0 && articles === 0;
}

/**
 * Writes the demo newsroom from buildNewsroom(): settings, sections, authors (as users who cannot
 * sign in until invited), tags, generated pictures in the media library, galleries, stories with
 * one revision each, and the About and Contact pages. Returns a one-line summary.
 */
export async function seedDemoNewsroom(
  db: PrismaClient,
  options: { now?: Date; log?: (message: string) => void } = {},
): Promise<string> {
  const now = options.now ?? new Date();
  const log = options.log ?? (() => {});
  const newsroom = buildNewsroom(now);

  // Pictures first: drawing and encoding is the slow part and touches only the media folder.
  log(`drawing ${newsroom.images.length} pictures`);
  const stored = await mapInBatches(newsroom.images, 2, async (image) => ({
    image,
    file: await storeSeedPicture(image, now),
  }));

  try {
    await writeRows(db, newsroom, stored, now);
  } catch (error) {
    // Nothing was committed; take the pictures back out of the library folder too.
    await Promise.all(stored.map(({ file }) => mediaStorage().remove(file.storageKey)));
    throw error;
  }

  const published = newsroom.articles.filter((article) => article.status === 'PUBLISHED').length;
  return `${newsroom.sections.length} sections, ${newsroom.authors.length} authors, ${published} published stories, ${newsroom.galleries.length} galleries, ${newsroom.images.length} pictures`;
}

async function writeRows(
  db: PrismaClient,
  newsroom: SeedNewsroom,
  stored: { image: SeedImage; file: StoredImage }[],
  now: Date,
): Promise<void> {
  await db.$transaction(
    async (tx) => {
      await tx.siteSettings.upsert({ where: { id: 1 }, create: { id: 1, ...newsroom.settings }, update: newsroom.settings });

      const imageIds = new Map<string, number>();
      for (const { image, file } of stored) {
        const row = await tx.image.create({
          data: {
            ...file,
            originalFilename: `${image.key}.jpg`,
            alt: image.alt,
            caption: image.caption,
            credit: image.credit,
            createdAt: now,
          },
          select: { id: true },
        });
        imageIds.set(image.key, row.id);
      }
      const imageId = (key: string) => {
        const id = imageIds.get(key);
        if (!id) throw new Error(`Seed refers to unknown image ${key}`);
        return id;
      };

      await tx.section.createMany({ data: newsroom.sections });
      const sectionIds = new Map((await tx.section.findMany({ select: { id: true, slug: true } })).map((s) => [s.slug, s.id]));

      const authorIds = new Map<string, number>();
      for (const author of newsroom.authors) {
        const row = await tx.user.create({
          data: {
            email: author.email,
            name: author.name,
            slug: author.slug,
            bio: author.bio,
            role: author.role,
            avatarId: imageId(author.avatarKey),
          },
          select: { id: true },
        });
        authorIds.set(author.slug, row.id);
      }
      const authorId = (slug: string) => {
        const id = authorIds.get(slug);
        if (!id) throw new Error(`Seed refers to unknown author ${slug}`);
        return id;
      };
      const firstEditor = newsroom.authors.find((author) => author.role === 'EDITOR') ?? newsroom.authors[0];

      await tx.tag.createMany({ data: newsroom.tags });
      const tagIds = new Map((await tx.tag.findMany({ select: { id: true, slug: true } })).map((t) => [t.slug, t.id]));

      const galleryIds = new Map<string, number>();
      for (const gallery of newsroom.galleries) {
        const row = await tx.gallery.create({
          data: {
            slug: gallery.slug,
            title: gallery.title,
            description: gallery.description,
            status: 'PUBLISHED',
            publishedAt: gallery.publishedAt,
            createdAt: gallery.publishedAt,
            createdById: authorId(gallery.authorSlug),
            items: {
              create: gallery.items.map((item, position) => ({
                imageId: imageId(item.imageKey),
                position,
                caption: item.caption,
                credit: item.credit,
              })),
            },
          },
          select: { id: true },
        });
        galleryIds.set(gallery.slug, row.id);
      }
      const galleryId = (slug: string) => {
        const id = galleryIds.get(slug);
        if (!id) throw new Error(`Seed refers to unknown gallery ${slug}`);
        return id;
      };
      const toDocument = (blocks: SeedBlock[]): StoryDocument =>
        storyDocument.parse({ type: 'doc', content: blocks.map((block) => resolveBlock(block, imageId, galleryId)) });

      for (const article of newsroom.articles) {
        const body = toDocument(article.body);
        const published = article.status === 'PUBLISHED';
        const creator = article.authorSlugs[0] ?? firstEditor.slug;
        const figureIds = [...new Set(collectFigureIds(body.content ?? []))];
        const created = await tx.article.create({
          data: {
            slug: article.slug,
            headline: article.headline,
            standfirst: article.standfirst,
            mediaMarker: article.mediaMarker,
            body: toJsonValue(body),
            bodyText: documentToText(body),
            status: article.status,
            firstPublishedAt: published ? article.publishedAt : null,
            publishedAt: published ? article.publishedAt : null,
            scheduledAt: article.status === 'SCHEDULED' ? article.publishedAt : null,
            submittedAt: article.status === 'IN_REVIEW' ? (article.updatedAt ?? now) : null,
            updatedAt: article.updatedAt ?? (published ? article.publishedAt : now),
            createdAt: published ? article.publishedAt : now,
            sectionId: sectionIds.get(article.sectionSlug)!,
            creditLine: article.creditLine,
            heroImageId: article.heroImageKey ? imageId(article.heroImageKey) : null,
            galleryId: article.gallerySlug ? galleryId(article.gallerySlug) : null,
            createdById: authorId(creator),
            authors: { create: article.authorSlugs.map((slug, position) => ({ userId: authorId(slug), position })) },
            tags: { create: article.tagSlugs.map((slug, position) => ({ tagId: tagIds.get(slug)!, position })) },
            images: { create: figureIds.map((id) => ({ imageId: id })) },
          },
          select: { id: true },
        });
        await tx.revision.create({
          data: {
            articleId: created.id,
            version: 1,
            editorId: authorId(creator),
            createdAt: article.updatedAt ?? article.publishedAt,
            snapshot: toJsonValue({ headline: article.headline, standfirst: article.standfirst, body }),
          },
        });
      }

      for (const page of newsroom.staticPages) {
        await tx.staticPage.create({ data: { slug: page.slug, title: page.title, body: toJsonValue(toDocument(page.body)) } });
      }
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}

function resolveBlock(
  block: SeedBlock,
  imageId: (key: string) => number,
  galleryId: (slug: string) => number,
): BlockNode {
  if (block.type === 'figure') {
    const { imageKey, ...rest } = block.attrs;
    return { type: 'figure', attrs: { imageId: imageId(imageKey), ...rest } };
  }
  if (block.type === 'galleryEmbed') return { type: 'galleryEmbed', attrs: { galleryId: galleryId(block.attrs.gallerySlug) } };
  return block;
}

function collectFigureIds(blocks: BlockNode[]): number[] {
  return blocks.flatMap((block) => {
    if (block.type === 'figure') return [block.attrs.imageId];
    if (block.type === 'blockquote') return collectFigureIds(block.content ?? []);
    return [];
  });
}

async function mapInBatches<T, R>(items: T[], concurrency: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index]);
      }
    }),
  );
  return results;
}
