import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ensureWritableDataDir } from '../../lib/config/folders';
import { dataDir } from '../../lib/config/paths';
import { startEmbeddedPostgres } from '../../lib/db/embedded';
import { assertDatabaseReachable } from '../../lib/db/reachability';

export interface OpenDatabase {
  url: string;
  /** Stops the embedded server when this command started it; otherwise does nothing. */
  close(): Promise<void>;
}

/**
 * The database a command-line tool should use: DATABASE_URL when set; else the embedded server
 * of a running `npm start` (its URL is in .data/database-url); else the embedded server started
 * just for this command.
 */
export async function openDatabase(log: (message: string) => void): Promise<OpenDatabase> {
  if (process.env.DATABASE_URL) {
    await assertDatabaseReachable(process.env.DATABASE_URL);
    return { url: process.env.DATABASE_URL, close: async () => {} };
  }
  const urlFile = path.join(dataDir(), 'database-url');
  if (existsSync(urlFile)) {
    const url = readFileSync(urlFile, 'utf8').trim();
    try {
      await assertDatabaseReachable(url, 2000);
      return { url, close: async () => {} };
    } catch {
      // a leftover from a start that did not stop cleanly: start our own below
    }
  }
  const data = await ensureWritableDataDir();
  log('starting the embedded PostgreSQL');
  const embedded = await startEmbeddedPostgres({ dataDirectory: path.join(data, 'postgres'), onProgress: log });
  return { url: embedded.url, close: () => embedded.stop() };
}
