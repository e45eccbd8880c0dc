import { cacheLife, cacheTag as tag } from 'next/cache';
import { db, Prisma } from '../db/client';
import { getSummariesByIds } from '../content/articles';
import { STORIES_PER_PAGE } from '../content/pagination';
import { cacheTag } from '../content/tags';
import type { ArticleSummary } from '../content/views';
import { describeReading, negatedParts, nearestWordsQuery, type ReadInstead, type Reading, respelledQuery, schwaSpellings, swapSpellings, widenedQuery } from './corrections';
import { FRAGMENT_DELIMITER, type LengthChangingFolds, MATCH_END, MATCH_START, mapSnippet, markHeadline, type SnippetFragment, type SnippetPart } from './snippet';

/**
 * Reader search over published stories: PostgreSQL full text on the generated, weighted search
 * vector (headline A, standfirst B, body C; folded by dateline_fold so `Aliyev` finds `Əliyev`),
 * with web-search syntax (`"exact phrase"`, `-word`, `or`). Ranked by cover density, damped by
 * age so that among similar matches the newer story comes first.
 *
 * A word no published story holds is also read in its other spellings that one does
 * (./corrections.ts): `Seki` as Şəki, in `-word` and `or` too. When that finds nothing,
 * fallbacks in turn, each keeping what the query leaves out:
 *  1. Every word also read in its other spellings (ə typed as e, then two letters swapped), even
 *     words stories hold. Only now: `men` must not find `man` when `men` matches.
 *  2. Words no story holds read as the nearest words stories hold (`Gobustam`: Gobustan), shown
 *     as similar spellings: a correct word in no story finds unrelated ones this way.
 *  3. Headlines similar to the query (pg_trgm word similarity).
 * Whenever a word was read as another, the results say which (`readInstead`): `fest` read as
 * `fast` is a guess the reader must be able to see.
 */

export const MAX_QUERY_LENGTH = 200;
/** How similar a headline must be to the query for the typo fallback (0–1). */
export const TYPO_SIMILARITY = 0.45;
/**
 * How many matches are ranked: the newest this many. Ranking reads every candidate's search
 * vector, so a word in most of a large archive would otherwise cost seconds; past this many, a
 * reader refines the query rather than pages on.
 */
export const MAX_RANKED_MATCHES = 1000;
/** Half-life-like scale of the recency damping, in days. */
const RECENCY_DAYS = 30;

const SNIPPET_OPTIONS = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxFragments=2, MaxWords=26, MinWords=10, FragmentDelimiter=${FRAGMENT_DELIMITER}`;
const HEADLINE_OPTIONS = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, HighlightAll=true`;

/**
 * dateline_fold for ts_headline, whose fragments replace anything shaped like an HTML tag with a
 * space: « » fold to << >>, so `<<enough is enough>>` would vanish and the fragment no longer be
 * found in the folded text. Angle brackets become spaces, one for one, so positions still agree.
 */
const foldForHeadline = (text: Prisma.Sql) => Prisma.sql`translate(dateline_fold(${text}), '<>', '  ')`;

export interface SearchHit {
  story: ArticleSummary;
  /** The story's whole headline, the words found flagged (none for headlines found by similarity). */
  headline: SnippetPart[];
  snippet: SnippetFragment[];
}

export interface SearchResults {
  /** The query as searched (trimmed, collapsed, cut to MAX_QUERY_LENGTH). */
  query: string;
  /**
   * `fulltext`: stories matching the words; `similar`: none did, these headlines are close;
   * `common-words`: every word was one too common to search for (`the`, `or`).
   */
  mode: 'fulltext' | 'similar' | 'common-words' | 'none';
  hits: SearchHit[];
  page: number;
  pageCount: number;
  /** Matches found, counted up to MAX_RANKED_MATCHES. */
  total: number;
  /** More stories match than MAX_RANKED_MATCHES: only the newest that many were ranked. */
  moreThanTotal: boolean;
  /** Words no story holds that were read as others, and those found instead: the reader is told. */
  readInstead: ReadInstead | null;
}

export function normaliseQuery(raw: string | string[] | undefined): string {
  const value = Array.isArray(raw) ? (raw[0] ?? '') : (raw ?? '');
  // Control characters count as spaces (PostgreSQL refuses a NUL in a query outright). Cut by
  // characters, not UTF-16 units, so a long query never ends in half an emoji.
  return Array.from(value.replace(/[\s\u0000-\u001f\u007f]+/g, ' ').trim()).slice(0, MAX_QUERY_LENGTH).join('').trim();
}

export function parseSearchPage(raw: string | string[] | undefined): number {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value && /^[1-9][0-9]{0,4}$/.test(value) ? Number(value) : 1;
}

