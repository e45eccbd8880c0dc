import 'server-only';
import { recordAudit } from '../audit/record';
import { assertCan, Conflict, Invalid, NotFound, parseInput } from '../auth/authorize';
import type { Actor } from '../auth/permissions';
import { cacheTag } from '../content/tags';
import { articlePath, RESERVED_SLUGS } from '../content/urls';
import { db, type Prisma } from '../db/client';
import { sameName } from '../db/same-name';
import { slugify } from '../slug';
import {
  createSectionInput,
  MAX_SLUG_LENGTH,
  reorderSectionsInput,
  sectionRef,
  updateSectionInput,
  type CreateSectionInput,
  type ReorderSectionsInput,
  type SectionRef,
  type UpdateSectionInput,
} from './input';
import type { TaxonomyResult } from './result';

/**
 * The newsroom's sections (Editors and Admins: manageTaxonomy): create, rename, reorder, delete
 * when empty. A section's slug is the first segment of every story address in it, so changing
 * it writes a Redirect for each story that was ever published there, in the same transaction:
 * old links keep answering 301 (proxy.ts, lib/content/routing.ts). Each function returns the
 * cache tags the action layer expires once the change committed.
 */

type Tx = Prisma.TransactionClient;

const TRANSACTION = { maxWait: 10_000, timeout: 60_000 } as const;

export interface SectionSummary {
  id: number;
  name: string;
  slug: string;
  description: string;
  position: number;
  updatedAt: Date;
  /** Every story filed here, deleted ones included (they keep the section from being deleted). */
  storyCount: number;
  publishedCount: number;
}

const MANAGE = 'Only Editors and Admins manage sections.';

export async function listSectionsForManagement(actor: Actor): Promise<SectionSummary[]> {
  assertCan(actor, 'manageTaxonomy', MANAGE);
  const [sections, published] = await Promise.all([
    db.section.findMany({ orderBy: [{ position: 'asc' }, { id: 'asc' }], include: { _count: { select: { articles: true } } } }),
    db.article.groupBy({ by: ['sectionId'], where: { status: 'PUBLISHED', deletedAt: null }, _count: { _all: true } }),
  ]);
  const publishedBySection = new Map(published.map((row) => [row.sectionId, row._count._all]));
  return sections.map(({ _count, ...section }) => ({ ...section, storyCount: _count.articles, publishedCount: publishedBySection.get(section.id) ?? 0 }));
}

export async function getSectionForManagement(actor: Actor, id: number): Promise<SectionSummary> {
  const section = (await listSectionsForManagement(actor)).find((candidate) => candidate.id === id);
  if (!section) throw new NotFound('That section no longer exists.');
  return section;
}

/**
 * The slug to use: the one typed, else one made from the name; refused when it is not free. The
 * name must be free too: two "Nation" items in the navigation would leave readers guessing.
 */
async function claimNameAndSlug(tx: Tx, requested: string, name: string, sectionId: number | null): Promise<string> {
  const [namesake] = await tx.$queryRaw<{ slug: string }[]>`
    SELECT slug FROM "Section" WHERE ${sameName('name', name)} AND id IS DISTINCT FROM ${sectionId} LIMIT 1`;
  if (namesake) throw new Invalid('That name is taken.', { name: `A section of that name already exists, at /${namesake.slug}.` });
  const slug = requested || slugify(name, MAX_SLUG_LENGTH);
  if (!slug) throw new Invalid('Type a slug for this section.', { slug: 'The name has no letters or digits to make a slug from: type one.' });
  // The input checks a typed slug; one made from a name such as "Latest" needs the same check.
  if (RESERVED_SLUGS.has(slug)) {
    throw new Invalid('That slug is taken.', { slug: `/${slug} belongs to the site itself. Type another slug for this section.` });
  }
  const taken = await tx.section.findFirst({ where: { slug, ...(sectionId ? { id: { not: sectionId } } : {}) }, select: { name: true } });
  if (taken) throw new Invalid('That slug is taken.', { slug: `The section “${taken.name}” already uses /${slug}.` });
  // A fixed page (About, Contact) answers at /{slug} too.
  if (await tx.staticPage.findUnique({ where: { slug }, select: { id: true } })) {
    throw new Invalid('That slug is taken.', { slug: `/${slug} is one of the site’s fixed pages. Choose another slug.` });
  }
  // A section's old address, redirecting to where it went: the section taking it now owns it.
  await tx.sectionRedirect.deleteMany({ where: { fromSlug: slug } });
  return slug;
}

