// @ts-check
/**
 * The "use cache" handler of every app instance (next.config.js `cacheHandlers.default`): Next's
 * own in-memory handler, plus cache-tag expiry shared through PostgreSQL, so that an editor's
 * change made on one instance behind a load balancer expires the cached pages and data of all
 * of them (docs/adr/0002).
 *
 * - Expiring tags (revalidateTag after a save, publish, schedule …) expires them here as before
 *   and records the moment in "CacheTagRevalidation".
 * - Every instance reads the rows newer than the last it saw, at most a second apart and before
 *   cached reads, and marks those tags expired in Next's tag manifest. That manifest is shared
 *   by the "use cache" entries and the whole-page (ISR) cache of this process, so both drop
 *   what was cached before the change.
 *
 * Plain JavaScript: Next imports this file at run time, outside the bundle.
 */
import defaultHandlerModule from 'next/dist/server/lib/cache-handlers/default.js';
import tagsManifestModule from 'next/dist/server/lib/incremental-cache/tags-manifest.external.js';
import pg from 'pg';
import { connectionConfig } from '../db/connection.mjs';

const POLL_MS = 1000;
const MEMORY_BYTES = 50 * 1024 * 1024;

const local = defaultHandlerModule.createDefaultCacheHandler(MEMORY_BYTES);
const { tagsManifest } = tagsManifestModule;

/** @type {pg.Pool | null} */
let pool = null;
/** The newest revalidation read so far (database time, ms since the epoch). */
let seenUpTo = Date.now();
let lastPull = 0;
/** @type {Promise<void> | null} */
let pulling = null;
let reportedFailure = false;

function database() {
  if (!pool && process.env.DATABASE_URL) {
    pool = new pg.Pool(connectionConfig(process.env.DATABASE_URL, { max: 2, idleTimeoutMillis: 10_000 }));
    // An idle connection that dies (a database restart) is replaced by the next query; failed
    // queries are what gets reported.
    pool.on('error', () => {});
  }
  return pool;
}

/** @param {string} what @param {unknown} error */
function reportOnce(what, error) {
  if (reportedFailure) return;
  reportedFailure = true;
  console.error(`Shared cache tags: ${what}; other instances may serve cached pages until they age out.`, error);
}

/** Marks `tag` expired at `at` in this process, unless it already expired later. @param {string} tag @param {number} at */
function expireLocally(tag, at) {
  const entry = tagsManifest.get(tag) ?? {};
  if ((entry.expired ?? 0) >= at) return;
  tagsManifest.set(tag, { ...entry, stale: Math.max(entry.stale ?? 0, at), expired: at });
}

/** Reads the revalidations other instances recorded since the last read. */
async function pull() {
  const client = database();
  if (!client) return;
  try {
    // "revalidatedAt" is UTC without a zone: compare it with a UTC time without one, whatever the
    // session's TimeZone (a timestamptz comparison would shift it by the session's offset).
    const { rows } = await client.query(
      `SELECT tag, (extract(epoch FROM "revalidatedAt") * 1000)::float8 AS at FROM "CacheTagRevalidation"
       WHERE "revalidatedAt" > to_timestamp($1 / 1000.0) AT TIME ZONE 'UTC'`,
      [seenUpTo],
    );
    for (const row of rows) {
      expireLocally(row.tag, row.at);
      seenUpTo = Math.max(seenUpTo, row.at);
    }
    reportedFailure = false;
  } catch (error) {
    reportOnce('reading revalidations failed', error);
  }
}

function pullSoon() {
  if (pulling || Date.now() - lastPull < POLL_MS) return pulling ?? Promise.resolve();
  lastPull = Date.now();
  pulling = pull().finally(() => {
    pulling = null;
  });
  return pulling;
}

// Whole pages served from the page cache never ask the handler: keep the manifest current.
setInterval(() => void pullSoon(), POLL_MS).unref();

/** @type {import('next/dist/server/lib/cache-handlers/types').CacheHandler} */
const handler = {
  get: (cacheKey, softTags) => local.get(cacheKey, softTags),
  set: (cacheKey, pendingEntry) => local.set(cacheKey, pendingEntry),
  refreshTags: () => pullSoon(),
  getExpiration: (tags) => local.getExpiration(tags),
  async updateTags(tags, durations) {
    await local.updateTags(tags, durations);
    const client = database();
    if (!client || !tags.length) return;
    try {
      await client.query(
        `INSERT INTO "CacheTagRevalidation" (tag, "revalidatedAt") SELECT unnest($1::text[]), now() AT TIME ZONE 'UTC'
         ON CONFLICT (tag) DO UPDATE SET "revalidatedAt" = excluded."revalidatedAt"`,
        [tags],
      );
    } catch (error) {
      reportOnce('recording a revalidation failed', error);
    }
  },
};

export default handler;
