import { z } from 'zod';
import { trimInvisible } from '../db/text';
import { INT4_MAX } from '../db/row-id';
import { storyDocument, type StoryDocument } from '../document/schema';

/**
 * What an editor may type into a story, validated the same way in the browser (length hints,
 * inline messages) and on the server (every save). No server imports: the editor bundles this.
 */

export const LIMITS = {
  headline: 300,
  standfirst: 600,
  slug: 120,
  creditLine: 200,
  heroCaption: 1000,
  heroCredit: 300,
  /** Search engines show about this many characters of a title … */
  seoTitleHint: 60,
  seoTitle: 120,
  /** … and of a description. */
  seoDescriptionHint: 160,
  seoDescription: 320,
  canonicalUrl: 2048,
  authors: 10,
  tags: 30,
  tagName: 60,
  comment: 5000,
} as const;

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A free-text field where an empty value means "none". */
const optionalText = (max: number, label: string) =>
  z
    .string()
    .overwrite(trimInvisible)
    .max(max, `${label} must be at most ${max} characters`)
    .nullish()
    .transform((value) => (value ? value : null));

const id = z.number().int().positive().max(INT4_MAX);

export const MEDIA_MARKERS = ['PHOTO', 'VIDEO', 'AUDIO'] as const;
export type MediaMarkerValue = (typeof MEDIA_MARKERS)[number];
/** How a marker reads, on the headline's badge and in a comparison of revisions. */
export const MEDIA_MARKER_LABELS: Record<MediaMarkerValue, string> = { PHOTO: 'Photo', VIDEO: 'Video', AUDIO: 'Audio' };

export const storyFields = z.object({
  // A zero-width space at either end is nothing a reader sees: a headline of them alone is none.
  headline: z
    .string()
    .overwrite(trimInvisible)
    .min(1, 'Headline is required')
    .max(LIMITS.headline, `Headline must be at most ${LIMITS.headline} characters`),
  standfirst: z
    .string()
    .overwrite(trimInvisible)
    .max(LIMITS.standfirst, `Standfirst must be at most ${LIMITS.standfirst} characters`)
    .default(''),
  mediaMarker: z.enum(MEDIA_MARKERS).nullish().transform((value) => value ?? null),
  /** Empty: generate from the headline. */
  slug: z
    .string()
    .trim()
    .max(LIMITS.slug, `Slug must be at most ${LIMITS.slug} characters`)
    .refine((slug) => slug === '' || SLUG_PATTERN.test(slug), 'Slug may contain only a–z, 0–9 and single hyphens')
    .default(''),
  /** The slug was generated from the headline, not typed: on a clash, add -2, -3 … instead of refusing. */
  slugAuto: z.boolean().default(false),
  sectionId: id,
  authorIds: z
    .array(id)
    .max(LIMITS.authors, `At most ${LIMITS.authors} authors`)
    .refine((ids) => new Set(ids).size === ids.length, 'An author is listed twice')
    .default([]),
  creditLine: optionalText(LIMITS.creditLine, 'Credit line'),
  tagIds: z
    .array(id)
    .max(LIMITS.tags, `At most ${LIMITS.tags} tags`)
    .transform((ids) => [...new Set(ids)])
    .default([]),
  /** Tags typed while writing that do not exist yet (needs the right to create tags). */
  newTags: z
    .array(
      z
        .string()
        .overwrite((text) => trimInvisible(text).replace(/\s+/g, ' '))
        .min(1)
        .max(LIMITS.tagName, `Tag names must be at most ${LIMITS.tagName} characters`),
    )
    .max(LIMITS.tags)
    .default([]),
  heroImageId: id.nullish().transform((value) => value ?? null),
  heroCaption: optionalText(LIMITS.heroCaption, 'Hero caption'),
  heroCredit: optionalText(LIMITS.heroCredit, 'Hero credit'),
  galleryId: id.nullish().transform((value) => value ?? null),
  body: storyDocument,
  seoTitle: optionalText(LIMITS.seoTitle, 'SEO title'),
  seoDescription: optionalText(LIMITS.seoDescription, 'SEO description'),
  canonicalUrl: optionalText(LIMITS.canonicalUrl, 'Canonical URL').refine(
    (url) => url === null || isHttpUrl(url),
    'Canonical URL must be a full http:// or https:// address',
  ),
  noindex: z.boolean().default(false),
});

/** Fields as typed (before defaults and trimming): what the editor sends. */
export type StoryFieldsInput = z.input<typeof storyFields>;
/** Fields after validation. */
export type StoryFields = z.output<typeof storyFields>;

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

const version = z.number().int().positive().max(INT4_MAX);

export const createDraftInput = z.object({ fields: storyFields });
export const saveStoryInput = z.object({ id, version, fields: storyFields });
export const storyRef = z.object({ id, version });

const MINUTE_MS = 60_000;

/** Stories go live by the minute, so any minute after the current one can be chosen. */
export function isLaterMinute(at: Date, now: Date): boolean {
  return Math.floor(at.getTime() / MINUTE_MS) > Math.floor(now.getTime() / MINUTE_MS);
}

export const scheduleInput = z.object({
  id,
  version,
  /** ISO 8601 instant. */
  // Four-digit years, as the form's field takes them: PostgreSQL keeps later ones that JavaScript cannot print.
  at: z.coerce.date({ error: 'Choose a date and time' }).refine((at) => at.getUTCFullYear() <= 9999, 'Choose a date and time'),
});

export const commentInput = z.object({
  articleId: id,
  body: z.string().overwrite(trimInvisible).min(1, 'Write a comment first').max(LIMITS.comment, `Comments must be at most ${LIMITS.comment} characters`),
});

export const restoreRevisionInput = z.object({ id, version, revision: version });

export const EMPTY_FIELDS = (sectionId: number, body: StoryDocument): StoryFieldsInput => ({
  headline: '',
  standfirst: '',
  mediaMarker: null,
  slug: '',
  slugAuto: true,
  sectionId,
  authorIds: [],
  creditLine: null,
  tagIds: [],
  newTags: [],
  heroImageId: null,
  heroCaption: null,
  heroCredit: null,
  galleryId: null,
  body,
  seoTitle: null,
  seoDescription: null,
  canonicalUrl: null,
  noindex: false,
});
