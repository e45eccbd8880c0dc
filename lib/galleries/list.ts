import 'server-only';
import { assertCan, Invalid } from '../auth/guard';
import type { Actor } from '../auth/permissions';
import { db, Prisma, type GalleryStatus } from '../db/client';
import { pickerInput, type PickerInput } from './input';
import { gallerySearchConditions } from './queries';

/**
 * Galleries for the story editor's "embed a gallery" picker. Anyone who writes stories may embed
 * an existing gallery (Contributors included, as with library images), so this needs only
 * `createDraft`. Drafts are listed too, marked by `status`: readers see an embedded gallery once
 * it is published.
 *
 *   const options = await listGalleriesForPicker(actor, { search: 'election', ids: [story.galleryId] });
 */

export interface GalleryPickerOption {
  id: number;
  title: string;
  slug: string;
  status: GalleryStatus;
  photoCount: number;
  /** The first photo; show it with next/image and `imageSrc(cover.storageKey)`. */
  cover: { storageKey: string; width: number; height: number; alt: string } | null;
  updatedAt: string;
}

/**
 * Most recently changed first, at most `limit` (default 20, at most 50). `search` matches every
 * word in the title, address or description, accents and case folded. Galleries named in `ids`
 * come first whatever the search (so the picker can show the one already embedded).
 */
export async function listGalleriesForPicker(actor: Actor, input: PickerInput = {}): Promise<GalleryPickerOption[]> {
  assertCan(actor, 'createDraft');
  const parsed = pickerInput.safeParse(input);
  if (!parsed.success) throw new Invalid(parsed.error.issues[0]?.message ?? 'Some fields need attention.');
  const { search, ids, limit } = parsed.data;

  const conditions = gallerySearchConditions(search);
  const where = conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, ' AND ')}` : Prisma.empty;
  const found = await db.$queryRaw<{ id: number }[]>`
    SELECT g.id FROM "Gallery" g ${where} ORDER BY g."updatedAt" DESC, g.id DESC LIMIT ${limit}`;
  const order = [...new Set([...ids, ...found.map((row) => row.id)])];
  if (!order.length) return [];

  const rows = await db.gallery.findMany({
    where: { id: { in: order } },
    select: {
      id: true,
      title: true,
      slug: true,
      status: true,
      updatedAt: true,
      _count: { select: { items: true } },
      items: {
        orderBy: [{ position: 'asc' }, { id: 'asc' }],
        take: 1,
        select: { image: { select: { storageKey: true, width: true, height: true, alt: true } } },
      },
    },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return order.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    return [
      {
        id: row.id,
        title: row.title,
        slug: row.slug,
        status: row.status,
        photoCount: row._count.items,
        cover: row.items[0]?.image ?? null,
        updatedAt: row.updatedAt.toISOString(),
      },
    ];
  });
}
