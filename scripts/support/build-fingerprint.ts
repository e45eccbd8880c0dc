import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * A production build is current when it was made from these sources, this lockfile, this
 * database (Cache Components prerender pages from the data present at build time) and this
 * SITE_URL (canonical URLs, sitemaps and feeds prerendered at build time carry it).
 */
const SOURCES = ['app', 'components', 'lib', 'public', 'prisma/schema.prisma', 'proxy.ts', 'instrumentation.ts',
  'next.config.js', 'postcss.config.mjs', 'tsconfig.json', 'package-lock.json'];
const IGNORED = new Set(['node_modules', 'generated', '.DS_Store']);
const STAMP_FILE = 'dateline-build.json';

export async function sourceFingerprint(root: string, databaseIdentity: string, siteUrl = ''): Promise<string> {
  const hash = createHash('sha256');
  hash.update(`database:${databaseIdentity}\n`);
  if (siteUrl) hash.update(`site:${siteUrl}\n`);
  for (const entry of SOURCES) {
    const full = path.join(root, entry);
    if (!existsSync(full)) continue;
    for (const file of await listFiles(full)) {
      hash.update(`${path.relative(root, file)}\n`);
      hash.update(await fs.readFile(file));
    }
  }
  return hash.digest('hex');
}

async function listFiles(target: string): Promise<string[]> {
  const stat = await fs.stat(target);
  if (stat.isFile()) return [target];
  const files: string[] = [];
  for (const entry of (await fs.readdir(target, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    if (IGNORED.has(entry.name) || entry.name.endsWith('.test.ts') || entry.name.endsWith('.test.tsx')) continue;
    const full = path.join(target, entry.name);
    files.push(...(entry.isDirectory() ? await listFiles(full) : [full]));
  }
  return files;
}

export async function isBuildCurrent(distDir: string, fingerprint: string): Promise<boolean> {
  if (!existsSync(path.join(distDir, 'BUILD_ID'))) return false;
  try {
    const stamp = JSON.parse(await fs.readFile(path.join(distDir, STAMP_FILE), 'utf8')) as { fingerprint?: string };
    return stamp.fingerprint === fingerprint;
  } catch {
    return false;
  }
}

export async function recordBuild(distDir: string, fingerprint: string): Promise<void> {
  await fs.writeFile(path.join(distDir, STAMP_FILE), JSON.stringify({ fingerprint, builtAt: new Date().toISOString() }));
}

/**
 * Builds with `next build` unless `distDir` already holds a build of these sources made against
 * this database. Returns whether it built.
 */
export async function ensureProductionBuild(options: {
  root: string;
  distDir: string;
  databaseIdentity: string;
  siteUrl?: string;
  build: () => Promise<void>;
}): Promise<'current' | 'built'> {
  const fingerprint = await sourceFingerprint(options.root, options.databaseIdentity, options.siteUrl);
  if (await isBuildCurrent(options.distDir, fingerprint)) return 'current';
  await options.build();
  await recordBuild(options.distDir, fingerprint);
  return 'built';
}
