import 'server-only';
import { canOnOwned, type Actor } from '../auth/permissions';
import { galleryPath } from '../content/urls';
import type { GalleryStatus, Prisma } from '../db/client';
import { trimInvisible } from '../db/text';

/**
 * A gallery as the newsroom's editor shows it: its words, its photos in order with their own
 * caption and credit overrides beside the library's, and what the actor may do with it.
 * Serializable (dates as ISO strings), so server actions can hand it to the browser.
 */

export interface GalleryPhoto {
  /** The GalleryItem: the photo's place in this gallery (reorder, remove, overrides). */
  itemId: number;
  image: {
    id: number;
    storageKey: string;
    width: number;
    height: number;
    alt: string;
    caption: string;
    credit: string;
    originalFilename: string;
    /** May the actor change the library's alt text, caption and credit of this image. */
    canEditDetails: boolean;
  };
  /** This gallery's caption and credit; null means the library's own is shown. */
  caption: string | null;
  credit: string | null;
}

export interface GalleryForEditing {
  id: number;
  slug: string;
  title: string;
  description: string;
  status: GalleryStatus;
  publishedAt: string | null;
  updatedAt: string;
  /** Send it back with every change (optimistic locking). */
  version: number;
  createdBy: { id: number; name: string };
  /** Where readers find it once published. */
  publicPath: string;
  photos: GalleryPhoto[];
  /** Change, publish, unpublish, delete (the server checks again on every change). */
  canEdit: boolean;
}

export const galleryEditingSelect = {
  id: true,
  slug: true,
  title: true,
  description: true,
  status: true,
  publishedAt: true,
  updatedAt: true,
  version: true,
  createdById: true,
  createdBy: { select: { id: true, name: true } },
  items: {
    orderBy: [{ position: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      caption: true,
      credit: true,
      image: {
        select: {
          id: true,
          storageKey: true,
          width: true,
          height: true,
          alt: true,
          caption: true,
          credit: true,
          originalFilename: true,
          uploadedById: true,
        },
      },
    },
  },
} satisfies Prisma.GallerySelect;

export type GalleryEditingRow = Prisma.GalleryGetPayload<{ select: typeof galleryEditingSelect }>;

export function toGalleryForEditing(actor: Actor, row: GalleryEditingRow): GalleryForEditing {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    description: row.description,
    status: row.status,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
    createdBy: row.createdBy,
    publicPath: galleryPath(row.slug),
    canEdit: canEditGallery(actor, row.createdById),
    photos: row.items.map((item) => {
      const { uploadedById, ...image } = item.image;
      return {
        itemId: item.id,
        image: { ...image, canEditDetails: canOnOwned(actor, 'editImageDetails', uploadedById) },
        caption: item.caption,
        credit: item.credit,
      };
    }),
  };
}

/**
 * Who may change a gallery: whoever may create galleries and, for Authors, only their own.
 * Editors and Admins change anyone's (lib/auth/permissions.ts, `editGalleries`).
 */
export function canEditGallery(actor: Actor, createdById: number): boolean {
  return canOnOwned(actor, 'createGalleries', createdById) && canOnOwned(actor, 'editGalleries', createdById);
}

/** A photo with no alt text cannot go out in a published gallery. */
export function lacksAlt(image: { alt: string }): boolean {
  return trimInvisible(image.alt) === '';
}

/** "photo 2 (harbour.jpg)" — how a message names a photo so the person can find it. */
export function namePhoto(position: number, image: { originalFilename: string; caption: string }): string {
  const label = image.originalFilename || image.caption.slice(0, 60);
  return label ? `photo ${position} (${label})` : `photo ${position}`;
}

export function listInWords(items: string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}` : (items[0] ?? '');
}
