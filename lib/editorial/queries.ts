import { z } from 'zod';
import { INT4_MAX } from '../db/row-id';
import { db, Prisma } from '../db/client';
import { likeLiteral, filterText } from '../db/text';
import { slugify } from '../slug';
import { Forbidden } from '../auth/guard';
import { gallerySearchConditions } from '../galleries/queries';
import { can, canEditStory, canOnStory, canOpenStory, scopeOf, type Actor } from '../auth/permissions';
import { articlePath } from '../content/urls';
import { imageSrc } from '../media/variants';
import { documentReferences } from './document-refs';
import type { StoryFields } from './fields';
import { pendingChanges, type PendingChanges } from './autosave';
import { listComments, type StoryComment } from './comments';
import { loadStoryRow } from './save';
import { accessOf, isLive, snapshotOf, type StoryRow } from './snapshot';

/**
 * The newsroom's read side: story lists, the review queue and everything the editor needs to
 * open a story. Lists show what the person may open plus what readers can already see; what they
 * may do with each story is decided per story.
 */

export const STORY_STATUSES = ['DRAFT', 'IN_REVIEW', 'SCHEDULED', 'PUBLISHED', 'UNPUBLISHED'] as const;
export const STORY_SORTS = ['updated', 'created', 'published', 'headline'] as const;
export const PAGE_SIZE = 25;

export const storyListQuery = z.object({
  status: z.enum([...STORY_STATUSES, 'DELETED']).optional().catch(undefined),
  section: z.coerce.number().int().positive().max(INT4_MAX).optional().catch(undefined),
  author: z.coerce.number().int().positive().max(INT4_MAX).optional().catch(undefined),
  q: filterText().optional().catch(undefined),
  mine: z.enum(['1']).optional().catch(undefined),
  /** The dashboard's "My drafts" link. */
  view: z.enum(['my-drafts']).optional().catch(undefined),
  sort: z.enum(STORY_SORTS).default('updated').catch('updated'),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});

export type StoryListQuery = z.output<typeof storyListQuery>;

export interface StoryListItem {
  id: number;
  headline: string;
  status: StoryRow['status'];
  deleted: boolean;
  section: string;
  byline: string;
  updatedAt: string;
  publishedAt: string | null;
  scheduledAt: string | null;
  /** When it was last submitted for review (shown while it waits). */
  submittedAt: string | null;
  publicPath: string | null;
  version: number;
  /** Opens in the editor (read-only when it cannot be changed); else it is listed for reference only. */
  mayOpen: boolean;
  mayEdit: boolean;
  mayDelete: boolean;
}

const listSelect = {
  id: true,
  headline: true,
  slug: true,
  status: true,
  deletedAt: true,
  updatedAt: true,
  publishedAt: true,
  scheduledAt: true,
  submittedAt: true,
  firstPublishedAt: true,
  createdById: true,
  creditLine: true,
  version: true,
  section: { select: { name: true, slug: true } },
  authors: { orderBy: { position: 'asc' }, select: { userId: true, user: { select: { name: true } } } },
} satisfies Prisma.ArticleSelect;

type ListRow = Prisma.ArticleGetPayload<{ select: typeof listSelect }>;

function toListItem(actor: Actor, row: ListRow): StoryListItem {
  const access = accessOf(row);
  return {
    id: row.id,
    headline: row.headline || 'Untitled',
    status: row.status,
    deleted: row.deletedAt !== null,
    section: row.section.name,
    byline: row.authors.map((author) => author.user.name).join(', ') || row.creditLine || '',
    updatedAt: row.updatedAt.toISOString(),
    publishedAt: row.publishedAt?.toISOString() ?? null,
    scheduledAt: row.scheduledAt?.toISOString() ?? null,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    publicPath: row.status === 'PUBLISHED' && !row.deletedAt ? articlePath(row.section.slug, row.slug) : null,
    version: row.version,
    mayOpen: canOpenStory(actor, access),
    mayEdit: canEditStory(actor, access),
    mayDelete: canOnStory(actor, 'deleteStory', access),
  };
}

function ownedBy(userId: number): Prisma.ArticleWhereInput {
  return { OR: [{ createdById: userId }, { authors: { some: { userId } } }] };
}

