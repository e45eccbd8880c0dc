/**
 * Plain text written in the newsroom (a review comment) with its web addresses as links, so a
 * source someone points to opens with one click. Only http(s) addresses; the punctuation that
 * ends a sentence after one stays text. Opens in a new tab: the story being edited stays open.
 */

const ADDRESS = /\bhttps?:\/\/[^\s<>"]*[^\s<>".,;:!?'”’…)\]]/gi;

export type TextPart = { text: string } | { href: string };

export function linkedParts(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let from = 0;
  for (const match of text.matchAll(ADDRESS)) {
    let href = match[0];
    // A closing bracket ends the address only when it has no opening one in it: …/Foo_(bar)
    while (text[match.index + href.length] === ')' && count(href, '(') > count(href, ')')) href += ')';
    if (match.index > from) parts.push({ text: text.slice(from, match.index) });
    parts.push({ href });
    from = match.index + href.length;
  }
  if (from < text.length) parts.push({ text: text.slice(from) });
  return parts;
}

const count = (text: string, character: string) => text.split(character).length - 1;

export function LinkedText({ text }: { text: string }) {
  return linkedParts(text).map((part, index) =>
    'href' in part ? (
      <a key={index} href={part.href} target="_blank" rel="noreferrer" className="break-all underline">
        {part.href}
      </a>
    ) : (
      part.text
    ),
  );
}
