import type { BlockNode, InlineNode, StoryDocument } from './schema';

/**
 * Plain text of a story body, one block per line: stored beside the body as `bodyText` so
 * PostgreSQL can index it for search, and used for word counts and feed summaries.
 */
export function documentToText(document: StoryDocument): string {
  const lines: string[] = [];
  for (const node of document.content ?? []) collectBlock(node, lines);
  return lines.filter(Boolean).join('\n');
}

function collectBlock(node: BlockNode, lines: string[]): void {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      lines.push(inlineText(node.content));
      return;
    case 'pullQuote':
      lines.push(inlineText(node.content));
      if (node.attrs?.attribution) lines.push(node.attrs.attribution);
      return;
    case 'figure':
      if (node.attrs.caption) lines.push(node.attrs.caption);
      return;
    case 'blockquote':
      for (const child of node.content ?? []) collectBlock(child, lines);
      return;
    case 'bulletList':
    case 'orderedList':
      for (const item of node.content ?? []) for (const child of item.content ?? []) collectBlock(child, lines);
      return;
    case 'galleryEmbed':
    case 'horizontalRule':
      return;
  }
}

function inlineText(content: InlineNode[] | undefined): string {
  return (content ?? []).map((node) => (node.type === 'text' ? node.text : ' ')).join('').replace(/\s+/g, ' ').trim();
}

// A word: letters (with their combining marks) and digits, joined by an apostrophe or a hyphen
// inside it (it’s, Baku-Quba); a number keeps its separators (1,000, 3.5, 12:30).
const WORD = /[\p{L}\p{N}\p{M}]+(?:(?:['’‐-]|(?<=\p{N})[.,:](?=\p{N}))[\p{L}\p{N}\p{M}]+)*/gu;

/** How many words a text has, as a writer counts them against a commissioned length. */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}
