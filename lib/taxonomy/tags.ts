import 'server-only';
import { z } from 'zod';
import { recordAudit } from '../audit/record';
import { assertCan, Conflict, Invalid, NotFound, parseInput } from '../auth/authorize';
import type { Actor } from '../auth/permissions';
import { cacheTag } from '../content/tags';
import { db, type Prisma } from '../db/client';
import { sameName } from '../db/same-name';
import { likeLiteral, filterText } from '../db/text';
import { slugify } from '../slug';
import { MAX_SLUG_LENGTH, mergeTagsInput, renameTagInput, tagRef, type MergeTagsInput, type RenameTagInput, type TagRef } from './input';
import type { TaxonomyResult } from './result';

/**
 * Tags, tidied by Editors and Admins (manageTaxonomy): rename, merge one into another, delete.
 * (Creating tags while writing belongs to lib/editorial.) Stories keep every other tag they
 * have; a merge never leaves a story tagged twice with the same tag. A renamed or merged tag's
 * old address keeps answering (TagRedirect); a deleted tag's does not.
 */

type Tx = Prisma.TransactionClient;

const MANAGE = 'Only Editors and Admins rename, merge or delete tags.';
export const TAGS_PER_PAGE = 50;

export interface TagSummary {
  id: number;
  name: string;
  slug: string;
  storyCount: number;
}

export const tagListFilters = z.object({
  q: filterText().optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});
export type TagListFilters = z.infer<typeof tagListFilters>;

export interface TagPage {
  tags: TagSummary[];
  total: number;
  page: number;
  pageCount: number;
}

export async function listTagsForManagement(actor: Actor, filters: TagListFilters = {}): Promise<TagPage> {
  assertCan(actor, 'manageTaxonomy', MANAGE);
  const where: Prisma.TagWhereInput = filters.q
    ? { OR: [{ name: { contains: likeLiteral(filters.q), mode: 'insensitive' } }, { slug: { contains: likeLiteral(slugify(filters.q) || filters.q) } }] }
    : {};
  const total = await db.tag.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / TAGS_PER_PAGE));
  const page = Math.min(filters.page ?? 1, pageCount);
  const tags = await db.tag.findMany({
    where,
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    skip: (page - 1) * TAGS_PER_PAGE,
    take: TAGS_PER_PAGE,
    select: { id: true, name: true, slug: true, _count: { select: { articles: true } } },
  });
  return { tags: tags.map(({ _count, ...tag }) => ({ ...tag, storyCount: _count.articles })), total, page, pageCount };
}

export async function getTagForManagement(actor: Actor, id: number): Promise<TagSummary> {
  assertCan(actor, 'manageTaxonomy', MANAGE);
  const tag = await db.tag.findUnique({ where: { id }, select: { id: true, name: true, slug: true, _count: { select: { articles: true } } } });
  if (!tag) throw new NotFound('That tag no longer exists.');
  const { _count, ...rest } = tag;
  return { ...rest, storyCount: _count.articles };
}

/** Tags to merge into, for the merge form's suggestions (every other tag, by name). */
export async function mergeTargets(actor: Actor, excludeId: number): Promise<{ name: string; slug: string }[]> {
  assertCan(actor, 'manageTaxonomy', MANAGE);
  return db.tag.findMany({ where: { id: { not: excludeId } }, orderBy: { name: 'asc' }, select: { name: true, slug: true }, take: 2_000 });
}

/** Locks the tags' rows in id order (no deadlocks between two merges) and returns them. */
async function lockTags(tx: Tx, ids: number[]): Promise<{ id: number; name: string; slug: string }[]> {
  return tx.$queryRaw<{ id: number; name: string; slug: string }[]>`
    SELECT id, name, slug FROM "Tag" WHERE id = ANY(${ids}::int[]) ORDER BY id FOR UPDATE`;
}

/** Published stories carrying the tag: their pages list it. */
async function publicStoryIds(tx: Tx, tagId: number): Promise<number[]> {
  const rows = await tx.article.findMany({ where: { status: 'PUBLISHED', deletedAt: null, tags: { some: { tagId } } }, select: { id: true } });
  return rows.map((row) => row.id);
}

function expireFor(tagIds: number[], storyIds: number[]): string[] {
  return [...tagIds.map(cacheTag.tag), ...storyIds.map(cacheTag.story), ...(storyIds.length ? [cacheTag.storyLists] : [])];
}

