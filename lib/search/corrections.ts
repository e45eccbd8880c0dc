import { db } from '../db/client';

/**
 * Other readings of the words in a search, for lib/search/search.ts. Azerbaijani's ə is written
 * `e` as often as `a` on a Latin keyboard (Gəncə: Gence or Ganca, Şəki: Seki) while the index
 * folds it to `a`; two neighbouring letters swapped is the commonest typo (`brdige`), which
 * trigrams barely see; other typos (`Gobustam`) are near a word some story holds.
 *
 * Whether a story holds a word is read from the SearchLexeme vocabulary, which holds only the
 * words of published stories: whether a draft holds a word must not change how a reader is
 * answered. A word some story holds is never read as another (`men` must not find `man`),
 * except by the fallbacks search.ts runs when nothing at all was found.
 */

/** Each `e` may be ə: up to this many per word are tried both ways (2^n spellings). */
const MAX_SCHWA_POSITIONS = 4;
/** Shorter words read with two letters swapped are mostly other real words (`form`, `from`). */
const MIN_SWAP_LENGTH = 4;
/** Shorter words share too few trigrams with anything to be told apart from another word. */
const MIN_NEAREST_LENGTH = 4;
/** How similar (pg_trgm, 0–1) a word some story holds must be to an unknown one to stand for it. */
export const NEAREST_WORD_SIMILARITY = 0.4;
/** At most this many nearest words stand for one unknown word. */
const NEAREST_WORDS = 3;

/** Spellings of `word` with any of its `e`s read as ə (folded to `a`), without `word` itself. */
export function schwaSpellings(word: string): string[] {
  const positions = [...word].flatMap((character, index) => (character === 'e' ? [index] : []));
  if (!positions.length) return [];
  const letters = [...word];
  if (positions.length > MAX_SCHWA_POSITIONS) return [letters.map((c) => (c === 'e' ? 'a' : c)).join('')];
  const spellings: string[] = [];
  for (let mask = 1; mask < 1 << positions.length; mask++) {
    const copy = [...letters];
    positions.forEach((position, bit) => {
      if (mask & (1 << bit)) copy[position] = 'a';
    });
    spellings.push(copy.join(''));
  }
  return spellings;
}

/** Spellings of `word` with one pair of neighbouring letters swapped, without `word` itself. */
export function swapSpellings(word: string): string[] {
  const letters = [...word];
  if (letters.length < MIN_SWAP_LENGTH) return [];
  const spellings = new Set<string>();
  for (let index = 0; index < letters.length - 1; index++) {
    if (letters[index] === letters[index + 1]) continue;
    const copy = [...letters];
    [copy[index], copy[index + 1]] = [copy[index + 1], copy[index]];
    spellings.add(copy.join(''));
  }
  return [...spellings];
}

type Spellings = (word: string) => string[];
/** Each lexeme of the query read otherwise, with the lexemes it is read as. */
type Readings = Map<string, Set<string>>;

/** A query read otherwise: the tsquery's text, for to_tsquery('simple', …), and what was read as what. */
export interface Reading {
  text: string;
  readings: Readings;
}

/** The words of a query long enough to have other spellings. */
const wordsOf = (query: string) => [...new Set(query.toLowerCase().match(/\p{L}+/gu) ?? [])].filter((word) => word.length >= 3);

/** Each query word's lexeme, with the lexeme of each of its other spellings (stemmed as the index is). */
async function spelledAlternatives(query: string, spellings: Spellings): Promise<{ lexeme: string; alternative: string }[]> {
  const pairs = wordsOf(query).flatMap((word) => spellings(word).map((spelling) => [word, spelling] as const));
  if (!pairs.length) return [];
  const stems = await db.$queryRaw<{ lexeme: string | null; alternative: string | null }[]>`
    SELECT (SELECT min(t.lexeme) FROM unnest(to_tsvector('english', dateline_fold(p.word))) t) AS lexeme,
           (SELECT min(t.lexeme) FROM unnest(to_tsvector('english', dateline_fold(p.spelling))) t) AS alternative
      FROM unnest(${pairs.map(([word]) => word)}::text[], ${pairs.map(([, spelling]) => spelling)}::text[]) AS p(word, spelling)`;
  return stems.flatMap(({ lexeme, alternative }) => (lexeme && alternative && lexeme !== alternative ? [{ lexeme, alternative }] : []));
}