interface RankedRow {
  id: number;
  source: string;
  folded: string;
  marked: string;
  headline: string;
  /** Null where there is no tsquery to mark the headline with (the typo fallback). */
  headlineFolded: string | null;
  headlineMarked: string | null;
  lengthChangingFolds: LengthChangingFolds;
}

/** Search, uncached. `query` should come from normaliseQuery. */
export async function searchStories(query: string, page: number): Promise<SearchResults> {
  const empty: SearchResults = { query, mode: 'none', hits: [], page, pageCount: 1, total: 0, moreThanTotal: false, readInstead: null };
  if (!query) return empty;

  const [{ total, lexemes, parsed }] = await db.$queryRaw<{ total: number; lexemes: number; parsed: string }[]>`
    WITH q AS (SELECT ${readQuery(query)} AS query)
    SELECT (SELECT count(*)::int FROM (SELECT FROM "Article" a
             WHERE a.status = 'PUBLISHED' AND a."deletedAt" IS NULL AND a."searchVector" @@ q.query LIMIT ${MAX_RANKED_MATCHES + 1}) m) AS total,
           numnode(q.query)::int AS lexemes, q.query::text AS parsed
      FROM q`;
  // Only stop words (`the`, `of`) or nothing searchable: similarity would match everything.
  if (lexemes === 0) return /[\p{L}\p{N}]/u.test(query) ? { ...empty, mode: 'common-words' } : empty;

  const respelled = await respelledQuery(query, parsed);
  if (respelled) {
    const found = await countMatches(simpleQuery(respelled.text));
    if (found > 0) return rankedPage(query, simpleQuery(respelled.text), found, page, 'fulltext', respelled);
  } else if (total > 0) {
    return rankedPage(query, readQuery(query), total, page, 'fulltext');
  }

  // Nothing found. Each fallback starts from the query as read so far, so what it leaves out stays out.
  const asRead = respelled?.text ?? parsed;
  for (const spellings of [schwaSpellings, swapSpellings]) {
    const widened = await widenedQuery(query, asRead, spellings);
    if (!widened) continue;
    const found = await countMatches(simpleQuery(widened.text));
    if (found > 0) return rankedPage(query, simpleQuery(widened.text), found, page, 'fulltext', widened);
  }
  const nearest = await nearestWordsQuery(asRead);
  if (nearest) {
    const found = await countMatches(simpleQuery(nearest.text));
    if (found > 0) return rankedPage(query, simpleQuery(nearest.text), found, page, 'similar', nearest);
  }
  // Headlines are compared with the words sought, not those left out (`-Quba` is no spelling to be
  // like), and numbers must be there as typed: 16.9 is not like 16.8, nor route 154 like 153.
  const { sought } = splitLeftOut(query);
  const numbers = sought.match(/\S*\d\S*/g) ?? [];
  const words = sought.replace(/\S*\d\S*/g, ' ').replace(/\s+/g, ' ').trim();
  if (!/\p{L}/u.test(words)) return empty;
  const leftOut = negatedParts(asRead);
  const conditions = [
    ...(leftOut.length ? [Prisma.sql`AND NOT a."searchVector" @@ ${simpleQuery(leftOut.join(' | '))}`] : []),
    ...(numbers.length ? [Prisma.sql`AND a."searchVector" @@ websearch_to_tsquery('english', dateline_fold(${numbers.join(/\bor\b/i.test(sought) ? ' or ' : ' ')}))`] : []),
  ];
  return similarHeadlines(query, words, page, conditions.length ? Prisma.join(conditions, ' ') : Prisma.empty);
}

/**
 * The query as a tsquery. websearch_to_tsquery binds `-word` to its neighbour only, as AND binds
 * tighter than OR (`a or b -c` is a | (b & !c)); a reader means the whole search without c, so
 * what is left out is taken away from the rest as one.
 */
function readQuery(query: string): Prisma.Sql {
  const websearch = (text: string) => Prisma.sql`websearch_to_tsquery('english', dateline_fold(${text}))`;
  const { sought, leftOut } = splitLeftOut(query);
  if (!leftOut.length) return websearch(query);
  return Prisma.sql`(${websearch(sought)} && !! ${websearch(leftOut.join(' or '))})`;
}

/**
 * The query's words and phrases sought, and those it leaves out, as websearch_to_tsquery reads a
 * minus: before a word or quoted phrase (even with spaces between: `- Quba`, and a dash folded to
 * one), not joining two words (`Baku-Quba`) nor inside quotes (`"a -b"` is a phrase).
 */
