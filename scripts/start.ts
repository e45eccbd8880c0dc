/**
 * `npm start`: one command from a fresh clone to a running site.
 *
 *   1. database   DATABASE_URL if set, else an embedded PostgreSQL 17 in ./.data/postgres
 *   2. schema     pending migrations from prisma/migrations
 *   3. content    the first Admin when there are no users; the demo newsroom when there is no content
 *   4. build      `next build` when there is no production build of these sources and this database
 *   5. serve      `next start` on PORT (default 3000) until Ctrl-C / SIGTERM, then a clean shutdown
 *
 * `npm start -- --prepare-only` stops after step 3 (for deploy pipelines that migrate first).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseDatabaseUrl } from '../lib/config/database-url';
import { ensureWritableDataDir, ensureWritableFolder } from '../lib/config/folders';
import { mediaDir } from '../lib/config/paths';
import { ConfigurationProblem } from '../lib/config/problem';
import { ensureAuthSecret } from '../lib/config/secrets';
import { checkSiteUrl } from '../lib/config/site-url';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../lib/db/embedded';
import { assertPortFree } from '../lib/db/free-port';
import { MigrationError } from '../lib/db/migrate';
import { assertDatabaseReachable, databaseIdentity } from '../lib/db/reachability';
import { mediaStorageKind } from '../lib/media/storage';
import { ensureProductionBuild } from './support/build-fingerprint';
import { loadEnvFiles } from './support/env-file';
import { prepareDatabase } from './support/prepare-database';
import { exited, launch, localBin, nextStartArgs, stopChild } from './support/processes';

const prepareOnly = process.argv.includes('--prepare-only');
const STEPS = prepareOnly ? 2 : 5;
let step = 0;
const say = (message: string) => console.log(`[${++step}/${STEPS}] ${message}`);
const detail = (message: string) => console.log(`      ${message}`);

/** Set by Ctrl-C / SIGTERM before the server runs: the step it cut short failing is no problem to report. */
let interrupted = false;

