import { z } from 'zod';
import { trimInvisible } from '../db/text';
import { INT4_MAX } from '../db/row-id';
import { RESERVED_SLUGS } from '../content/urls';

/**
 * What the Sections and Tags pages may send. A slug is the address readers see (/business,
 * /tag/oil-prices): lower-case letters, digits and single hyphens, never one of the site's own
 * first path segments (RESERVED_SLUGS). Left empty, it is made from the name.
 */

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_SLUG_LENGTH = 60;

const slugText = z
  .string()
  .trim()
  .toLowerCase()
  .max(MAX_SLUG_LENGTH, { error: `Slugs can be at most ${MAX_SLUG_LENGTH} characters.` })
  .refine((slug) => slug === '' || SLUG_PATTERN.test(slug), { error: 'Use lower-case letters, digits and single hyphens only (like world-cup).' });

const sectionSlug = slugText.refine((slug) => !RESERVED_SLUGS.has(slug), { error: 'That address belongs to the site itself. Choose another slug.' });

const name = (what: string, max: number) =>
  z
    .string({ error: `Enter the ${what}’s name.` })
    // Pages show runs of spaces as one, and nothing of a zero-width space: two names differing
    // only there would look the same.
    .overwrite((text) => trimInvisible(text).replace(/\s+/g, ' '))
    .min(1, { error: `Enter the ${what}’s name.` })
    .max(max, { error: `Names can be at most ${max} characters.` });

const id = z.coerce.number().int().positive().max(INT4_MAX);

export const createSectionInput = z.object({
  name: name('section', 80),
  slug: sectionSlug.optional().default(''),
  description: z.string().overwrite(trimInvisible).max(300, { error: 'Descriptions can be at most 300 characters.' }).optional().default(''),
});
export type CreateSectionInput = z.input<typeof createSectionInput>;

export const updateSectionInput = createSectionInput.extend({
  id,
  /** When the form was loaded (the section's updatedAt): a change made meanwhile is not overwritten. */
  updatedAt: z.string().optional(),
});
export type UpdateSectionInput = z.input<typeof updateSectionInput>;

export const reorderSectionsInput = z.object({
  /** Every section's id, in the new order. */
  order: z.array(id).min(1),
});
export type ReorderSectionsInput = z.infer<typeof reorderSectionsInput>;

export const sectionRef = z.object({ id });
export type SectionRef = z.infer<typeof sectionRef>;

export const renameTagInput = z.object({
  id,
  name: name('tag', 80),
  slug: slugText.optional().default(''),
  /** The name and slug the form showed. */
  expectedName: z.string().optional(),
  expectedSlug: z.string().optional(),
});
export type RenameTagInput = z.input<typeof renameTagInput>;

export const mergeTagsInput = z.object({
  /** The tag that disappears. */
  id,
  /** The tag its stories move to: its slug or its name. */
  intoSlug: z.string({ error: 'Choose the tag to merge into.' }).trim().toLowerCase().min(1, { error: 'Choose the tag to merge into.' }),
});
export type MergeTagsInput = z.infer<typeof mergeTagsInput>;

export const tagRef = z.object({ id });
export type TagRef = z.infer<typeof tagRef>;
