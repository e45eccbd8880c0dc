import type { Mark, TextNode } from '../../lib/document/schema';

/**
 * The sentence banks mark inline formatting the way writers type it: **bold**, *italic* and
 * [link text](href). This turns such a string into TipTap text nodes.
 */

const TOKEN = /\*\*(.+?)\*\*|\*(.+?)\*|\[(.+?)\]\((.+?)\)/g;

export function inlineNodes(source: string): TextNode[] {
  const nodes: TextNode[] = [];
  const push = (text: string, marks?: Mark[]) => {
    if (text) nodes.push(marks ? { type: 'text', text, marks } : { type: 'text', text });
  };
  let last = 0;
  for (const match of source.matchAll(TOKEN)) {
    push(source.slice(last, match.index));
    const [, bold, italic, linkText, href] = match;
    if (bold !== undefined) push(bold, [{ type: 'bold' }]);
    else if (italic !== undefined) push(italic, [{ type: 'italic' }]);
    else push(linkText, [{ type: 'link', attrs: { href } }]);
    last = match.index + match[0].length;
  }
  push(source.slice(last));
  return nodes;
}

/** The same string without markup: for headlines, captions and word counts. */
export function plainText(source: string): string {
  return inlineNodes(source)
    .map((node) => node.text)
    .join('');
}