/**
 * The stories a person may list: Editors and Admins all; Contributors and Authors their own (in any
 * state, deleted too) and the ones readers can see, never someone else's draft, review, schedule
 * or deleted story — the same line as opening one in the editor (loadEditorStory).
 */
function listableBy(actor: Actor): Prisma.ArticleWhereInput {
  if (scopeOf(actor, 'editDraft') === 'all') return {};
  return { OR: [ownedBy(actor.id), { status: 'PUBLISHED', deletedAt: null }] };
}

/**
 * Matches are counted up to this many. Counting every story of a large archive on each page load
 * costs more than the page itself; past this many an editor narrows the list with its filters.
 */
export const COUNTED_UP_TO = 10_000;

export async function listStories(
  actor: Actor,
  query: StoryListQuery,
  { countUpTo = COUNTED_UP_TO }: { countUpTo?: number } = {},
): Promise<{ items: StoryListItem[]; total: number; moreThanTotal: boolean; pages: number }> {
  const where: Prisma.ArticleWhereInput[] = [listableBy(actor)];
  if (query.status === 'DELETED') where.push({ deletedAt: { not: null } });
  else {
    where.push({ deletedAt: null });
    if (query.status) where.push({ status: query.status });
  }
  if (query.section) where.push({ sectionId: query.section });
  if (query.author) where.push({ authors: { some: { userId: query.author } } });
  if (query.mine || query.view === 'my-drafts') {
    where.push(ownedBy(actor.id));
    if (!query.status) where.push({ status: { in: ['DRAFT', 'IN_REVIEW', 'UNPUBLISHED'] } });
  }
  if (query.q) {
    where.push({
      OR: [
        { headline: { contains: likeLiteral(query.q), mode: 'insensitive' } },
        { standfirst: { contains: likeLiteral(query.q), mode: 'insensitive' } },
        { slug: { contains: likeLiteral(query.q.toLowerCase()) } },
      ],
    });
  }
  const orderBy: Prisma.ArticleOrderByWithRelationInput[] =
    query.sort === 'created'
      ? [{ createdAt: 'desc' }, { id: 'desc' }]
      : query.sort === 'published'
        ? [{ publishedAt: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }]
        : query.sort === 'headline'
          ? [{ headline: 'asc' }, { id: 'asc' }]
          : [{ updatedAt: 'desc' }, { id: 'desc' }];
  const [rows, counted] = await Promise.all([
    db.article.findMany({ where: { AND: where }, orderBy, take: PAGE_SIZE, skip: (query.page - 1) * PAGE_SIZE, select: listSelect }),
    db.article.count({ where: { AND: where }, take: countUpTo + 1 }),
  ]);
  const total = Math.min(counted, countUpTo);
  return { items: rows.map((row) => toListItem(actor, row)), total, moreThanTotal: counted > countUpTo, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

export interface ReviewItem extends StoryListItem {
  openComments: number;
}

/** Stories waiting for review: Contributors and Authors see their own, Editors and Admins all. */
export async function reviewQueue(actor: Actor): Promise<ReviewItem[]> {
  const scope = scopeOf(actor, 'review');
  if (scope === 'none') throw new Forbidden();
  const rows = await db.article.findMany({
    where: { status: 'IN_REVIEW', deletedAt: null, ...(scope === 'all' ? {} : ownedBy(actor.id)) },
    // Longest waiting first: by submission, which later saves in review do not move.
    orderBy: [{ submittedAt: { sort: 'asc', nulls: 'first' } }, { id: 'asc' }],
    select: { ...listSelect, _count: { select: { comments: { where: { resolvedAt: null } } } } },
    take: 200,
  });
  return rows.map((row) => ({ ...toListItem(actor, row), openComments: row._count.comments }));
}

export interface SectionOption {
  id: number;
  name: string;
}

export async function sectionOptions(): Promise<SectionOption[]> {
  return db.section.findMany({ orderBy: [{ position: 'asc' }, { name: 'asc' }], select: { id: true, name: true } });
}

export interface PersonOption {
  id: number;
  name: string;
}

export async function staffOptions(): Promise<PersonOption[]> {
  return db.user.findMany({ where: { active: true }, orderBy: { name: 'asc' }, select: { id: true, name: true }, take: 500 });
}

export interface TagOption {
  id: number;
  name: string;
  /** Found through a rename or merge: the old slug that matched, and whether it matched in full. */
  formerly?: { slug: string; exact: boolean };
  /** The text typed makes this tag's address (`Seki` for Şəki): saving it as a new tag would file the story here. */
  sameAddress?: true;
}

const TAG_MATCHES = 10;

/**
 * Tags for the typeahead: by name (case aside) or by slug (so accents aside too), and through
 * the old slugs of renamed and merged tags, which suggest the tag they now lead to.
 */
export async function searchTags(query: string): Promise<TagOption[]> {
  const q = query.trim();
  if (!q) return [];
  const slug = slugify(q);
  const [addressed, found, redirected] = await Promise.all([
    // Looked up on its own: ten other matches sorted before it must not crowd it out.
    slug ? db.tag.findUnique({ where: { slug }, select: { id: true, name: true } }) : Promise.resolve(null),
    db.tag.findMany({
      where: { OR: [{ name: { contains: likeLiteral(q), mode: 'insensitive' } }, ...(slug ? [{ slug: { startsWith: slug } }] : [])] },
      orderBy: { name: 'asc' },
      take: TAG_MATCHES,
      select: { id: true, name: true },
    }),
    slug
      ? db.tagRedirect.findMany({
          where: { fromSlug: { startsWith: slug } },
          orderBy: { fromSlug: 'asc' },
          take: TAG_MATCHES,
          select: { fromSlug: true, tag: { select: { id: true, name: true } } },
        })
      : Promise.resolve([]),
  ]);
  // An old address typed in full comes first: that is the tag the editor means.
  const successors = redirected.map(({ fromSlug, tag }) => ({ ...tag, formerly: { slug: fromSlug, exact: fromSlug === slug } }));
  const exact = successors.filter((tag) => tag.formerly.exact);
  const partial = successors.filter((tag) => !tag.formerly.exact);
  const filedUnder: TagOption[] = addressed ? [{ ...addressed, sameAddress: true }] : [];
  // Each tag once, where it first appears; the one the typed text would be filed under first.
  const byId = new Map<number, TagOption>();
  for (const tag of [...exact, ...filedUnder, ...found, ...partial]) if (!byId.has(tag.id)) byId.set(tag.id, tag);
  return [...byId.values()].slice(0, TAG_MATCHES);
}

export interface GalleryOption {
  id: number;
  title: string;
  photoCount: number;
  status: 'DRAFT' | 'PUBLISHED';
}

const RECENT_GALLERIES = 100;
const GALLERY_MATCHES = 50;

/**
 * Galleries to attach or embed. Without a query: the most recently changed, plus every one in
 * `inUse` (those the story already shows, however old: leaving them out would make the editor
 * drop them on save). With one: those whose title, slug or description hold every word typed,
 * folded the way the gallery list searches (case and accents aside), most recently changed first.
 */
export async function galleryOptions({ query = '', inUse = [] }: { query?: string; inUse?: number[] } = {}): Promise<GalleryOption[]> {
  const conditions = gallerySearchConditions(query);
  if (conditions.length) {
    const found = await db.$queryRaw<{ id: number }[]>`
      SELECT g.id FROM "Gallery" g WHERE ${Prisma.join(conditions, ' AND ')}
      ORDER BY g."updatedAt" DESC, g.id DESC LIMIT ${GALLERY_MATCHES}`;
    const rows = await db.gallery.findMany({ where: { id: { in: found.map((row) => row.id) } }, select: gallerySelect });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return found.flatMap(({ id }) => {
      const row = byId.get(id);
      return row ? [toGalleryOption(row)] : [];
    });
  }
  const [recent, used] = await Promise.all([
    db.gallery.findMany({ orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }], take: RECENT_GALLERIES, select: gallerySelect }),
    inUse.length ? db.gallery.findMany({ where: { id: { in: inUse } }, select: gallerySelect }) : Promise.resolve([]),
  ]);
  const offered = new Set(recent.map((row) => row.id));
  return [...recent, ...used.filter((row) => !offered.has(row.id))].map(toGalleryOption);
}

