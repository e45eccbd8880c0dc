import { z } from 'zod';
import { INT4_MAX } from '../db/row-id';

/**
 * The story body: a TipTap 3 (ProseMirror) JSON document. This file is the one definition of
 * which nodes and marks exist; the editor's extensions (lib/document/extensions.ts), the server
 * renderer (lib/document/render.tsx), the seed and every save validate against it.
 *
 * Blocks: paragraph, heading (levels 2–3: subheads), bulletList / orderedList of listItem,
 * blockquote, pullQuote (with optional attribution), horizontalRule, figure (a library image with
 * caption and credit), galleryEmbed (a gallery shown inline).
 * Inline: text with marks bold, italic, link; hardBreak.
 */

export const SUBHEAD_LEVELS = [2, 3] as const;

/** Lengths the body's own fields may run to (the editor's inputs stop there too). */
export const BODY_LIMITS = { href: 2048, attribution: 300, figureCaption: 1000, figureCredit: 300, figureAlt: 1000, blocks: 5000 } as const;

// A path on this site starts with one slash: `//host` and `/\host` (browsers read \ as /) are
// other sites in disguise, and would be linked without the rel that external links get.
const ALLOWED_HREF = /^(?:https?:\/\/[^\s]+|mailto:[^\s]+|\/(?![/\\])[^\s\\]*|#[^\s]*)$/i;

/** Links a story may hold: http(s), mailto, a path on this site, or a place on the page. The one rule for the editor, paste and the server. */
export function isAllowedHref(href: string): boolean {
  return ALLOWED_HREF.test(href);
}

/** A link readers leave the site by (it gets rel="noopener noreferrer"). */
export function isExternalHref(href: string): boolean {
  return /^https?:/i.test(href);
}

const linkMark = z.object({
  type: z.literal('link'),
  attrs: z.object({
    href: z
      .string()
      .max(BODY_LIMITS.href, 'A link address can be at most 2,048 characters')
      .refine(isAllowedHref, 'Links must be http(s), mailto, a path on this site (one slash) or a place on the page'),
    target: z.string().nullish(),
    rel: z.string().nullish(),
    class: z.string().nullish(),
  }),
});

const mark = z.discriminatedUnion('type', [
  z.object({ type: z.literal('bold') }),
  z.object({ type: z.literal('italic') }),
  linkMark,
]);

export const textNode = z.object({
  type: z.literal('text'),
  text: z.string().min(1),
  marks: z.array(mark).optional(),
});

const hardBreak = z.object({ type: z.literal('hardBreak') });
const inline = z.union([textNode, hardBreak]);
const inlineContent = z.array(inline).optional();

const paragraph = z.object({
  type: z.literal('paragraph'),
  attrs: z.record(z.string(), z.unknown()).optional(),
  content: inlineContent,
});

const heading = z.object({
  type: z.literal('heading'),
  attrs: z.object({ level: z.union([z.literal(2), z.literal(3)]) }).passthrough(),
  content: inlineContent,
});

const pullQuote = z.object({
  type: z.literal('pullQuote'),
  attrs: z.object({ attribution: z.string().max(BODY_LIMITS.attribution, 'A pull quote’s attribution can be at most 300 characters').nullish() }).optional(),
  content: inlineContent,
});

const figure = z.object({
  type: z.literal('figure'),
  attrs: z.object({
    imageId: z.number().int().positive().max(INT4_MAX),
    caption: z.string().max(BODY_LIMITS.figureCaption, 'A picture’s caption in the text can be at most 1,000 characters').nullish(),
    credit: z.string().max(BODY_LIMITS.figureCredit, 'A picture’s credit in the text can be at most 300 characters').nullish(),
    alt: z.string().max(BODY_LIMITS.figureAlt, 'A picture’s alt text in the text can be at most 1,000 characters').nullish(),
  }),
});

const galleryEmbed = z.object({
  type: z.literal('galleryEmbed'),
  attrs: z.object({ galleryId: z.number().int().positive().max(INT4_MAX) }),
});

const horizontalRule = z.object({ type: z.literal('horizontalRule') });

export type InlineNode = z.infer<typeof inline>;
export type TextNode = z.infer<typeof textNode>;
export type Mark = z.infer<typeof mark>;

export type BlockNode =
  | z.infer<typeof paragraph>
  | z.infer<typeof heading>
  | z.infer<typeof pullQuote>
  | z.infer<typeof figure>
  | z.infer<typeof galleryEmbed>
  | z.infer<typeof horizontalRule>
  | { type: 'blockquote'; content?: BlockNode[] }
  | { type: 'bulletList'; content?: ListItemNode[] }
  | { type: 'orderedList'; attrs?: { start?: number | null; type?: string | null }; content?: ListItemNode[] };

export interface ListItemNode {
  type: 'listItem';
  content?: BlockNode[];
}

const block: z.ZodType<BlockNode> = z.lazy(() =>
  z.union([
    paragraph,
    heading,
    pullQuote,
    figure,
    galleryEmbed,
    horizontalRule,
    z.object({ type: z.literal('blockquote'), content: z.array(block).optional() }),
    z.object({ type: z.literal('bulletList'), content: z.array(listItem).optional() }),
    z.object({
      type: z.literal('orderedList'),
      attrs: z.object({ start: z.number().int().nullish(), type: z.string().nullish() }).optional(),
      content: z.array(listItem).optional(),
    }),
  ]),
) as z.ZodType<BlockNode>;

const listItem: z.ZodType<ListItemNode> = z.lazy(() =>
  z.object({ type: z.literal('listItem'), content: z.array(block).optional() }),
) as z.ZodType<ListItemNode>;

export const storyDocument = z.object({
  type: z.literal('doc'),
  content: z.array(block).max(BODY_LIMITS.blocks, 'The story is too long: at most 5,000 paragraphs, subheads, pictures and other blocks').optional(),
});

export type StoryDocument = z.infer<typeof storyDocument>;

export const EMPTY_DOCUMENT: StoryDocument = { type: 'doc', content: [{ type: 'paragraph' }] };
