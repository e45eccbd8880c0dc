/**
 * `npm test`: everything, from nothing, on real services.
 *
 *   typecheck  next typegen + tsc
 *   lint       eslint
 *   unit       vitest (unit and integration projects; integration tests start their own
 *              throwaway PostgreSQL, see lib/testing)
 *   e2e        a throwaway PostgreSQL with the demo newsroom, a production build in .next-test,
 *              `next start` on a free port, and Playwright in Chromium against it
 *
 * typecheck and lint run side by side; then unit, then e2e.
 * `npm test -- --steps=unit,e2e` runs a subset; arguments after `--` go to Playwright
 * (`npm test -- --steps=e2e -- e2e/article.spec.ts`).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ConfigurationProblem } from '../lib/config/problem';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../lib/db/embedded';
import { findFreePort } from '../lib/db/free-port';
import { databaseIdentity } from '../lib/db/reachability';
import { ensureProductionBuild } from './support/build-fingerprint';
import { findOrInstallChromium } from './support/chromium';
import { prepareDatabase } from './support/prepare-database';
import { localBin, nextStartArgs, onInterrupt, run, stopChild } from './support/processes';

const ALL_STEPS = ['typecheck', 'lint', 'unit', 'e2e'] as const;
type Step = (typeof ALL_STEPS)[number];

const [ownArgs, playwrightArgs] = splitArgs(process.argv.slice(2));
const stepsArg = ownArgs.find((arg) => arg.startsWith('--steps='));
const steps = new Set<Step>(stepsArg ? (stepsArg.slice('--steps='.length).split(',') as Step[]) : ALL_STEPS);
for (const step of steps) if (!ALL_STEPS.includes(step)) throw new Error(`Unknown step ${step}; steps are ${ALL_STEPS.join(', ')}`);

const started = Date.now();
const heading = (title: string) => console.log(`\n━━ ${title} ━━ (${Math.round((Date.now() - started) / 1000)} s)`);
const baseEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

const cleanups: (() => Promise<void>)[] = [];
async function cleanUp() {
  while (cleanups.length) await cleanups.pop()!().catch((error) => console.error('cleanup failed:', error));
}
onInterrupt(cleanUp);

async function main(): Promise<void> {
  const chromium = steps.has('e2e') ? await findOrInstallChromium((message) => console.log(message)) : undefined;

  // Each is single-threaded: on two cores they run side by side. (Seeding the e2e database beside
  // them was tried: it only slowed the unit tests by what it saved.)
  const checks: Promise<void>[] = [];
  if (steps.has('typecheck')) {
    checks.push(run(localBin('next'), ['typegen'], { env: baseEnv }).then(() => run(localBin('tsc'), ['--noEmit', '-p', 'tsconfig.json'], { env: baseEnv })));
  }
  if (steps.has('lint')) checks.push(run(localBin('eslint'), ['--max-warnings=0', '.'], { env: baseEnv }));
  if (checks.length) {
    heading([steps.has('typecheck') && 'typecheck', steps.has('lint') && 'lint'].filter(Boolean).join(' and '));
    await Promise.all(checks);
  }
  if (steps.has('unit')) {
    heading('unit and integration tests (vitest)');
    await run(localBin('vitest'), ['run'], { env: baseEnv });
  }
  if (steps.has('e2e')) await endToEnd(chromium!, await endToEndDatabase());
}

interface EndToEndDatabase {
  database: EmbeddedDatabase;
  env: NodeJS.ProcessEnv & Record<'DATABASE_URL' | 'NEXT_DIST_DIR' | 'ADMIN_EMAIL', string>;
}

/** A throwaway PostgreSQL with the demo newsroom and the first Admin, for the e2e step. */
async function endToEndDatabase(): Promise<EndToEndDatabase> {
  heading('end-to-end: database');
  const directory = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-e2e-'));
  await fs.chmod(directory, 0o755);
  cleanups.push(() => fs.rm(directory, { recursive: true, force: true }));
  const database: EmbeddedDatabase = await startEmbeddedPostgres({
    dataDirectory: path.join(directory, 'postgres'),
    ephemeral: true,
    onProgress: (message) => console.log(message),
  });
  cleanups.push(() => database.stop());

  const adminPassword = 'e2e-admin-password';
  const env = {
    ...baseEnv,
    DATABASE_URL: database.url,
    DATA_DIR: directory,
    MEDIA_DIR: path.join(directory, 'media'),
    AUTH_SECRET: 'e2e-auth-secret-not-for-production-use-0123456789',
    AUTH_TRUST_HOST: 'true',
    NEXT_DIST_DIR: '.next-test',
    // The demo's pictures, drawn once for this run: `npm start` in the start-command spec seeds again.
    SEED_PICTURE_CACHE: path.join(directory, 'seed-pictures'),
    ADMIN_EMAIL: 'admin@example.com',
    ADMIN_PASSWORD: adminPassword,
  };
  // The seed writes its pictures through lib/media in this process. (Every child gets its env.)
  Object.assign(process.env, { MEDIA_DIR: env.MEDIA_DIR, DATA_DIR: env.DATA_DIR, SEED_PICTURE_CACHE: env.SEED_PICTURE_CACHE });
  await fs.mkdir(env.SEED_PICTURE_CACHE);
  await prepareDatabase(database.url, { adminEmail: env.ADMIN_EMAIL, adminPassword, seed: true, log: (m) => console.log(m) });
  return { database, env };
}

async function endToEnd(chromium: string, { database, env }: EndToEndDatabase): Promise<void> {
  // The build already knows the site's address: canonical URLs, sitemaps and feeds prerendered
  // at build time carry it.
  const port = await findFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;

  heading('end-to-end: production build');
  // Built the way npm start builds, so e2e/foundation/start-command.spec.ts finds this build current.
  await ensureProductionBuild({
    root: process.cwd(),
    distDir: path.join(process.cwd(), env.NEXT_DIST_DIR),
    databaseIdentity: await databaseIdentity(database.url),
    siteUrl: baseUrl,
    build: () =>
      run(localBin('next'), ['build'], {
        env: { ...env, SITE_URL: baseUrl, ...(steps.has('typecheck') && { DATELINE_SOURCES_TYPECHECKED: '1' }) },
      }),
  });

  heading('end-to-end: Playwright');
  const server = spawn(localBin('next'), nextStartArgs(port), {
    env: { ...env, SITE_URL: baseUrl },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  cleanups.push(() => stopChild(server));
  await waitForHealthy(`${baseUrl}/api/health`, server);

  await run(localBin('playwright'), ['test', ...playwrightArgs], {
    env: { ...env, SITE_URL: baseUrl, BASE_URL: baseUrl, CHROME_PATH: chromium, TEST_DATABASE_SERVER_URL: database.urlFor('postgres') },
  });
}

async function waitForHealthy(url: string, server: ReturnType<typeof spawn>): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited with code ${server.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer 200 within a minute`);
}

function splitArgs(args: string[]): [string[], string[]] {
  const separator = args.indexOf('--');
  return separator === -1 ? [args, []] : [args.slice(0, separator), args.slice(separator + 1)];
}

main()
  .then(async () => {
    await cleanUp();
    heading('all green');
  })
  .catch(async (error: unknown) => {
    await cleanUp();
    if (error instanceof ConfigurationProblem) console.error(`\n${error.message}\n  → ${error.remedy}`);
    else console.error(`\n${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });

