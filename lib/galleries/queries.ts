import 'server-only';
import type { z } from 'zod';
import { assertCan, Invalid, NotFound } from '../auth/guard';
import type { Actor } from '../auth/permissions';
import { db, Prisma, type GalleryStatus } from '../db/client';
import { containsEveryWord } from '../search/contains';
import { storiesShowingGallery, type StoryShowingGallery } from './embeds';
import { listGalleriesInput, type ListGalleriesInput } from './input';
import { canEditGallery, galleryEditingSelect, toGalleryForEditing, type GalleryForEditing } from './view';

/**
 * The newsroom's reads of galleries: the list at /admin/galleries and one gallery for its editor.
 * Open to everyone who may make galleries (`createGalleries`); an Author sees colleagues'
 * galleries too, read-only (`canEdit` false), so they can find one to embed.
 */

export interface GallerySummary {
  id: number;
  title: string;
  slug: string;
  status: GalleryStatus;
  photoCount: number;
  /** Photos without alt text: publishing waits for them. */
  missingAltCount: number;
  cover: { storageKey: string; width: number; height: number } | null;
  createdBy: { id: number; name: string };
  updatedAt: string;
  publishedAt: string | null;
  canEdit: boolean;
}

export interface GalleryListPage {
  galleries: GallerySummary[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
}

function parse<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new Invalid(parsed.error.issues[0]?.message ?? 'Some fields need attention.');
}

/** Title, slug or description holds every word typed (see containsEveryWord); shared with the story editor's picker. */
export function gallerySearchConditions(query: string): Prisma.Sql[] {
  return containsEveryWord(Prisma.sql`g."title" || ' ' || g."slug" || ' ' || g."description"`, query);
}

/** Most recently changed first. */
export async function listGalleries(actor: Actor, input: ListGalleriesInput = {}): Promise<GalleryListPage> {
  assertCan(actor, 'createGalleries');
  const { query, status, page, pageSize } = parse(listGalleriesInput, input);
  const conditions = gallerySearchConditions(query);
  if (status !== 'all') conditions.push(Prisma.sql`g."status" = ${status}::"GalleryStatus"`);
  const where = conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, ' AND ')}` : Prisma.empty;

  const [counted, found] = await Promise.all([
    db.$queryRaw<{ total: bigint }[]>`SELECT count(*) AS total FROM "Gallery" g ${where}`,
    db.$queryRaw<{ id: number }[]>`
      SELECT g.id FROM "Gallery" g ${where}
      ORDER BY g."updatedAt" DESC, g.id DESC
      LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
  ]);
  const ids = found.map((row) => row.id);
  const total = Number(counted[0]?.total ?? 0);
  return { galleries: await summaries(actor, ids), total, page, pageSize, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

async function summaries(actor: Actor, ids: number[]): Promise<GallerySummary[]> {
  if (!ids.length) return [];
  const [rows, missing] = await Promise.all([
    db.gallery.findMany({
      where: { id: { in: ids } },
      select: {
        id: true,
        title: true,
        slug: true,
        status: true,
        updatedAt: true,
        publishedAt: true,
        createdById: true,
        createdBy: { select: { id: true, name: true } },
        _count: { select: { items: true } },
        items: {
          orderBy: [{ position: 'asc' }, { id: 'asc' }],
          take: 1,
          select: { image: { select: { storageKey: true, width: true, height: true } } },
        },
      },
    }),
    db.$queryRaw<{ galleryId: number; missing: bigint }[]>`
      SELECT item."galleryId", count(*) AS missing FROM "GalleryItem" item JOIN "Image" image ON image.id = item."imageId"
      WHERE item."galleryId" = ANY(${ids}::int[]) AND btrim(image.alt) = ''
      GROUP BY item."galleryId"`,
  ]);
  const missingById = new Map(missing.map((row) => [row.galleryId, Number(row.missing)]));
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    return [
      {
        id: row.id,
        title: row.title,
        slug: row.slug,
        status: row.status,
        photoCount: row._count.items,
        missingAltCount: missingById.get(row.id) ?? 0,
        cover: row.items[0]?.image ?? null,
        createdBy: row.createdBy,
        updatedAt: row.updatedAt.toISOString(),
        publishedAt: row.publishedAt?.toISOString() ?? null,
        canEdit: canEditGallery(actor, row.createdById),
      },
    ];
  });
}

/** One gallery, as its editor opens it. */
export async function getGalleryForEditing(actor: Actor, galleryId: number): Promise<GalleryForEditing> {
  assertCan(actor, 'createGalleries');
  const row = await db.gallery.findUnique({ where: { id: galleryId }, select: galleryEditingSelect });
  if (!row) throw new NotFound('That gallery no longer exists. Someone may have deleted it.');
  return toGalleryForEditing(actor, row);
}

/** The stories that attach or embed this gallery (deleting waits until there are none). */
export async function storiesUsingGallery(actor: Actor, galleryId: number): Promise<StoryShowingGallery[]> {
  assertCan(actor, 'createGalleries');
  return storiesShowingGallery(db, galleryId);
}
