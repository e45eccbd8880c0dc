import { z } from 'zod';
import type { Prisma } from '../db/client';
import { storyDocument, type StoryDocument } from '../document/schema';
import type { StoryAccess } from '../auth/permissions';
import { MEDIA_MARKERS, type MediaMarkerValue } from './fields';

/**
 * A story as it is saved: everything an editor can change, with tags resolved to ids. Revisions
 * keep one of these (plus how it came about), so a revision can be previewed, compared and
 * restored without the rest of the database.
 */
export interface StorySnapshot {
  headline: string;
  standfirst: string;
  mediaMarker: MediaMarkerValue | null;
  slug: string;
  sectionId: number;
  authorIds: number[];
  creditLine: string | null;
  tagIds: number[];
  heroImageId: number | null;
  heroCaption: string | null;
  heroCredit: string | null;
  galleryId: number | null;
  body: StoryDocument;
  seoTitle: string | null;
  seoDescription: string | null;
  canonicalUrl: string | null;
  noindex: boolean;
}

/** How a revision came about. Autosaves of the same editor are coalesced (see ./save.ts). */
export type RevisionOrigin = 'save' | 'autosave' | 'restore' | 'create';

export interface RevisionRecord extends StorySnapshot {
  origin: RevisionOrigin;
  /** For coalesced autosaves: when this typing session's first autosave happened (ISO). */
  sessionStartedAt?: string;
  /** For restores: the version that was brought back. */
  restoredFrom?: number;
}

const nullableString = z.string().nullish().transform((value) => value ?? null);
const nullableId = z.number().int().nullish().transform((value) => value ?? null);

/**
 * Stored revisions, read leniently: the demo seed writes only headline, standfirst and body, and
 * fields added later will be missing from old revisions. Missing fields are `undefined` and are
 * taken from the current story when a revision is restored.
 */
export const storedRevision = z.object({
  headline: z.string(),
  standfirst: z.string().default(''),
  body: storyDocument,
  mediaMarker: z.enum(MEDIA_MARKERS).nullish(),
  slug: z.string().optional(),
  sectionId: z.number().int().optional(),
  authorIds: z.array(z.number().int()).optional(),
  creditLine: nullableString.optional(),
  tagIds: z.array(z.number().int()).optional(),
  heroImageId: nullableId.optional(),
  heroCaption: nullableString.optional(),
  heroCredit: nullableString.optional(),
  galleryId: nullableId.optional(),
  seoTitle: nullableString.optional(),
  seoDescription: nullableString.optional(),
  canonicalUrl: nullableString.optional(),
  noindex: z.boolean().optional(),
  origin: z.enum(['save', 'autosave', 'restore', 'create']).default('save'),
  sessionStartedAt: z.string().optional(),
  restoredFrom: z.number().int().optional(),
});

export type StoredRevision = z.output<typeof storedRevision>;

/** A stored revision completed with the current story's values for what it does not record. */
export function completeSnapshot(revision: StoredRevision, current: StorySnapshot): StorySnapshot {
  return {
    headline: revision.headline,
    standfirst: revision.standfirst,
    body: revision.body,
    mediaMarker: revision.mediaMarker === undefined ? current.mediaMarker : revision.mediaMarker,
    slug: revision.slug ?? current.slug,
    sectionId: revision.sectionId ?? current.sectionId,
    authorIds: revision.authorIds ?? current.authorIds,
    creditLine: revision.creditLine === undefined ? current.creditLine : revision.creditLine,
    tagIds: revision.tagIds ?? current.tagIds,
    heroImageId: revision.heroImageId === undefined ? current.heroImageId : revision.heroImageId,
    heroCaption: revision.heroCaption === undefined ? current.heroCaption : revision.heroCaption,
    heroCredit: revision.heroCredit === undefined ? current.heroCredit : revision.heroCredit,
    galleryId: revision.galleryId === undefined ? current.galleryId : revision.galleryId,
    seoTitle: revision.seoTitle === undefined ? current.seoTitle : revision.seoTitle,
    seoDescription: revision.seoDescription === undefined ? current.seoDescription : revision.seoDescription,
    canonicalUrl: revision.canonicalUrl === undefined ? current.canonicalUrl : revision.canonicalUrl,
    noindex: revision.noindex ?? current.noindex,
  };
}

/** Everything the write side reads about a story before changing it. */
export const storyRowSelect = {
  id: true,
  slug: true,
  headline: true,
  standfirst: true,
  mediaMarker: true,
  body: true,
  status: true,
  deletedAt: true,
  firstPublishedAt: true,
  publishedAt: true,
  updatedAt: true,
  scheduledAt: true,
  sectionId: true,
  creditLine: true,
  heroImageId: true,
  heroCaption: true,
  heroCredit: true,
  galleryId: true,
  seoTitle: true,
  seoDescription: true,
  canonicalUrl: true,
  noindex: true,
  version: true,
  createdById: true,
  createdAt: true,
  section: { select: { slug: true, name: true } },
  authors: { orderBy: { position: 'asc' }, select: { userId: true } },
  tags: { orderBy: { position: 'asc' }, select: { tagId: true } },
} satisfies Prisma.ArticleSelect;

export type StoryRow = Prisma.ArticleGetPayload<{ select: typeof storyRowSelect }>;

export function snapshotOf(row: StoryRow): StorySnapshot {
  return {
    headline: row.headline,
    standfirst: row.standfirst,
    mediaMarker: row.mediaMarker,
    slug: row.slug,
    sectionId: row.sectionId,
    authorIds: row.authors.map((author) => author.userId),
    creditLine: row.creditLine,
    tagIds: row.tags.map((tag) => tag.tagId),
    heroImageId: row.heroImageId,
    heroCaption: row.heroCaption,
    heroCredit: row.heroCredit,
    galleryId: row.galleryId,
    body: storyDocument.parse(row.body),
    seoTitle: row.seoTitle,
    seoDescription: row.seoDescription,
    canonicalUrl: row.canonicalUrl,
    noindex: row.noindex,
  };
}

/** Readers see it now (published) or at a set minute (scheduled). */
export function isLive(row: Pick<StoryRow, 'status'>): boolean {
  return row.status === 'PUBLISHED' || row.status === 'SCHEDULED';
}

/** On the public site right now. */
export function isPublic(row: Pick<StoryRow, 'status' | 'deletedAt'>): boolean {
  return row.status === 'PUBLISHED' && row.deletedAt === null;
}

export function accessOf(row: Pick<StoryRow, 'createdById' | 'authors' | 'status' | 'firstPublishedAt'>): StoryAccess {
  return {
    createdById: row.createdById,
    authorIds: row.authors.map((author) => author.userId),
    live: isLive(row),
    everPublished: row.firstPublishedAt !== null,
  };
}
