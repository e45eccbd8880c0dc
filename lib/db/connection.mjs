// @ts-check
/**
 * How every connection Dateline opens to PostgreSQL is configured (Prisma's pool, the raw
 * node-postgres clients of the migration runner, scripts, the cache handler and the tests).
 *
 * Prisma keeps DateTime as `timestamp(3)` without time zone, holding UTC. SQL that mixes in
 * `now()`, `CURRENT_TIMESTAMP` or `timestamptz` converts through the session's TimeZone, which is
 * the server's (or the database's) default unless the client says otherwise: so every session
 * runs in UTC. And node-postgres reads `timestamp` as the process's local time: read it as UTC.
 *
 * Plain JavaScript: the cache handler (lib/cache/shared-tags-handler.mjs), which Next imports
 * at run time outside the bundle, needs it too.
 */
import pg from 'pg';

const UTC_SESSION = '-c TimeZone=UTC';

const parseWithOffset = pg.types.getTypeParser(pg.types.builtins.TIMESTAMPTZ, 'text');
const parseAsLocal = pg.types.getTypeParser(pg.types.builtins.TIMESTAMP, 'text');

/**
 * A `timestamp` column's text as the UTC moment it holds ('infinity' has no zone to add).
 * @param {string} text
 */
export function parseUtcTimestamp(text) {
  if (!/^\d/.test(text)) return parseAsLocal(text);
  return parseWithOffset(text.endsWith(' BC') ? `${text.slice(0, -3)}+00 BC` : `${text}+00`);
}

/** @type {import('pg').CustomTypesConfig} */
export const utcTimestampTypes = {
  // The overload set of pg's getTypeParser does not accept a plain (oid, format) pass-through.
  getTypeParser: /** @type {import('pg').CustomTypesConfig['getTypeParser']} */ (
    /** @param {number} oid @param {'text' | 'binary'} [format] */
    (oid, format) => (oid === pg.types.builtins.TIMESTAMP && format !== 'binary' ? parseUtcTimestamp : pg.types.getTypeParser(oid, format))
  ),
};

/**
 * node-postgres settings for `connectionString`, with the session in UTC, plus `extra` (pool
 * size, timeouts). Options the address or PGOPTIONS already carry are kept: node-postgres lets
 * the address's `?options=` replace the setting, so ours is appended there instead.
 * @param {string} connectionString
 * @param {Omit<import('pg').PoolConfig, 'connectionString' | 'options' | 'types'>} [extra]
 * @returns {import('pg').PoolConfig}
 */
export function connectionConfig(connectionString, extra = {}) {
  const fromAddress = optionsInAddress(connectionString);
  if (fromAddress === null) {
    const options = [process.env.PGOPTIONS, UTC_SESSION].filter(Boolean).join(' ');
    return { ...extra, connectionString, options, types: utcTimestampTypes };
  }
  const url = new URL(connectionString);
  url.searchParams.set('options', `${fromAddress} ${UTC_SESSION}`);
  return { ...extra, connectionString: url.toString(), types: utcTimestampTypes };
}

/** @param {string} connectionString */
function optionsInAddress(connectionString) {
  try {
    return new URL(connectionString).searchParams.get('options');
  } catch {
    // Not a URL (a key=value string, or a mistake node-postgres will report): nothing to merge.
    return null;
  }
}
