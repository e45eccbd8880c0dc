import { z } from 'zod';
import { INT4_MAX } from '../db/row-id';
import { filterText, plainText } from '../db/text';
import { CAPTION_MAX, CREDIT_MAX } from '../media/limits';

/**
 * What every gallery change accepts, validated the same way whether it comes from a server action,
 * a test or a script. No server dependencies: forms may import the limits.
 */

export const TITLE_MAX = 200;
export const DESCRIPTION_MAX = 2000;
export const SLUG_MAX = 80;
/** Photos added in one go (a picker session, a batch of uploads). */
export const ADD_AT_ONCE_MAX = 100;
/** A gallery longer than this is a library, not a gallery. */
export const PHOTOS_MAX = 500;


/** An override: empty means "use the library's own", stored as null. */
const override = (max: number, label: string) =>
  z
    .union([plainText(max, label), z.null()])
    .optional()
    .transform((text) => (text ? text : null));

const id = z.coerce.number().int().positive().max(INT4_MAX);
const version = z.coerce.number().int().positive().max(INT4_MAX);

/** Every change to an existing gallery names the version it started from. */
const existing = { galleryId: id, version };

export const createGalleryInput = z.object({
  title: plainText(TITLE_MAX, 'Title').pipe(z.string().min(1, 'Give the gallery a title.')),
  description: plainText(DESCRIPTION_MAX, 'Description').default(''),
});

export const updateGalleryDetailsInput = z.object({
  ...existing,
  title: plainText(TITLE_MAX, 'Title').pipe(z.string().min(1, 'Give the gallery a title.')),
  description: plainText(DESCRIPTION_MAX, 'Description').default(''),
  /** Typed by a person; normalised with lib/slug.ts. Empty means "from the title". */
  slug: z.string().max(SLUG_MAX * 2, `The address can be at most ${SLUG_MAX} characters.`).default(''),
});

export const addPhotosInput = z.object({
  ...existing,
  imageIds: z
    .array(id)
    .min(1, 'Choose at least one photo.')
    .max(ADD_AT_ONCE_MAX, `Add at most ${ADD_AT_ONCE_MAX} photos at a time.`),
});

export const removePhotoInput = z.object({ ...existing, itemId: id });

export const reorderPhotosInput = z.object({
  ...existing,
  /** Every photo of the gallery, by item id, in the new order. */
  itemIds: z.array(id).max(PHOTOS_MAX),
});

export const updatePhotoWordsInput = z.object({
  ...existing,
  itemId: id,
  caption: override(CAPTION_MAX, 'Caption'),
  credit: override(CREDIT_MAX, 'Credit'),
});

export const galleryVersionInput = z.object(existing);

export const listGalleriesInput = z.object({
  query: filterText().default(''),
  status: z.enum(['all', 'DRAFT', 'PUBLISHED']).default('all'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(30),
});

export type CreateGalleryInput = z.input<typeof createGalleryInput>;
export type UpdateGalleryDetailsInput = z.input<typeof updateGalleryDetailsInput>;
export type AddPhotosInput = z.input<typeof addPhotosInput>;
export type RemovePhotoInput = z.input<typeof removePhotoInput>;
export type ReorderPhotosInput = z.input<typeof reorderPhotosInput>;
export type UpdatePhotoWordsInput = z.input<typeof updatePhotoWordsInput>;
export type GalleryVersionInput = z.input<typeof galleryVersionInput>;
export type ListGalleriesInput = z.input<typeof listGalleriesInput>;