async function main(): Promise<void> {
  loadEnvFiles();
  const root = process.cwd();
  const port = Number(process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new ConfigurationProblem(`PORT "${process.env.PORT}" is not a port number.`, 'Set PORT to a number between 1 and 65535.');
  }
  // Checked before anything starts or is written (inside `next build`, a bad SITE_URL is a stack trace).
  const siteUrl = checkSiteUrl(process.env.SITE_URL || `http://localhost:${port}`);
  if (process.env.DATABASE_URL) parseDatabaseUrl(process.env.DATABASE_URL);
  await assertPortFree(port);
  const storageKind = mediaStorageKind();
  const data = await ensureWritableDataDir();
  if (storageKind === 'disk' && process.env.MEDIA_DIR) await ensureWritableFolder(mediaDir(), 'MEDIA_DIR');
  const { secret, generated } = await ensureAuthSecret(data);

  let embedded: EmbeddedDatabase | undefined;
  const urlFile = path.join(data, 'database-url');
  let databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl) {
    say(`Database: using DATABASE_URL (${parseDatabaseUrl(databaseUrl).host})`);
    await assertDatabaseReachable(databaseUrl);
  } else {
    say('Database: no DATABASE_URL, so starting the embedded PostgreSQL 17');
    embedded = await startEmbeddedPostgres({ dataDirectory: path.join(data, 'postgres'), onProgress: detail });
    databaseUrl = embedded.url;
    // For psql and `prisma migrate` while Dateline runs: DATABASE_URL=$(cat .data/database-url)
    await fs.writeFile(urlFile, `${databaseUrl}\n`, { mode: 0o600 });
  }

  let shuttingDown = false;
  const shutdown = async (code: number) => {
    if (shuttingDown) return;
    shuttingDown = true;
    if (embedded) {
      detail('stopping PostgreSQL');
      await embedded.stop().catch(() => {});
      await fs.rm(urlFile, { force: true });
    }
    process.exit(code);
  };
  // Until the web server runs, Ctrl-C stops the build if one is running, then the database. (A
  // terminal's Ctrl-C reaches the build too, but a supervisor's SIGTERM reaches only us.) The
  // handlers stay for every signal: an impatient second Ctrl-C must not kill this process by
  // default while PostgreSQL is still stopping, which would leave it running.
  let building: ChildProcess | undefined;
  const earlyStop = () => {
    if (interrupted) return;
    interrupted = true;
    console.log('\nStopping…');
    void (building ? stopChild(building) : Promise.resolve()).finally(() => shutdown(130));
  };
  process.on('SIGINT', earlyStop);
  process.on('SIGTERM', earlyStop);

  try {
    say('Schema and content');
    const prepared = await prepareDatabase(databaseUrl, {
      // Set but empty (`ADMIN_PASSWORD=` in a .env file) means unset: generate one.
      adminEmail: process.env.ADMIN_EMAIL || undefined,
      adminPassword: process.env.ADMIN_PASSWORD || undefined,
      seed: process.env.SEED_DEMO !== 'false',
      log: detail,
    });

    const env = {
      ...process.env,
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: secret,
      AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? 'true',
      NEXT_TELEMETRY_DISABLED: '1',
      SITE_URL: siteUrl,
    };

    if (prepared.admin.created) {
      console.log('');
      console.log(`  First Admin: ${prepared.admin.email}`);
      if (prepared.admin.generatedPassword) {
        console.log(`  Password:    ${prepared.admin.generatedPassword}   (shown once; change it after signing in)`);
      }
      console.log(`  Sign in at http://localhost:${port}/admin`);
      console.log('');
    }

    if (prepareOnly) {
      console.log('Database ready (--prepare-only: not building or serving).');
      await shutdown(0);
      return;
    }

    const build = await ensureProductionBuild({
      root,
      distDir: path.join(root, process.env.NEXT_DIST_DIR ?? '.next'),
      databaseIdentity: await databaseIdentity(databaseUrl),
      siteUrl: env.SITE_URL,
      build: async () => {
        say('Build: building the site for production (a minute or two)');
        const build = launch(localBin('next'), ['build'], { env });
        building = build.child;
        await build.done.finally(() => (building = undefined));
      },
    });
    if (build === 'current') say('Build: the production build is current');

    // Again: something may have taken the port during a build of a minute or two.
    await assertPortFree(port);
    say(`Serving on http://localhost:${port}`);
    if (generated) detail(`generated AUTH_SECRET in ${path.join(data, 'auth-secret')}`);

    const server = spawn(localBin('next'), nextStartArgs(port), { env, stdio: 'inherit' });
    process.off('SIGINT', earlyStop);
    process.off('SIGTERM', earlyStop);
    let stopRequested = false;
    const stop = async () => {
      if (stopRequested) return;
      stopRequested = true;
      console.log('\nStopping…');
      await stopChild(server);
      await shutdown(0);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    const code = await exited(server);
    // next start exits 143 on the SIGTERM we sent it; that is a clean stop, not a failure.
    await shutdown(stopRequested ? 0 : code);
  } catch (error) {
    if (embedded) {
      await embedded.stop().catch(() => {});
      await fs.rm(urlFile, { force: true });
    }
    throw error;
  }
}

main().catch((error: unknown) => {
  if (interrupted) return; // shutdown() is stopping the database and ends the process
  if (error instanceof ConfigurationProblem) {
    console.error(`\nDateline could not start: ${error.message}\n  → ${error.remedy}`);
  } else if (error instanceof MigrationError) {
    console.error(`\nDateline could not start: ${error.message}\n  → Fix the migration or the database, then run npm start again.`);
  } else {
    console.error('\nDateline could not start:', error instanceof Error ? error.message : error);
    if (process.env.DEBUG) console.error(error);
    else console.error('  → Run it again with DEBUG=1 to see where this came from.');
  }
  process.exit(1);
});
