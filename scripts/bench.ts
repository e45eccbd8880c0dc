/**
 * `npm run bench`: how fast and how lean the reader site is, measured rather than asserted.
 *
 * Without BASE_URL it builds its own world the way the tests do: a throwaway PostgreSQL with the
 * demo newsroom (plus `--archive N` synthetic stories, default 20000, so queries face a real
 * table), a production build in .next-bench, `next start`. Then, for each page kind, it sends
 * requests from `--concurrency` parallel clients for `--seconds` and prints throughput, latency
 * percentiles and the server's resident memory. With BASE_URL it measures that site instead.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startEmbeddedPostgres } from '../lib/db/embedded';
import { findFreePort } from '../lib/db/free-port';
import { prepareDatabase } from './support/prepare-database';
import { localBin, nextStartArgs, run, stopChild } from './support/processes';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    concurrency: { type: 'string', default: '8' },
    archive: { type: 'string', default: '20000' },
  },
});
const seconds = Number(values.seconds);
const concurrency = Number(values.concurrency);

interface Result {
  name: string;
  requests: number;
  errors: number;
  latencies: number[];
  durationMs: number;
}

/** A page, or for uncached work a different address each request (the nth). */
type Target = string | ((n: number) => string);

async function measure(name: string, target: Target): Promise<Result> {
  // Warm the caches first: the benchmark is about serving, not the first render. Targets that
  // vary per request measure the work no cache saves.
  if (typeof target === 'string') for (let i = 0; i < 3; i++) await fetch(target).then((response) => response.arrayBuffer());
  let sentCount = 0;
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        const sent = performance.now();
        const url = typeof target === 'string' ? target : target(sentCount++);
        try {
          const response = await fetch(url);
          await response.arrayBuffer();
          if (!response.ok) errors++;
        } catch {
          errors++;
        }
        latencies.push(performance.now() - sent);
      }
    }),
  );
  return { name, requests: latencies.length, errors, latencies: latencies.sort((a, b) => a - b), durationMs: performance.now() - started };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

async function residentMemoryMb(pid: number | undefined): Promise<string> {
  if (!pid) return 'n/a';
  try {
    // next start runs the server in a child process; sum the tree's resident memory.
    const status = await fs.readFile(`/proc/${pid}/status`, 'utf8');
    const own = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    const children = (await fs.readFile(`/proc/${pid}/task/${pid}/children`, 'utf8').catch(() => '')).split(/\s+/).filter(Boolean);
    let total = own;
    for (const child of children) {
      const childStatus = await fs.readFile(`/proc/${child}/status`, 'utf8').catch(() => '');
      total += Number(/VmRSS:\s+(\d+)/.exec(childStatus)?.[1] ?? 0);
    }
    return `${Math.round(total / 1024)} MB`;
  } catch {
    return 'n/a';
  }
}

async function main() {
  const cleanups: (() => Promise<void>)[] = [];
  let baseUrl = process.env.BASE_URL;
  let serverPid: number | undefined;
  try {
    if (!baseUrl) {
      const directory = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-bench-'));
      await fs.chmod(directory, 0o755);
      cleanups.push(() => fs.rm(directory, { recursive: true, force: true }));
      const database = await startEmbeddedPostgres({ dataDirectory: path.join(directory, 'postgres'), ephemeral: true, onProgress: console.log });
      cleanups.push(() => database.stop());
      const env = {
        ...process.env,
        NEXT_TELEMETRY_DISABLED: '1',
        DATABASE_URL: database.url,
        DATA_DIR: directory,
        MEDIA_DIR: path.join(directory, 'media'),
        AUTH_SECRET: 'bench-secret-0123456789-0123456789-0123456789',
        NEXT_DIST_DIR: '.next-bench',
      };
      Object.assign(process.env, { MEDIA_DIR: env.MEDIA_DIR, DATA_DIR: env.DATA_DIR });
      await prepareDatabase(database.url, { seed: true, log: console.log });
      if (Number(values.archive) > 0) {
        await run(process.execPath, ['--import', 'tsx', 'scripts/seed-bulk.ts', '--articles', String(values.archive)], { env });
      }
      await run(localBin('next'), ['build'], { env });
      const port = await findFreePort();
      baseUrl = `http://127.0.0.1:${port}`;
      const server = spawn(localBin('next'), nextStartArgs(port), { env: { ...env, SITE_URL: baseUrl }, stdio: 'ignore' });
      serverPid = server.pid;
      cleanups.push(() => stopChild(server));
      for (let attempt = 0; attempt < 240; attempt++) {
        if (await fetch(`${baseUrl}/api/health`).then((r) => r.ok, () => false)) break;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }

    const home = await (await fetch(`${baseUrl}/`)).text();
    const articlePath = /href="(\/[a-z0-9-]+\/[a-z0-9-]+)"/.exec(home)?.[1];
    const targets: [string, Target][] = [
      ['home', '/'],
      ['article', articlePath ?? '/'],
      ['latest', '/latest'],
      ['search', '/search?q=budget%20committee'],
      ['health', '/api/health'],
      // Deep listing pages, 400 of them in turn (each rendered on its first visit; every visit runs
      // the proxy's page check), and an uncached search for a word most stories hold (the
      // left-out word changes nothing found, only the cache key).
      ['deep page', (n) => `/latest/page/${2 + (n % 400)}`],
      ['search*', (n) => `/search?q=council%20-nothing${n}`],
    ];

    console.log(`\n${concurrency} clients, ${seconds} s per page, against ${baseUrl}\n`);
    console.log('page       req/s   p50 ms   p95 ms   p99 ms   errors');
    for (const [name, target] of targets) {
      const result = await measure(name, typeof target === 'string' ? `${baseUrl}${target}` : (n) => `${baseUrl}${target(n)}`);
      const rate = result.requests / (result.durationMs / 1000);
      console.log(
        `${name.padEnd(9)} ${rate.toFixed(0).padStart(6)} ${percentile(result.latencies, 50).toFixed(1).padStart(8)} ${percentile(result.latencies, 95).toFixed(1).padStart(8)} ${percentile(result.latencies, 99).toFixed(1).padStart(8)} ${String(result.errors).padStart(8)}`,
      );
    }
    console.log(`\nserver resident memory after the run: ${await residentMemoryMb(serverPid)}`);
  } finally {
    while (cleanups.length) await cleanups.pop()!().catch(() => {});
  }
}

main().catch((error: unknown) => {
  console.error('bench failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
