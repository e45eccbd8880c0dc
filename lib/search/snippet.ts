/**
 * Search snippets. PostgreSQL's ts_headline marks matches in the *folded* text (lower case, no
 * accents, Ə → a) because that is what the search vector indexes; readers must see the story's
 * own spelling, so the marked fragments are mapped back onto the original text by position.
 * Folding mostly keeps each character one character; where it does not (… → ..., ß → ss, « → <<,
 * a combining accent → nothing) the database says how each such character folds, and the mapping
 * follows it. The result is plain text parts, never HTML: React escapes them, so nothing in a
 * story can inject markup into the results page.
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

/**
 * How dateline_fold folds each character of a text whose fold is not exactly one character
 * (`{ "…": "...", "ß": "ss", "\u0301": "" }`); null when folding kept the text's length.
 */
export type LengthChangingFolds = Record<string, string> | null;

const FALLBACK_LENGTH = 220;

/**
 * `source`: the text searched (standfirst and body). `folded`: dateline_fold(source), as given to
 * ts_headline. `marked`: ts_headline over `folded` with the markers above. `lengthChangingFolds`:
 * see its type.
 */
export function mapSnippet(source: string, folded: string, marked: string, lengthChangingFolds: LengthChangingFolds = null): SnippetFragment[] {
  const spanAt = sourceSpans(source, folded, lengthChangingFolds);
  if (!spanAt) return [leadIn(source)];
  const fragments: SnippetFragment[] = [];
  let cursor = 0;
  for (const fragment of marked.split(FRAGMENT_DELIMITER)) {
    const plain = withoutMarkers(fragment);
    if (!plain.trim()) continue;
    let start = folded.indexOf(plain, cursor);
    if (start < 0) start = folded.indexOf(plain);
    if (start < 0) continue;
    cursor = start + plain.length;
    fragments.push({
      parts: collapseWhitespace(toParts(fragment, source, start, spanAt)),
      cutBefore: source.slice(0, spanAt(start)[0]).trim() !== '',
      cutAfter: source.slice(spanAt(cursor - 1)[1]).trim() !== '',
    });
  }
  return fragments.length ? fragments : [leadIn(source)];
}

/**
 * The whole headline with the query's words flagged. `marked`: ts_headline over `folded` with
 * HighlightAll, so the one fragment is all of it. Unmarked when the marks cannot be placed.
 */
export function markHeadline(headline: string, folded: string, marked: string, lengthChangingFolds: LengthChangingFolds = null): SnippetPart[] {
  const unmarked = [{ text: headline, match: false }];
  const spanAt = sourceSpans(headline, folded, lengthChangingFolds);
  if (!spanAt || !folded || withoutMarkers(marked) !== folded) return unmarked;
  return toParts(marked, headline, 0, spanAt);
}

/** The stretch of the source, [start, end) in UTF-16 units, that the folded text's unit at `foldedOffset` came from. */
type SourceSpanAt = (foldedOffset: number) => readonly [number, number];

/** Null when the folded text cannot be lined up with the source. */
function sourceSpans(source: string, folded: string, lengthChangingFolds: LengthChangingFolds): SourceSpanAt | null {
  // Every character folded to one of the same length: the same offsets in both.
  if (!lengthChangingFolds && folded.length === source.length) return (offset) => [offset, offset + 1];

  const folds = new Map(Object.entries(lengthChangingFolds ?? {}));
  // Each folded UTF-16 unit's source character; a character folded to nothing joins the one before it.
  const characterAt = new Int32Array(folded.length);
  const starts: number[] = [];
  const ends: number[] = [];
  let foldedOffset = 0;
  let sourceOffset = 0;
  // By code point: PostgreSQL counts characters, JavaScript UTF-16 units.
  for (const character of source) {
    sourceOffset += character.length;
    const fold = folds.get(character);
    if (fold === '') {
      // A combining accent stays with its letter (or, with none before it, goes with the next).
      if (ends.length) ends[ends.length - 1] = sourceOffset;
      continue;
    }
    const foldedLength = fold === undefined ? codePointLength(folded, foldedOffset) : fold.length;
    if (fold === undefined ? foldedLength === 0 : !folded.startsWith(fold, foldedOffset)) return null;
    starts.push(ends.length ? ends[ends.length - 1] : 0);
    ends.push(sourceOffset);
    characterAt.fill(starts.length - 1, foldedOffset, foldedOffset + foldedLength);
    foldedOffset += foldedLength;
  }
  if (foldedOffset !== folded.length) return null;
  return (offset) => [starts[characterAt[offset]], ends[characterAt[offset]]];
}

function codePointLength(text: string, offset: number): number {
  const codePoint = text.codePointAt(offset);
  return codePoint === undefined ? 0 : codePoint > 0xffff ? 2 : 1;
}

function withoutMarkers(text: string): string {
  return text.split(MATCH_START).join('').split(MATCH_END).join('');
}

/** `fragment` (marked, folded) as the source's own text from folded offset `start`. */
function toParts(fragment: string, source: string, start: number, spanAt: SourceSpanAt): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let match = false;
  let offset = start;
  let emittedTo = spanAt(start)[0];
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
    // The original's text for this folded character: its own case and accents, and a character
    // that folded to several (… to ...) once, at the first of them.
    const end = spanAt(offset + character.length - 1)[1];
    if (end > emittedTo) {
      text += source.slice(emittedTo, end);
      emittedTo = end;
    }
    offset += character.length;
  }
  flush();
  return parts;
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