export function splitLeftOut(query: string): { sought: string; leftOut: string[] } {
  const leftOut: string[] = [];
  const sought = query.replace(/"[^"]*"?|(?<![\p{L}\p{N}])[-\u2010-\u2015\u2212]\s*("[^"]*"?|[^\s()"]+)/gu, (match, part?: string) => {
    if (part === undefined) return match;
    // An unclosed quote would swallow whatever is joined after it.
    leftOut.push(part.startsWith('"') && !/^".*"$/s.test(part) ? `${part}"` : part);
    return ' ';
  });
  return { sought: sought.replace(/\s+/g, ' ').trim(), leftOut };
}

/** A tsquery's text whose lexemes are already stemmed and folded. */
const simpleQuery = (text: string) => Prisma.sql`to_tsquery('simple', ${text})`;

/** Matches counted up to one past MAX_RANKED_MATCHES (enough to say "more than"). */
async function countMatches(tsquery: Prisma.Sql): Promise<number> {
  const [{ total }] = await db.$queryRaw<{ total: number }[]>`
    SELECT count(*)::int AS total FROM (SELECT FROM "Article" a
     WHERE a.status = 'PUBLISHED' AND a."deletedAt" IS NULL AND a."searchVector" @@ ${tsquery} LIMIT ${MAX_RANKED_MATCHES + 1}) m`;
  return total;
}

/** Page count and totals for `counted` matches (counted up to one past MAX_RANKED_MATCHES). */
function matchesFound(counted: number): Pick<SearchResults, 'pageCount' | 'total' | 'moreThanTotal'> {
  const total = Math.min(counted, MAX_RANKED_MATCHES);
  return { total, moreThanTotal: counted > MAX_RANKED_MATCHES, pageCount: Math.max(1, Math.ceil(total / STORIES_PER_PAGE)) };
}

/**
 * One page of full-text matches for `tsquery` (`counted` of them), ranked, with snippets;
 * `reading` when the query was read otherwise, to tell the reader so.
 */
async function rankedPage(query: string, tsquery: Prisma.Sql, counted: number, page: number, mode: 'fulltext' | 'similar', reading?: Reading): Promise<SearchResults> {
  const found = matchesFound(counted);
  const typed = splitLeftOut(query).sought.match(WORD) ?? [];
  if (page > found.pageCount) return { query, mode, hits: [], page, ...found, readInstead: reading ? await describeReading(typed, [], reading) : null };
  const offset = (page - 1) * STORIES_PER_PAGE;
  const rows = await db.$queryRaw<RankedRow[]>`
    WITH q AS (SELECT ${tsquery} AS query),
    -- The newest matches only: walked newest first down the listing index, a common word stops
    -- after MAX_RANKED_MATCHES rows instead of ranking the whole archive.
    candidates AS (
      SELECT a.id, a."firstPublishedAt", a."searchVector"
        FROM "Article" a, q
       WHERE a.status = 'PUBLISHED' AND a."deletedAt" IS NULL AND a."searchVector" @@ q.query
       ORDER BY a."firstPublishedAt" DESC, a.id DESC
       LIMIT ${MAX_RANKED_MATCHES}
    ),
    ranked AS (
      SELECT a.id, a."firstPublishedAt",
             -- Stories whose headline holds the whole query come first, however often others
             -- repeat the words in their text.
             ts_filter(a."searchVector", '{a}') @@ q.query AS "inHeadline",
             ts_rank_cd(a."searchVector", q.query)
               * (0.5 + 0.5 * exp(-greatest(extract(epoch FROM (now() AT TIME ZONE 'UTC') - a."firstPublishedAt"), 0) / 86400.0 / ${RECENCY_DAYS})) AS score
        FROM candidates a, q
       ORDER BY "inHeadline" DESC, score DESC, a."firstPublishedAt" DESC, a.id DESC
       LIMIT ${STORIES_PER_PAGE} OFFSET ${offset}
    )
    SELECT r.id, s.source, f.folded, ts_headline('english', f.folded, q.query, ${SNIPPET_OPTIONS}) AS marked,
           a.headline, f."headlineFolded", ts_headline('english', f."headlineFolded", q.query, ${HEADLINE_OPTIONS}) AS "headlineMarked",
           -- Where folding changed a length (… → ..., ß → ss), how each character that does not
           -- fold to exactly one folds, by the same SQL, so the marks go back in the right place.
           CASE WHEN length(f.folded) <> length(s.source) OR length(f."headlineFolded") <> length(a.headline) THEN
             (SELECT jsonb_object_agg(c.ch, c.fold)
                FROM (SELECT DISTINCT t.ch, ${foldForHeadline(Prisma.sql`t.ch`)} AS fold FROM regexp_split_to_table(s.source || a.headline, '') AS t(ch)) c
               WHERE length(c.fold) <> 1)
           END AS "lengthChangingFolds"
      FROM ranked r
      JOIN "Article" a ON a.id = r.id
      CROSS JOIN q
      CROSS JOIN LATERAL (SELECT concat_ws(E'\n', nullif(a.standfirst, ''), a."bodyText") AS source) s
      CROSS JOIN LATERAL (SELECT ${foldForHeadline(Prisma.sql`s.source`)} AS folded, ${foldForHeadline(Prisma.sql`a.headline`)} AS "headlineFolded") f
     ORDER BY r."inHeadline" DESC, r.score DESC, r."firstPublishedAt" DESC, r.id DESC`;
  const hits = await toHits(rows);
  return {
    query,
    mode,
    hits,
    page,
    ...found,
    readInstead: reading ? await describeReading(typed, markedWords(hits), reading) : null,
  };
}