export async function createSection(actor: Actor, raw: CreateSectionInput): Promise<TaxonomyResult<SectionSummary>> {
  assertCan(actor, 'manageTaxonomy', MANAGE);
  const input = parseInput(createSectionInput, raw);
  const section = await db.$transaction(async (tx) => {
    // Serialises concurrent creations, so two new sections cannot take the same position or slug.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('dateline.sections'))`;
    const slug = await claimNameAndSlug(tx, input.slug, input.name, null);
    const last = await tx.section.aggregate({ _max: { position: true } });
    const section = await tx.section.create({
      data: { name: input.name, slug, description: input.description, position: (last._max.position ?? -1) + 1 },
    });
    await recordAudit(tx, { actorId: actor.id, action: 'section.create', subjectType: 'section', subjectId: section.id, details: { name: section.name, slug } });
    return section;
  }, TRANSACTION);
  return { value: { ...section, storyCount: 0, publishedCount: 0 }, expire: [cacheTag.sections, cacheTag.section(section.id)] };
}

export interface SectionUpdate {
  section: SectionSummary;
  /** Old story addresses that now redirect. */
  redirectsAdded: number;
}

export async function updateSection(actor: Actor, raw: UpdateSectionInput): Promise<TaxonomyResult<SectionUpdate>> {
  assertCan(actor, 'manageTaxonomy', MANAGE);
  const input = parseInput(updateSectionInput, raw);
  const { before, after, redirectsAdded, storyIds } = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('dateline.sections'))`;
    const before = await tx.section.findUnique({ where: { id: input.id } });
    if (!before) throw new NotFound('That section no longer exists.');
    if (input.updatedAt && before.updatedAt.toISOString() !== input.updatedAt) {
      throw new Conflict('Someone else changed this section while you were editing. Reload to see their change, then make yours again.', {
        name: before.name,
        slug: before.slug,
        description: before.description,
      });
    }
    const slug = await claimNameAndSlug(tx, input.slug, input.name, before.id);
    const after = await tx.section.update({ where: { id: before.id }, data: { name: input.name, slug, description: input.description } });

    let redirectsAdded = 0;
    if (slug !== before.slug) {
      redirectsAdded = await redirectStories(tx, before.id, before.slug, slug);
      await keepOldSectionAddress(tx, before.id, before.slug);
    }
    // Stories show their section's name and address: their pages change too.
    const storyIds =
      slug !== before.slug || after.name !== before.name
        ? (await tx.article.findMany({ where: { sectionId: before.id, status: 'PUBLISHED', deletedAt: null }, select: { id: true } })).map((row) => row.id)
        : [];
    const changes = diff(before, after, ['name', 'slug', 'description']);
    if (Object.keys(changes).length) {
      await recordAudit(tx, { actorId: actor.id, action: 'section.update', subjectType: 'section', subjectId: before.id, details: { ...changes, redirectsAdded } });
    }
    return { before, after, redirectsAdded, storyIds };
  }, TRANSACTION);

  const expire = [cacheTag.sections, cacheTag.section(after.id), ...storyIds.map(cacheTag.story)];
  if (storyIds.length || after.slug !== before.slug) expire.push(cacheTag.storyLists);
  if (after.slug !== before.slug) expire.push(cacheTag.redirects);
  return { value: { section: await getSectionForManagement(actor, after.id), redirectsAdded }, expire };
}

/**
 * The section's own old address (/old, its pages, its feed) answers 301 to the new one. Its
 * slug is claimed free again: a section may take it later (claimNameAndSlug removes the row then).
 */
async function keepOldSectionAddress(tx: Tx, sectionId: number, oldSlug: string): Promise<void> {
  await tx.sectionRedirect.upsert({ where: { fromSlug: oldSlug }, create: { fromSlug: oldSlug, sectionId }, update: { sectionId } });
}

/**
 * Every story ever published in the section keeps its old address as a Redirect. A Redirect that
 * pointed a story at the address it now has again (a slug changed back) is removed: it is live.
 */
async function redirectStories(tx: Tx, sectionId: number, oldSlug: string, newSlug: string): Promise<number> {
  const stories = await tx.article.findMany({ where: { sectionId, firstPublishedAt: { not: null } }, select: { id: true, slug: true } });
  let added = 0;
  for (const batch of chunks(stories, 5_000)) {
    const created = await tx.redirect.createMany({
      data: batch.map((story) => ({ fromPath: articlePath(oldSlug, story.slug), articleId: story.id })),
      skipDuplicates: true,
    });
    added += created.count;
    await tx.redirect.deleteMany({
      where: { articleId: { in: batch.map((story) => story.id) }, fromPath: { in: batch.map((story) => articlePath(newSlug, story.slug)) } },
    });
  }
  return added;
}

export async function reorderSections(actor: Actor, raw: ReorderSectionsInput): Promise<TaxonomyResult<{ order: number[] }>> {
  assertCan(actor, 'manageTaxonomy', MANAGE);
  const input = parseInput(reorderSectionsInput, raw);
  const order = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('dateline.sections'))`;
    const sections = await tx.section.findMany({ orderBy: [{ position: 'asc' }, { id: 'asc' }], select: { id: true, name: true, position: true } });
    const current = new Set(sections.map((section) => section.id));
    if (input.order.length !== current.size || new Set(input.order).size !== current.size || input.order.some((id) => !current.has(id))) {
      throw new Conflict('Sections were added or removed while you were reordering. Reload the page and try again.');
    }
    const before = sections.map((section) => section.id);
    for (const [position, id] of input.order.entries()) {
      // Raw SQL keeps updatedAt: a new place in the navigation must not make someone's open
      // edit of the section's name or slug look stale (that form checks updatedAt).
      if (sections.find((section) => section.id === id)?.position !== position) await tx.$executeRaw`UPDATE "Section" SET position = ${position} WHERE id = ${id}`;
    }
    if (before.join() !== input.order.join()) {
      await recordAudit(tx, { actorId: actor.id, action: 'section.reorder', subjectType: 'section', subjectId: 'all', details: { from: before, to: input.order, order: input.order.map((id) => sections.find((section) => section.id === id)?.name) } });
    }
    return input.order;
  }, TRANSACTION);
  return { value: { order }, expire: [cacheTag.sections] };
}

