import 'server-only';
import type { Prisma, PrismaClient } from '../db/client';
import { slugify } from '../slug';
import { SLUG_MAX } from './input';

/**
 * A gallery's address: /galleries/<slug> (lib/content/urls.ts). Slugs come from lib/slug.ts (so
 * "Şəki bazarı" becomes "seki-bazari"), are unique among galleries, and never take a word the
 * gallery routes use themselves: /galleries/page/2 is the second page of the gallery listing.
 */
export const RESERVED_GALLERY_SLUGS: ReadonlySet<string> = new Set(['page', 'photo', 'feed', 'rss', 'new', 'edit', 'preview']);

type Client = PrismaClient | Prisma.TransactionClient;

export function gallerySlugFrom(text: string): string {
  return slugify(text, SLUG_MAX);
}

export function isReservedGallerySlug(slug: string): boolean {
  return RESERVED_GALLERY_SLUGS.has(slug);
}

/** `base`, or `base-2`, `base-3`, … : the first that no other gallery has and is not reserved. */
export async function uniqueGallerySlug(client: Client, base: string, exceptGalleryId?: number): Promise<string> {
  const root = base || 'gallery';
  const taken = new Set(
    (
      await client.gallery.findMany({
        where: { slug: { startsWith: root }, ...(exceptGalleryId ? { id: { not: exceptGalleryId } } : {}) },
        select: { slug: true },
      })
    ).map((row) => row.slug),
  );
  for (let counter = 1; ; counter += 1) {
    const suffix = counter === 1 ? '' : `-${counter}`;
    const candidate = `${root.slice(0, SLUG_MAX - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!taken.has(candidate) && !isReservedGallerySlug(candidate)) return candidate;
  }
}
