import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { connectionConfig } from '../db/connection.mjs';

/**
 * Test support (never imported by the app). Integration tests (`*.db.test.ts`) each get a fresh
 * database cloned from a migrated template on a throwaway PostgreSQL server that
 * lib/testing/vitest-global-setup.ts starts: real PostgreSQL, never the development database.
 */

export const TEMPLATE_DATABASE = 'dateline_template';

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function withAdminClient<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(connectionConfig(databaseUrl(serverUrl, 'postgres')));
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A new database cloned from the migrated template; returns its URL. */
export async function createDatabaseFromTemplate(serverUrl: string, prefix = 'test'): Promise<string> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await withAdminClient(serverUrl, (client) => client.query(`CREATE DATABASE "${name}" TEMPLATE "${TEMPLATE_DATABASE}"`));
  return databaseUrl(serverUrl, name);
}

export async function dropDatabase(serverUrl: string, url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  await withAdminClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}
