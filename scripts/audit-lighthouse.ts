/**
 * `npm run audit:lighthouse`: Lighthouse's SEO audit on the home page, a story, a gallery and a
 * section page, in Debian's Chromium. Every page must score 100; the command exits non-zero and
 * names the failing audits otherwise. Not part of `npm test` (a full Lighthouse run per page is
 * slow); run it before a release or after changing page metadata.
 *
 *   npm run audit:lighthouse                          builds and serves the demo newsroom the way
 *                                                     `npm test` does (throwaway PostgreSQL,
 *                                                     production build in .next-test)
 *   BASE_URL=http://localhost:3000 npm run audit:lighthouse   audits a site that is already running
 *
 * Chromium is the one `npm test` uses (scripts/support/chromium.ts), started with the flags in
 * playwright.config.ts and a fresh profile each run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import lighthouse from 'lighthouse';
import playwrightConfig from '../playwright.config';
import { ConfigurationProblem } from '../lib/config/problem';
import { startEmbeddedPostgres } from '../lib/db/embedded';
import { findFreePort } from '../lib/db/free-port';
import { databaseIdentity } from '../lib/db/reachability';
import { ensureProductionBuild } from './support/build-fingerprint';
import { findOrInstallChromium } from './support/chromium';
import { prepareDatabase } from './support/prepare-database';
import { localBin, nextStartArgs, onInterrupt, run, stopChild } from './support/processes';

const REQUIRED_SCORE = 1;

const cleanups: (() => Promise<void>)[] = [];
async function cleanUp(): Promise<void> {
  while (cleanups.length) {
    const cleanup = cleanups.pop();
    await cleanup?.().catch((error) => console.error('cleanup failed:', error));
  }
}
onInterrupt(cleanUp);

async function main(): Promise<number> {
  const chromiumPath = await findOrInstallChromium((message) => console.log(message));
  const baseUrl = process.env.BASE_URL?.replace(/\/+$/, '') ?? (await serveDemoNewsroom());
  const pages = await pagesToAudit(baseUrl);
  const chrome = await launchChromium(chromiumPath);

  let failed = false;
  for (const [label, url] of pages) {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['seo'] });
    const category = result?.lhr.categories.seo;
    if (!result || !category) throw new Error(`Lighthouse returned no SEO result for ${url}`);
    if (result.lhr.runtimeError) {
      failed = true;
      console.log(`✗ SEO –    ${label.padEnd(8)} ${url}\n    ✗ ${result.lhr.runtimeError.message}`);
      continue;
    }
    const score = category.score ?? 0;
    console.log(`${score >= REQUIRED_SCORE ? '✓' : '✗'} SEO ${Math.round(score * 100)}  ${label.padEnd(8)} ${url}`);
    for (const ref of category.auditRefs) {
      const audit = result.lhr.audits[ref.id];
      if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
        failed = true;
        console.log(`    ✗ ${audit.id}: ${audit.title}${audit.explanation ? ` — ${audit.explanation}` : ''}`);
        for (const item of detailItems(audit.details)) console.log(`        ${item}`);
      }
    }
    if (score < REQUIRED_SCORE) failed = true;
  }
  console.log(failed ? '\nSEO audit failed: every page must score 100.' : '\nSEO 100 on every audited page.');
  return failed ? 1 : 0;
}

/** A throwaway PostgreSQL with the demo newsroom, a production build and `next start`, like `npm test`. */
async function serveDemoNewsroom(): Promise<string> {
  const directory = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-lighthouse-'));
  await fs.chmod(directory, 0o755);
  cleanups.push(() => fs.rm(directory, { recursive: true, force: true }));
  const database = await startEmbeddedPostgres({ dataDirectory: path.join(directory, 'postgres'), ephemeral: true, onProgress: (m) => console.log(m) });
  cleanups.push(() => database.stop());

  const port = await findFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URL: database.url,
    DATA_DIR: directory,
    MEDIA_DIR: path.join(directory, 'media'),
    AUTH_SECRET: 'lighthouse-auth-secret-not-for-production-use-0123456789',
    AUTH_TRUST_HOST: 'true',
    NEXT_DIST_DIR: '.next-test',
    SITE_URL: baseUrl,
  };
  Object.assign(process.env, { MEDIA_DIR: env.MEDIA_DIR, DATA_DIR: env.DATA_DIR });
  await prepareDatabase(database.url, { seed: true, log: (m) => console.log(m) });
  await ensureProductionBuild({
    root: process.cwd(),
    distDir: path.join(process.cwd(), env.NEXT_DIST_DIR),
    databaseIdentity: await databaseIdentity(database.url),
    siteUrl: baseUrl,
    build: () => run(localBin('next'), ['build'], { env }),
  });
  const server = spawn(localBin('next'), nextStartArgs(port), { env, stdio: ['ignore', 'inherit', 'inherit'] });
  cleanups.push(() => stopChild(server));
  await waitForHealthy(`${baseUrl}/api/health`, server);
  return baseUrl;
}