/** Lexemes of a tsquery's text (`'genc' & !'elect'`), unquoted. */
function lexemesOf(parsed: string): string[] {
  return [...parsed.matchAll(/'((?:[^']|'')*)'/g)].map(([, raw]) => raw.replace(/''/g, "'"));
}

/** `parsed` with each lexeme that has readings widened to them: `( 'genc' | 'ganca' )`, for to_tsquery('simple', …). */
function widen(parsed: string, readings: Readings): Reading | null {
  if (!readings.size) return null;
  const quote = (lexeme: string) => `'${lexeme.replace(/'/g, "''")}'`;
  const text = parsed.replace(/'((?:[^']|'')*)'/g, (token, raw: string) => {
    const lexeme = raw.replace(/''/g, "'");
    const others = readings.get(lexeme);
    return others ? `( ${[lexeme, ...others].map(quote).join(' | ')} )` : token;
  });
  return { text, readings };
}

const add = (readings: Readings, lexeme: string, reading: string) => readings.set(lexeme, (readings.get(lexeme) ?? new Set()).add(reading));

/** Which of `lexemes` some published story holds. */
async function heldAmong(lexemes: string[]): Promise<Set<string>> {
  if (!lexemes.length) return new Set();
  const rows = await db.$queryRaw<{ lexeme: string }[]>`SELECT lexeme FROM "SearchLexeme" WHERE lexeme = ANY(${lexemes}::text[])`;
  return new Set(rows.map((row) => row.lexeme));
}

/**
 * The parsed query (websearch_to_tsquery's text) with every word that no published story holds
 * also read in those of its other spellings (ə typed as e, two letters swapped) that one does:
 * `Seki` as Şəki, wherever it stands (`silk -Seki`, `Seki or Quba`). Null when there is none.
 */
export async function respelledQuery(query: string, parsed: string): Promise<Reading | null> {
  const lexemes = [...new Set(lexemesOf(parsed))];
  const held = await heldAmong(lexemes);
  const unknown = new Set(lexemes.filter((lexeme) => !held.has(lexeme)));
  if (!unknown.size) return null;
  const spelled = (await spelledAlternatives(query, (word) => [...schwaSpellings(word), ...swapSpellings(word)])).filter(({ lexeme }) => unknown.has(lexeme));
  const heldAlternatives = await heldAmong([...new Set(spelled.map(({ alternative }) => alternative))]);
  const readings: Readings = new Map();
  for (const { lexeme, alternative } of spelled) if (heldAlternatives.has(alternative)) add(readings, lexeme, alternative);
  return widen(parsed, readings);
}

/**
 * For a query that found nothing: `tsquery` (a tsquery's text) with each word it looks for (not
 * one it leaves out) that no published story holds also read as the nearest words one does, by
 * trigram similarity: `Gobustam` as Gobustan. Numbers are left as they are (pg_trgm splits
 * `16.9` into 16 and 9). Null when no word has a near one. A correctly spelled word that is in no
 * story finds unrelated ones this way, so search.ts says these are words of similar spelling.
 */
export async function nearestWordsQuery(tsquery: string): Promise<Reading | null> {
  const excluded = new Set(negatedParts(tsquery).flatMap(lexemesOf));
  const sought = [...new Set(lexemesOf(tsquery))].filter((lexeme) => !excluded.has(lexeme));
  const held = await heldAmong(sought);
  const rest = sought.filter((lexeme) => !held.has(lexeme) && [...lexeme].length >= MIN_NEAREST_LENGTH && !/\d/.test(lexeme));
  if (!rest.length) return null;
  // `%` finds candidates through the trigram index (at pg_trgm's default 0.3); the stricter cut is ours.
  const nearest = await db.$queryRaw<{ lexeme: string; reading: string }[]>`
    SELECT u.lexeme, n.lexeme AS reading
      FROM unnest(${rest}::text[]) AS u(lexeme)
      CROSS JOIN LATERAL (
        SELECT k.lexeme FROM "SearchLexeme" k
         WHERE k.lexeme % u.lexeme AND similarity(k.lexeme, u.lexeme) >= ${NEAREST_WORD_SIMILARITY}
         ORDER BY similarity(k.lexeme, u.lexeme) DESC, k.lexeme
         LIMIT ${NEAREST_WORDS}) n`;
  const readings: Readings = new Map();
  for (const { lexeme, reading } of nearest) add(readings, lexeme, reading);
  return widen(tsquery, readings);
}