export async function renameTag(actor: Actor, raw: RenameTagInput): Promise<TaxonomyResult<TagSummary>> {
  assertCan(actor, 'manageTaxonomy', MANAGE);
  const input = parseInput(renameTagInput, raw);
  const { tag, storyIds } = await db.$transaction(async (tx) => {
    const [before] = await lockTags(tx, [input.id]);
    if (!before) throw new NotFound('That tag no longer exists.');
    const renamed = input.expectedName !== undefined && input.expectedName !== before.name;
    const moved = input.expectedSlug !== undefined && input.expectedSlug !== before.slug;
    if (renamed || moved) {
      throw new Conflict(`Someone else changed this tag meanwhile: it is now “${before.name}” at /tag/${before.slug}. Reload to see it, then make your change again.`, before);
    }
    // Two tags of one name could not be told apart in the story editor's typeahead.
    const [namesake] = await tx.$queryRaw<{ slug: string }[]>`SELECT slug FROM "Tag" WHERE ${sameName('name', input.name)} AND id <> ${before.id} LIMIT 1`;
    if (namesake) throw new Invalid('That name is taken.', { name: `A tag of that name already exists, at /tag/${namesake.slug}. To combine the two, merge this tag into it.` });
    const slug = input.slug || slugify(input.name, MAX_SLUG_LENGTH);
    if (!slug) throw new Invalid('Type a slug for this tag.', { slug: 'The name has no letters or digits to make a slug from: type one.' });
    const twin = await tx.tag.findFirst({ where: { slug, id: { not: before.id } }, select: { name: true } });
    if (twin) throw new Invalid('That slug is taken.', { slug: `The tag “${twin.name}” already uses /tag/${slug}. To combine the two, merge this tag into it.` });
    const tag = await tx.tag.update({ where: { id: before.id }, data: { name: input.name, slug }, select: { id: true, name: true, slug: true, _count: { select: { articles: true } } } });
    if (tag.slug !== before.slug) {
      // The tag takes its new address from any tag that had it before, and keeps its old one.
      await tx.tagRedirect.deleteMany({ where: { fromSlug: tag.slug } });
      await tx.tagRedirect.upsert({ where: { fromSlug: before.slug }, create: { fromSlug: before.slug, tagId: tag.id }, update: { tagId: tag.id } });
    }
    if (tag.name !== before.name || tag.slug !== before.slug) {
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'tag.rename',
        subjectType: 'tag',
        subjectId: tag.id,
        details: { from: { name: before.name, slug: before.slug }, to: { name: tag.name, slug: tag.slug } },
      });
    }
    return { tag, storyIds: await publicStoryIds(tx, tag.id) };
  });
  const { _count, ...rest } = tag;
  return { value: { ...rest, storyCount: _count.articles }, expire: expireFor([tag.id], storyIds) };
}

export interface TagMerge {
  into: TagSummary;
  /** Stories that gained the tag merged into. */
  moved: number;
  /** Stories that had both tags already. */
  alreadyTagged: number;
}

/** The tag an editor means by what they typed: its slug, its name (case aside), or the slug that name makes. */
async function tagCalled(text: string): Promise<{ id: number } | null> {
  const select = { id: true } as const;
  return (
    (await db.tag.findUnique({ where: { slug: text }, select })) ??
    (await db.$queryRaw<{ id: number }[]>`SELECT id FROM "Tag" WHERE ${sameName('name', text)} ORDER BY id LIMIT 1`)[0] ??
    (slugify(text) ? await db.tag.findUnique({ where: { slug: slugify(text) }, select }) : null)
  );
}

/** Moves every story of one tag to another (no duplicates) and deletes the first tag. */
export async function mergeTags(actor: Actor, raw: MergeTagsInput): Promise<TaxonomyResult<TagMerge>> {
  assertCan(actor, 'manageTaxonomy', MANAGE);
  const input = parseInput(mergeTagsInput, raw);
  const target = await tagCalled(input.intoSlug);
  if (!target) throw new Invalid('There is no tag with that name or slug.', { intoSlug: `No tag is called “${input.intoSlug}” or has it as its slug. Pick one from the suggestions.` });
  if (target.id === input.id) throw new Invalid('A tag cannot be merged into itself.', { intoSlug: 'Choose a different tag.' });

  const { source, into, moved, alreadyTagged, storyIds } = await db.$transaction(async (tx) => {
    const locked = await lockTags(tx, [input.id, target.id]);
    const source = locked.find((tag) => tag.id === input.id);
    const into = locked.find((tag) => tag.id === target.id);
    if (!source) throw new NotFound('That tag no longer exists.');
    if (!into) throw new Invalid('The tag to merge into was just deleted.', { intoSlug: 'Choose another tag.' });
    const storyIds = await publicStoryIds(tx, source.id);
    const total = await tx.articleTag.count({ where: { tagId: source.id } });
    const moved = await tx.$executeRaw`
      INSERT INTO "ArticleTag" ("articleId", "tagId", "position")
      SELECT "articleId", ${into.id}, "position" FROM "ArticleTag" WHERE "tagId" = ${source.id}
      ON CONFLICT ("articleId", "tagId") DO NOTHING`;
    // The merged tag's address, and every old one it had, lead to the tag it went into.
    await tx.tagRedirect.updateMany({ where: { tagId: source.id }, data: { tagId: into.id } });
    await tx.tagRedirect.upsert({
      where: { fromSlug: source.slug },
      create: { fromSlug: source.slug, fromTagId: source.id, tagId: into.id },
      update: { fromTagId: source.id, tagId: into.id },
    });
    // Deleting the tag removes its remaining ArticleTag rows (ON DELETE CASCADE).
    await tx.tag.delete({ where: { id: source.id } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'tag.merge',
      subjectType: 'tag',
      subjectId: into.id,
      details: { merged: { id: source.id, name: source.name, slug: source.slug }, into: { name: into.name, slug: into.slug }, moved, alreadyTagged: total - moved },
    });
    return { source, into, moved, alreadyTagged: total - moved, storyIds };
  });
  return {
    value: { into: await getTagForManagement(actor, into.id), moved, alreadyTagged },
    expire: expireFor([source.id, into.id], storyIds),
  };
}

export async function deleteTag(actor: Actor, raw: TagRef): Promise<TaxonomyResult<{ id: number; name: string }>> {
  assertCan(actor, 'manageTaxonomy', MANAGE);
  const { id } = parseInput(tagRef, raw);
  const { tag, storyIds } = await db.$transaction(async (tx) => {
    const [tag] = await lockTags(tx, [id]);
    if (!tag) throw new NotFound('That tag no longer exists.');
    const storyIds = await publicStoryIds(tx, id);
    const stories = await tx.articleTag.count({ where: { tagId: id } });
    await tx.tag.delete({ where: { id } });
    await recordAudit(tx, { actorId: actor.id, action: 'tag.delete', subjectType: 'tag', subjectId: id, details: { name: tag.name, slug: tag.slug, stories } });
    return { tag, storyIds };
  });
  return { value: { id, name: tag.name }, expire: expireFor([id], storyIds) };
}
