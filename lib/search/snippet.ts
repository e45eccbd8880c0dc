/**
 * Search snippets. PostgreSQL's ts_headline marks matches in the *folded* text (lower case, no
 * accents, Ə → a) because that is what the search vector indexes; readers must see the story's
 * own spelling, so the marked fragments are mapped back onto the original text, which folding
 * keeps the same length for every letter our stories use. The result is plain text parts, never
 * HTML: React escapes them, so nothing in a story can inject markup into the results page.
 */

export const MATCH_START = '\u27e6'; // ⟦
export const MATCH_END = '\u27e7'; // ⟧
export const FRAGMENT_DELIMITER = '\u27ea'; // ⟪

export interface SnippetPart {
  text: string;
  match: boolean;
}

/** One fragment of text with its matched words flagged, and whether the text goes on either side of it (an ellipsis there). */
export interface SnippetFragment {
  parts: SnippetPart[];
  cutBefore: boolean;
  cutAfter: boolean;
}

const FALLBACK_LENGTH = 220;

/**
 * `source`: the text searched (standfirst and body). `folded`: dateline_fold(source).
 * `marked`: ts_headline over `folded` with the markers above.
 */
export function mapSnippet(source: string, folded: string, marked: string): SnippetFragment[] {
  if (folded.length !== source.length) return [leadIn(source)];
  const fragments: SnippetFragment[] = [];
  let cursor = 0;
  for (const fragment of marked.split(FRAGMENT_DELIMITER)) {
    const plain = fragment.split(MATCH_START).join('').split(MATCH_END).join('');
    if (!plain.trim()) continue;
    let start = folded.indexOf(plain, cursor);
    if (start < 0) start = folded.indexOf(plain);
    if (start < 0) continue;
    cursor = start + plain.length;
    fragments.push({
      parts: toParts(fragment, source, start),
      cutBefore: source.slice(0, start).trim() !== '',
      cutAfter: source.slice(start + plain.length).trim() !== '',
    });
  }
  return fragments.length ? fragments : [leadIn(source)];
}

function toParts(fragment: string, source: string, start: number): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let match = false;
  let offset = start;
  let text = '';
  const flush = () => {
    if (text) parts.push({ text, match });
    text = '';
  };
  for (const character of fragment) {
    if (character === MATCH_START || character === MATCH_END) {
      flush();
      match = character === MATCH_START;
      continue;
    }
    // The original's character at the same place: same length, its own case and accents.
    const original = source.slice(offset, offset + character.length);
    text += original;
    offset += character.length;
  }
  flush();
  return collapseWhitespace(parts);
}

function leadIn(source: string): SnippetFragment {
  const clean = source.replace(/\s+/g, ' ').trim();
  if (clean.length <= FALLBACK_LENGTH) return { parts: [{ text: clean, match: false }], cutBefore: false, cutAfter: false };
  const cut = clean.lastIndexOf(' ', FALLBACK_LENGTH);
  return { parts: [{ text: clean.slice(0, cut > 0 ? cut : FALLBACK_LENGTH), match: false }], cutBefore: false, cutAfter: true };
}

function collapseWhitespace(parts: SnippetPart[]): SnippetPart[] {
  return parts.map((part) => ({ ...part, text: part.text.replace(/\s+/g, ' ') }));
}