/** A word as readers see one: letters (with their combining accents) and digits. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** The words marked as found in the hits' headlines and snippets, in order. */
function markedWords(hits: SearchHit[]): string[] {
  const parts = hits.flatMap((hit) => [...hit.headline, ...hit.snippet.flatMap((fragment) => fragment.parts)]);
  return parts.flatMap((part) => (part.match ? (part.text.match(WORD) ?? []) : []));
}

/** Stories whose headline is spelled like `words` and that meet `conditions` (SQL starting with AND), for `query`. */
async function similarHeadlines(query: string, words: string, page: number, conditions: Prisma.Sql): Promise<SearchResults> {
  const offset = (page - 1) * STORIES_PER_PAGE;
  // `<%` uses the trigram index on dateline_fold(headline) at the threshold set for this transaction.
  const [counted, rows] = await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(TYPO_SIMILARITY)}, true)`;
    const count = await tx.$queryRaw<{ total: number }[]>`
      SELECT count(*)::int AS total FROM (SELECT FROM "Article" a
       WHERE a.status = 'PUBLISHED' AND a."deletedAt" IS NULL AND dateline_fold(${words}) <% dateline_fold(a.headline) ${conditions}
       LIMIT ${MAX_RANKED_MATCHES + 1}) m`;
    const similar = await tx.$queryRaw<RankedRow[]>`
      -- Nothing is marked (there is no tsquery), so nothing needs mapping back.
      SELECT a.id, s.source, dateline_fold(s.source) AS folded, '' AS marked,
             a.headline, NULL::text AS "headlineFolded", NULL::text AS "headlineMarked", NULL::jsonb AS "lengthChangingFolds"
        FROM "Article" a
        CROSS JOIN LATERAL (SELECT concat_ws(E'\n', nullif(a.standfirst, ''), a."bodyText") AS source) s
       WHERE a.status = 'PUBLISHED' AND a."deletedAt" IS NULL AND dateline_fold(${words}) <% dateline_fold(a.headline) ${conditions}
       ORDER BY word_similarity(dateline_fold(${words}), dateline_fold(a.headline)) DESC, a."firstPublishedAt" DESC, a.id DESC
       LIMIT ${STORIES_PER_PAGE} OFFSET ${offset}`;
    return [count[0]?.total ?? 0, similar] as const;
  });
  const found = matchesFound(counted);
  return {
    query,
    mode: counted > 0 ? 'similar' : 'none',
    hits: page > found.pageCount ? [] : await toHits(rows),
    page,
    ...found,
    readInstead: null,
  };
}

async function toHits(rows: RankedRow[]): Promise<SearchHit[]> {
  const summaries = await getSummariesByIds(rows.map((row) => row.id));
  const byId = new Map(summaries.map((summary) => [summary.id, summary]));
  return rows.flatMap((row) => {
    const story = byId.get(row.id);
    if (!story) return [];
    return [{ story, headline: headlineParts(row, story.headline), snippet: mapSnippet(row.source, row.folded, row.marked, row.lengthChangingFolds) }];
  });
}

function headlineParts(row: RankedRow, shown: string): SnippetPart[] {
  // The marks are for the headline searched; should the story have changed since, show it unmarked.
  if (row.headlineFolded === null || row.headlineMarked === null || row.headline !== shown) return [{ text: shown, match: false }];
  return markHeadline(row.headline, row.headlineFolded, row.headlineMarked, row.lengthChangingFolds);
}

/** Search as the results page uses it: cached briefly per query and page, refreshed on publish. */
export async function getSearchResults(query: string, page: number): Promise<SearchResults> {
  'use cache';
  cacheLife('minutes');
  tag(cacheTag.storyLists, cacheTag.sections);
  return searchStories(query, page);
}
