import pg from 'pg';
import { parseDatabaseUrl } from '../config/database-url';
import { ConfigurationProblem } from '../config/problem';
import { connectionConfig } from './connection.mjs';

/** Connects once to DATABASE_URL and turns every way that can fail into a plain sentence. */
export async function assertDatabaseReachable(url: string, timeoutMs = 5000): Promise<void> {
  const parsed = parseDatabaseUrl(url);
  const where = `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
  const client = new pg.Client(connectionConfig(url, { connectionTimeoutMillis: timeoutMs }));
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    const code = (error as { code?: string }).code;
    const reason = error instanceof Error ? error.message : String(error);
    const remedy =
      code === '3D000'
        ? `Create the database (createdb ${parsed.pathname.slice(1)}) or fix its name in DATABASE_URL.`
        : code === '28P01' || code === '28000'
          ? 'Check the user name and password in DATABASE_URL.'
          : 'Check that PostgreSQL is running and DATABASE_URL is right, or unset DATABASE_URL to use the embedded database.';
    throw new ConfigurationProblem(`Cannot use PostgreSQL at ${where}: ${reason}.`, remedy, { cause: error });
  } finally {
    await client.end().catch(() => {});
  }
}

/** A stable identity of the database behind `url`, so a build knows which data it was made from. */
export async function databaseIdentity(url: string): Promise<string> {
  const client = new pg.Client(connectionConfig(url));
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(
      `SELECT (SELECT system_identifier::text FROM pg_control_system()) || '/' || current_database() AS id`,
    );
    return rows[0].id;
  } catch {
    // pg_control_system() needs privileges a hosted database may not grant.
    const { hostname, pathname } = new URL(url);
    return `${hostname}${pathname}`;
  } finally {
    await client.end();
  }
}