const gallerySelect = { id: true, title: true, status: true, _count: { select: { items: true } } } as const;

function toGalleryOption(row: Prisma.GalleryGetPayload<{ select: typeof gallerySelect }>): GalleryOption {
  return { id: row.id, title: row.title, status: row.status, photoCount: row._count.items };
}

export interface ImageInfo {
  id: number;
  src: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string;
}

export async function imageInfo(ids: number[]): Promise<ImageInfo[]> {
  if (!ids.length) return [];
  const rows = await db.image.findMany({
    where: { id: { in: ids } },
    select: { id: true, storageKey: true, width: true, height: true, alt: true, caption: true, credit: true },
  });
  return rows.map(({ storageKey, ...row }) => ({ ...row, src: imageSrc(storageKey) }));
}

export interface EditorStory {
  id: number;
  version: number;
  status: StoryRow['status'];
  deleted: boolean;
  everPublished: boolean;
  live: boolean;
  scheduledAt: string | null;
  publishedAt: string | null;
  publicPath: string | null;
  fields: StoryFields;
  tags: TagOption[];
  images: ImageInfo[];
  galleries: GalleryOption[];
  pending: PendingChanges | null;
  comments: StoryComment[] | null;
  may: { edit: boolean; publish: boolean; delete: boolean; review: boolean; createTags: boolean; upload: boolean };
}

