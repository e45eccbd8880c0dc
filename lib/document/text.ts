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

/**
 * How many words a text has, as a writer counts them against a commissioned length and as word
 * processors do: what stands between spaces, when it has a letter or a digit (it’s, Baku-Quba,
 * 1,000, U.S., news@example.com are one word each; a dash standing alone is none).
 */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}
