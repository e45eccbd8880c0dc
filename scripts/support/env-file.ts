import { existsSync } from 'node:fs';
import path from 'node:path';
import { ConfigurationProblem } from '../../lib/config/problem';

/**
 * Reads `.env.local`, then `.env`, from the folder the command runs in (the project's, under
 * npm) into process.env, as Next.js reads them for the app, so every command agrees with
 * `npm start` on DATABASE_URL, DATA_DIR, MEDIA_DIR…. A variable already set in the environment,
 * even to '', is never replaced: `DATABASE_URL= npm run user …` and the tests, which pass their
 * own throwaway DATABASE_URL, keep theirs. Call it before reading any configuration.
 *
 * Addresses lose spaces around them (a paste, a quoted line in .env): PostgreSQL's driver would
 * read ` postgresql://…` as a host named after a piece of it, and `…/dateline ` as another database.
 */
export function loadEnvFiles(): void {
  for (const file of ['.env.local', '.env']) {
    if (!existsSync(file)) continue;
    try {
      process.loadEnvFile(file);
    } catch (error) {
      // Node reports a file it may not read as ENOENT, so its message would mislead.
      throw new ConfigurationProblem(
        `Cannot read ${path.resolve(file)}.`,
        'Make it readable by the user running this command, or move it away.',
        { cause: error },
      );
    }
  }
  for (const name of ['DATABASE_URL', 'SITE_URL'] as const) {
    const value = process.env[name];
    if (value !== undefined && value !== value.trim()) process.env[name] = value.trim();
  }
}
