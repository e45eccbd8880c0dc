/**
 * `npm run media:copy -- --to database` (or `--to disk`): copies every image file from the other
 * kind of media storage into this one, for a site switching MEDIA_STORAGE after pictures were
 * uploaded. The source is left as it was; run it again after a failure, then set MEDIA_STORAGE
 * and restart. Uses the database `npm start` uses (scripts/support/database.ts) and MEDIA_DIR.
 * Exit codes: 0 copied, 1 failed, 2 usage.
 */
import { parseArgs } from 'node:util';
import { mediaDir } from '../lib/config/paths';
import { ConfigurationProblem } from '../lib/config/problem';
import { openDatabase } from './support/database';
import { loadEnvFiles } from './support/env-file';

const USAGE = `Usage:
  npm run media:copy -- --to database   copy the files under MEDIA_DIR into PostgreSQL
  npm run media:copy -- --to disk       copy the files in PostgreSQL to MEDIA_DIR`;

async function main(argv: string[]): Promise<number> {
  loadEnvFiles();
  let to: string | undefined;
  try {
    ({ values: { to } } = parseArgs({ args: argv, options: { to: { type: 'string' } }, strict: true }));
  } catch (error) {
    console.error(`error: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (to !== 'database' && to !== 'disk') {
    console.error(USAGE);
    return 2;
  }

  const database = await openDatabase((message) => console.error(message));
  process.env.DATABASE_URL = database.url;
  const { getDb } = await import('../lib/db/client');
  const { DatabaseStorage, LocalDiskStorage } = await import('../lib/media/storage');
  const { copyMedia } = await import('../lib/media/storage-copy');
  try {
    const disk = new LocalDiskStorage(mediaDir());
    const inDatabase = new DatabaseStorage(getDb());
    const [from, into] = to === 'database' ? [disk, inDatabase] : [inDatabase, disk];
    const [fromName, intoName] = to === 'database' ? [mediaDir(), 'PostgreSQL'] : ['PostgreSQL', mediaDir()];
    console.log(`Copying media from ${fromName} to ${intoName}…`);
    const copied = await copyMedia(from, into, (count) => console.log(`  ${count} files`));
    console.log(`Copied ${copied} files. Now set MEDIA_STORAGE=${to} and restart Dateline.`);
    return 0;
  } finally {
    await getDb().$disconnect();
    await database.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof ConfigurationProblem) console.error(`error: ${error.message}\n  → ${error.remedy}`);
    else console.error(`error: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    process.exitCode = 1;
  },
);