async function waitForHealthy(url: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited with code ${server.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer 200 within a minute`);
}

const xml = new XMLParser({ isArray: (name) => name === 'url' || name === 'sitemap' });

async function locs(url: string, kind: 'urlset' | 'sitemapindex'): Promise<string[]> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  const parsed = xml.parse(await response.text());
  return (parsed[kind]?.[kind === 'urlset' ? 'url' : 'sitemap'] ?? []).map((entry: { loc: string }) => entry.loc);
}

/** Home, and the first story, gallery and section the site's own sitemaps list. */
async function pagesToAudit(baseUrl: string): Promise<[string, string][]> {
  // Sitemap URLs carry SITE_URL; fetch and audit them where the site actually answers.
  const here = (url: string) => `${baseUrl}${new URL(url).pathname}`;
  const children = await locs(`${baseUrl}/sitemap.xml`, 'sitemapindex');
  const first = async (pattern: RegExp, pick: (urls: string[]) => string | undefined) => {
    for (const child of children.filter((url) => pattern.test(new URL(url).pathname))) {
      const found = pick(await locs(here(child), 'urlset'));
      if (found) return found;
    }
    throw new ConfigurationProblem(`The sitemaps of ${baseUrl} list no page matching ${pattern}.`, 'Audit a site with published stories, a gallery and sections (the demo newsroom has them).');
  };
  const site = await first(/\/site\.xml$/, (urls) => urls.find((url) => /^\/[^/]+$/.test(new URL(url).pathname) && new URL(url).pathname !== '/latest'));
  const story = await first(/\/stories-/, (urls) => urls[0]);
  const gallery = await first(/\/galleries-/, (urls) => urls[0]);
  return [
    ['home', `${baseUrl}/`],
    ['story', here(story)],
    ['gallery', here(gallery)],
    ['section', here(site)],
  ];
}

async function launchChromium(executable: string): Promise<{ port: number }> {
  const profile = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-lighthouse-profile-'));
  cleanups.push(() => fs.rm(profile, { recursive: true, force: true }));
  const flags = playwrightConfig.use?.launchOptions?.args ?? [];
  const chrome = spawn(executable, [...flags, '--headless=new', '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  cleanups.push(() => stopChild(chrome, 5_000));
  const port = await new Promise<number>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not open its DevTools port:\n${output}`)), 30_000);
    chrome.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    chrome.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited with code ${code}:\n${output}`));
    });
  });
  return { port };
}

/** A few readable lines from an audit's failing items (the element or URL at fault). */
function detailItems(details: unknown): string[] {
  const items = (details as { items?: Record<string, unknown>[] } | undefined)?.items ?? [];
  return items.slice(0, 5).map((item) => {
    const node = item.node as { snippet?: string } | undefined;
    return String(node?.snippet ?? item.href ?? item.url ?? item.source ?? JSON.stringify(item)).slice(0, 200);
  });
}

main()
  .then(async (code) => {
    await cleanUp();
    process.exit(code);
  })
  .catch(async (error: unknown) => {
    await cleanUp();
    if (error instanceof ConfigurationProblem) console.error(`\n${error.message}\n  → ${error.remedy}`);
    else console.error(`\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  });
