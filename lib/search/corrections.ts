import { db } from '../db/client';

/**
 * Other readings of the words in a search, for lib/search/search.ts. Azerbaijani's ə is written
 * `e` as often as `a` on a Latin keyboard (Gəncə: Gence or Ganca, Şəki: Seki) while the index
 * folds it to `a`; two neighbouring letters swapped is the commonest typo (`brdige`), which
 * trigrams barely see; other typos (`Gobustam`) are near a word some story holds.
 *
 * A word that some published story holds is never read as another (`men` must not find `man`),
 * except by the last-resort widening search.ts applies when nothing at all was found. Only
 * published words count (the SearchLexeme vocabulary): whether a draft holds a word must not
 * change how a reader is answered.
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
type Readings = Map<string, Set<string>>;

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
function widen(parsed: string, readings: Readings): string | null {
  if (!readings.size) return null;
  const quote = (lexeme: string) => `'${lexeme.replace(/'/g, "''")}'`;
  return parsed.replace(/'((?:[^']|'')*)'/g, (token, raw: string) => {
    const lexeme = raw.replace(/''/g, "'");
    const others = readings.get(lexeme);
    return others ? `( ${[lexeme, ...others].map(quote).join(' | ')} )` : token;
  });
}

const add = (readings: Readings, lexeme: string, reading: string) => readings.set(lexeme, (readings.get(lexeme) ?? new Set()).add(reading));

/**
 * The parsed query (websearch_to_tsquery's text) with every word that no story holds read as the
 * words it most likely meant: its other spellings (ə typed as e, two letters swapped) that some
 * story holds, else the nearest words some story holds. Null when every word is known, or no
 * unknown word has a likely meaning: the query then stands as typed.
 */
export async function correctedQuery(query: string, parsed: string): Promise<string | null> {
  const lexemes = [...new Set(lexemesOf(parsed))];
  if (!lexemes.length) return null;
  const knownRows = await db.$queryRaw<{ lexeme: string }[]>`SELECT lexeme FROM "SearchLexeme" WHERE lexeme = ANY(${lexemes}::text[])`;
  const known = new Set(knownRows.map((row) => row.lexeme));
  const unknown = new Set(lexemes.filter((lexeme) => !known.has(lexeme)));
  if (!unknown.size) return null;

  const readings: Readings = new Map();
  const spelled = (await spelledAlternatives(query, (word) => [...schwaSpellings(word), ...swapSpellings(word)])).filter(({ lexeme }) => unknown.has(lexeme));
  if (spelled.length) {
    const alternatives = [...new Set(spelled.map(({ alternative }) => alternative))];
    const heldRows = await db.$queryRaw<{ lexeme: string }[]>`SELECT lexeme FROM "SearchLexeme" WHERE lexeme = ANY(${alternatives}::text[])`;
    const held = new Set(heldRows.map((row) => row.lexeme));
    for (const { lexeme, alternative } of spelled) if (held.has(alternative)) add(readings, lexeme, alternative);
  }

  const rest = [...unknown].filter((lexeme) => !readings.has(lexeme) && [...lexeme].length >= MIN_NEAREST_LENGTH);
  if (rest.length) {
    // `%` finds candidates through the trigram index (at pg_trgm's default 0.3); the stricter cut is ours.
    const nearest = await db.$queryRaw<{ lexeme: string; reading: string }[]>`
      SELECT u.lexeme, n.lexeme AS reading
        FROM unnest(${rest}::text[]) AS u(lexeme)
        CROSS JOIN LATERAL (
          SELECT k.lexeme FROM "SearchLexeme" k
           WHERE k.lexeme % u.lexeme AND similarity(k.lexeme, u.lexeme) >= ${NEAREST_WORD_SIMILARITY}
           ORDER BY similarity(k.lexeme, u.lexeme) DESC, k.lexeme
           LIMIT ${NEAREST_WORDS}) n`;
    for (const { lexeme, reading } of nearest) add(readings, lexeme, reading);
  }
  return widen(parsed, readings);
}

/**
 * The last resort, when nothing was found: `parsed` with each word also read in its other
 * `spellings`, known to some story or not. Null when no word has another spelling.
 */
export async function widenedQuery(query: string, parsed: string, spellings: Spellings): Promise<string | null> {
  const readings: Readings = new Map();
  for (const { lexeme, alternative } of await spelledAlternatives(query, spellings)) add(readings, lexeme, alternative);
  return widen(parsed, readings);
}