/**
 * What a tsquery's text leaves out, each part as a tsquery of its own: `!'seki'` and
 * `!( 'silk' <-> 'road' )` in `'cocoon' & !'seki' & !( 'silk' <-> 'road' )`.
 */
export function negatedParts(tsquery: string): string[] {
  const parts: string[] = [];
  let index = 0;
  const skipQuoted = (from: number) => {
    let at = from + 1;
    while (at < tsquery.length) {
      if (tsquery[at] === "'" && tsquery[at + 1] === "'") at += 2;
      else if (tsquery[at] === "'") return at + 1;
      else at++;
    }
    return at;
  };
  while (index < tsquery.length) {
    const character = tsquery[index];
    if (character === "'") {
      index = skipQuoted(index);
      continue;
    }
    if (character !== '!') {
      index++;
      continue;
    }
    let start = index + 1;
    while (tsquery[start] === ' ') start++;
    let end = start;
    if (tsquery[start] === "'") end = skipQuoted(start);
    else if (tsquery[start] === '(') {
      let depth = 0;
      while (end < tsquery.length) {
        if (tsquery[end] === "'") {
          end = skipQuoted(end);
          continue;
        }
        if (tsquery[end] === '(') depth++;
        if (tsquery[end] === ')' && --depth === 0) {
          end++;
          break;
        }
        end++;
      }
    }
    if (end > start) parts.push(tsquery.slice(start, end));
    index = Math.max(end, index + 1);
  }
  return parts;
}

/**
 * For a query that found nothing: `tsquery` (a tsquery's text) with each word also read in its
 * other `spellings`, held by some story or not. Null when no word has another spelling.
 */
export async function widenedQuery(query: string, tsquery: string, spellings: Spellings): Promise<Reading | null> {
  const readings: Readings = new Map();
  for (const { lexeme, alternative } of await spelledAlternatives(query, spellings)) add(readings, lexeme, alternative);
  return widen(tsquery, readings);
}

/** What a reader is told of a query read otherwise: their words no story holds, and the words found instead. */
export interface ReadInstead {
  typed: string[];
  found: string[];
}

/** At most this many words found instead are named. */
const FOUND_NAMED = 3;

/**
 * Which of the `typed` words (the query's, without what it leaves out) were read otherwise, and
 * which of the words `marked` in the results stand for them, in the stories' own spelling
 * (`Beku`: Baku; `Gence`: Gəncə): words are told apart by their lexemes, as the index has them.
 */
export async function describeReading(typed: string[], marked: string[], { readings }: Reading): Promise<ReadInstead | null> {
  const words = [...new Set([...typed, ...marked])];
  const rows = words.length
    ? await db.$queryRaw<{ word: string; lexeme: string | null }[]>`
        SELECT w.word, (SELECT min(t.lexeme) FROM unnest(to_tsvector('english', dateline_fold(w.word))) t) AS lexeme
          FROM unnest(${words}::text[]) AS w(word)`
    : [];
  const lexemeOf = new Map(rows.map((row) => [row.word, row.lexeme]));
  const readAs = new Set([...readings.values()].flatMap((set) => [...set]));
  const seen = new Set<string>();
  const found: string[] = [];
  for (const word of marked) {
    const lexeme = lexemeOf.get(word);
    if (!lexeme || !readAs.has(lexeme) || seen.has(word.toLocaleLowerCase()) || found.length >= FOUND_NAMED) continue;
    seen.add(word.toLocaleLowerCase());
    found.push(word);
  }
  const read = [...new Set(typed.filter((word) => readings.has(lexemeOf.get(word) ?? '')))];
  // Only a word left out was read otherwise (`silk -Seki`): what was found is what was asked for.
  return read.length ? { typed: read, found } : null;
}