/** Everything the editor shows for one story; refused for staff who may not open it. */
export async function loadEditorStory(actor: Actor, id: number): Promise<EditorStory> {
  const row = await loadStoryRow(db, id);
  const access = accessOf(row);
  // Others see it on the site or not at all.
  if (!canOpenStory(actor, access)) throw new Forbidden('You cannot open this story.');
  const snapshot = snapshotOf(row);
  const references = documentReferences(snapshot.body);
  const imageIds = [...new Set([...references.figures.map((figure) => figure.imageId), ...(snapshot.heroImageId ? [snapshot.heroImageId] : [])])];
  const pending = await pendingChanges(db, actor, id);
  if (pending) {
    for (const figure of documentReferences(pending.fields.body).figures) imageIds.push(figure.imageId);
    if (pending.fields.heroImageId) imageIds.push(pending.fields.heroImageId);
  }
  const mayReview = canOnStory(actor, 'review', access);
  const [tags, images, galleries, comments] = await Promise.all([
    db.tag.findMany({ where: { id: { in: [...snapshot.tagIds, ...(pending?.fields.tagIds ?? [])] } }, select: { id: true, name: true } }),
    imageInfo([...new Set(imageIds)]),
    galleryOptions({
      inUse: [snapshot.galleryId, pending?.fields.galleryId, ...references.galleryIds, ...(pending ? documentReferences(pending.fields.body).galleryIds : [])].filter(
        (galleryId): galleryId is number => typeof galleryId === 'number',
      ),
    }),
    mayReview ? listComments(actor, id) : Promise.resolve(null),
  ]);
  return {
    id: row.id,
    version: row.version,
    status: row.status,
    deleted: row.deletedAt !== null,
    everPublished: row.firstPublishedAt !== null,
    live: isLive(row),
    scheduledAt: row.scheduledAt?.toISOString() ?? null,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    publicPath: row.status === 'PUBLISHED' && !row.deletedAt ? articlePath(row.section.slug, row.slug) : null,
    fields: { ...snapshot, slugAuto: false, newTags: [] },
    tags,
    images,
    galleries,
    pending,
    comments,
    may: {
      // A deleted story is read-only in the editor (meta.deleted) until restored, then editable at once.
      edit: canEditStory(actor, access),
      publish: canOnStory(actor, 'publish', access),
      delete: canOnStory(actor, 'deleteStory', access),
      review: mayReview,
      createTags: can(actor, 'createTagsWhileWriting'),
      upload: can(actor, 'uploadImages'),
    },
  };
}

/** Rights over a story the actor is about to create (they will own it, as a draft). */
export function newStoryRights(actor: Actor): EditorStory['may'] {
  const own = { createdById: actor.id, authorIds: [actor.id], live: false, everPublished: false };
  return {
    edit: canEditStory(actor, own),
    publish: canOnStory(actor, 'publish', own),
    delete: canOnStory(actor, 'deleteStory', own),
    review: canOnStory(actor, 'review', own),
    createTags: can(actor, 'createTagsWhileWriting'),
    upload: can(actor, 'uploadImages'),
  };
}