export async function deleteSection(actor: Actor, raw: SectionRef): Promise<TaxonomyResult<{ id: number }>> {
  assertCan(actor, 'manageTaxonomy', MANAGE);
  const { id } = parseInput(sectionRef, raw);
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('dateline.sections'))`;
    // Locks the row: a story being filed here at this moment waits, then fails on the foreign key.
    const [section] = await tx.$queryRaw<{ id: number; name: string; slug: string }[]>`SELECT id, name, slug FROM "Section" WHERE id = ${id} FOR UPDATE`;
    if (!section) throw new NotFound('That section no longer exists.');
    const stories = await tx.article.count({ where: { sectionId: id } });
    if (stories > 0) {
      throw new Invalid(
        `“${section.name}” still has ${stories === 1 ? 'one story' : `${stories} stories`} (deleted ones count: they can be restored). Move them to another section first.`,
      );
    }
    await tx.section.delete({ where: { id } });
    await recordAudit(tx, { actorId: actor.id, action: 'section.delete', subjectType: 'section', subjectId: id, details: { name: section.name, slug: section.slug } });
  }, TRANSACTION);
  return { value: { id }, expire: [cacheTag.sections, cacheTag.section(id)] };
}

function diff<T extends object, K extends keyof T>(before: T, after: T, keys: readonly K[]): Record<string, { from: T[K]; to: T[K] }> {
  const changes: Record<string, { from: T[K]; to: T[K] }> = {};
  for (const key of keys) if (before[key] !== after[key]) changes[String(key)] = { from: before[key], to: after[key] };
  return changes;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}
