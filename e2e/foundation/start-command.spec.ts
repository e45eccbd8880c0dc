import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import pg from 'pg';
import { verifyPassword } from '../../lib/auth/password';
import { connectionConfig } from '../../lib/db/connection.mjs';
import { startEmbeddedPostgres } from '../../lib/db/embedded';
import { findFreePort } from '../../lib/db/free-port';
import { scriptCommand } from '../../lib/testing/run-script';

/**
 * `npm start` as a newcomer runs it (scripts/start.ts), against real PostgreSQL: an external
 * DATABASE_URL (the database this e2e run seeded and built against), the embedded database in a
 * fresh DATA_DIR, and the ways configuration goes wrong.
 */


interface Started {
  child: ChildProcess;
  output: () => string;
  exit: Promise<number>;
}

function startCommand(args: string[], env: Record<string, string | undefined>, options: SpawnOptions = {}): Started {
  const [command, commandArgs] = scriptCommand('scripts/start.ts', args);
  const child = spawn(command, commandArgs, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...options,
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  // The exit code once the output has been read to its end: 'exit' can be handled before the last
  // lines waiting in the pipe. A grandchild that outlives the command (it should not) keeps the
  // pipe open, so after five seconds the code is given with the output read so far.
  const exit = new Promise<number>((resolve) => {
    child.on('close', (code) => resolve(code ?? 1));
    child.on('exit', (code) => setTimeout(() => resolve(code ?? 1), 5_000).unref());
  });
  return { child, output: () => output, exit };
}

async function waitFor(started: Started, pattern: RegExp, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!pattern.test(started.output())) {
    if (started.child.exitCode !== null) throw new Error(`exited early:\n${started.output()}`);
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern}:\n${started.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function waitForHttp(url: string, timeoutMs: number): Promise<Response> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await fetch(url, { redirect: 'manual' });
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

/** Processes started, directly or not, by `pid` (Linux /proc), with their command lines. */
async function descendants(pid: number): Promise<{ pid: number; command: string }[]> {
  const parents = new Map<number, number>();
  for (const entry of await fs.readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await fs.readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    // pid (comm) state ppid …; comm may hold spaces and parentheses, so read after the last ')'.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (ppid) parents.set(Number(entry), ppid);
  }
  const found: { pid: number; command: string }[] = [];
  for (const [child] of parents) {
    let ancestor = parents.get(child);
    while (ancestor && ancestor !== pid) ancestor = parents.get(ancestor);
    if (!ancestor) continue;
    const command = (await fs.readFile(`/proc/${child}/cmdline`, 'utf8').catch(() => '')).split('\0').join(' ').trim();
    found.push({ pid: child, command });
  }
  return found;
}

/** Running, not merely a zombie nobody has reaped yet. */
async function isRunning(pid: number): Promise<boolean> {
  const stat = await fs.readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
  return stat !== '' && stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
}

/** The one-line cause and its remedy, and no stack trace. */
function expectPlainProblem(output: string, cause: RegExp) {
  expect(output).toMatch(/Dateline could not start: /);
  expect(output).toMatch(cause);
  expect(output).toMatch(/\n\s+→ \S/);
  expect(output).not.toMatch(/\n\s+at \S+ \(/);
}

test.describe.configure({ mode: 'serial' });

test('with DATABASE_URL it uses that server, finds the build current, serves, and stops cleanly', async () => {
  const port = await findFreePort();
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-start-'));
  const started = startCommand([], { PORT: String(port), DATA_DIR: dataDir });
  try {
    await waitFor(started, /Serving on http:\/\/localhost:\d+/, 90_000);
    const output = started.output();
    expect(output).toContain('Database: using DATABASE_URL');
    expect(output).toContain('schema up to date');
    expect(output).toContain('the production build is current');
    expect(output).not.toContain('demo newsroom');

    const home = await waitForHttp(`http://127.0.0.1:${port}/`, 30_000);
    expect(home.status).toBe(200);
    const html = await home.text();
    const articlePath = /href="(\/[a-z-]+\/[a-z0-9-]+)"/.exec(html)?.[1];
    expect(articlePath).toBeTruthy();
    const article = await fetch(`http://127.0.0.1:${port}${articlePath}`);
    expect(article.status).toBe(200);
    expect(await article.text()).toMatch(/<time[^>]+datetime="\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+04:00"/i);
  } finally {
    started.child.kill('SIGTERM');
  }
  expect(await started.exit).toBe(0);
  await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow();
  await fs.rm(dataDir, { recursive: true, force: true });
});

test('an unreachable DATABASE_URL ends with one clear line', async () => {
  const port = await findFreePort();
  const started = startCommand([], { PORT: String(port), DATABASE_URL: `postgresql://nobody:secret@127.0.0.1:${port}/nothing` });
  expect(await started.exit).toBe(1);
  expectPlainProblem(started.output(), /Cannot use PostgreSQL at 127\.0\.0\.1:\d+\/nothing/);
});

test('a misspelt MEDIA_STORAGE ends with one clear line', async () => {
  const started = startCommand([], { PORT: String(await findFreePort()), MEDIA_STORAGE: 'databse' });
  expect(await started.exit).toBe(1);
  expectPlainProblem(started.output(), /MEDIA_STORAGE "databse" is not a kind of media storage/);
});

test('a port in use ends with one clear line', async () => {
  const blocker = net.createServer().listen(0);
  await new Promise((resolve) => blocker.once('listening', resolve));
  const { port } = blocker.address() as net.AddressInfo;
  try {
    const started = startCommand([], { PORT: String(port) });
    expect(await started.exit).toBe(1);
    expectPlainProblem(started.output(), new RegExp(`Port ${port} is already in use`));
  } finally {
    blocker.close();
  }
});

test('a SITE_URL without a scheme, or with a path, ends with one clear line before anything starts', async () => {
  const cases = [
    ['news.example.com', /SITE_URL "news\.example\.com" is not an absolute http:\/\/ or https:\/\/ address\./],
    ['https://news.example.com/news', /SITE_URL "https:\/\/news\.example\.com\/news" has a path \(\/news\)/],
  ] as const;
  for (const [value, cause] of cases) {
    const started = startCommand([], { PORT: String(await findFreePort()), SITE_URL: value });
    expect(await started.exit).toBe(1);
    expectPlainProblem(started.output(), cause);
    expect(started.output()).toContain('for example SITE_URL=https://news.example.com');
    expect(started.output()).not.toContain('Database:');
  }
});

test('a DATABASE_URL that is no URL ends with one clear line, without the password', async () => {
  // An unencoded # in the password, the usual way to get there.
  const started = startCommand([], { PORT: String(await findFreePort()), DATABASE_URL: 'postgresql://me:pa#ss@127.0.0.1:5432/dateline' });
  expect(await started.exit).toBe(1);
  expectPlainProblem(started.output(), /DATABASE_URL is not a valid URL\./);
  expect(started.output()).toContain('percent-encoded');
  expect(started.output()).not.toContain('pa#ss');
});

test('a port reserved for the administrator ends with one clear line', async () => {
  // Root may listen on port 80: run the command as nobody then. Elsewhere it needs ports below 1024 to be privileged.
  const asRoot = process.getuid?.() === 0;
  const unprivilegedFrom = Number(readFileSync('/proc/sys/net/ipv4/ip_unprivileged_port_start', 'utf8'));
  test.skip(!asRoot && unprivilegedFrom <= 80, 'this user may listen on port 80');
  const started = startCommand([], { PORT: '80' }, asRoot ? { uid: 65534, gid: 65534 } : {});
  expect(await started.exit).toBe(1);
  expectPlainProblem(started.output(), /Port 80 needs administrator privileges to listen on\./);
  expect(started.output()).toMatch(/Choose a PORT of 1024 or above/);
});

test('a data folder that is not a database ends with one clear line', async () => {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-corrupt-'));
  await fs.mkdir(path.join(dataDir, 'postgres'));
  await fs.writeFile(path.join(dataDir, 'postgres', 'garbage'), 'not a database');
  const started = startCommand(['--prepare-only'], { DATABASE_URL: '', DATA_DIR: dataDir, PORT: String(await findFreePort()) });
  expect(await started.exit).toBe(1);
  expectPlainProblem(started.output(), /is not a PostgreSQL data directory/);

  // A damaged version file is named as such, never pasted into the message.
  await fs.writeFile(path.join(dataDir, 'postgres', 'PG_VERSION'), '\0\0\0\0garbage\nmore');
  const damaged = startCommand(['--prepare-only'], { DATABASE_URL: '', DATA_DIR: dataDir, PORT: String(await findFreePort()) });
  expect(await damaged.exit).toBe(1);
  expectPlainProblem(damaged.output(), /is not a valid PostgreSQL data directory \(its PG_VERSION is damaged\)\./);
  expect(damaged.output()).not.toMatch(/\0|garbage/);
  await fs.rm(dataDir, { recursive: true, force: true });
});

test('a DATA_DIR that cannot be written to ends with one clear line naming it', async () => {
  const parent = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-unwritable-'));
  const file = path.join(parent, 'a-file');
  await fs.writeFile(file, 'not a folder');
  for (const dataDir of [file, path.join(file, 'below')]) {
    const started = startCommand(['--prepare-only'], { DATABASE_URL: '', DATA_DIR: dataDir, PORT: String(await findFreePort()) });
    expect(await started.exit).toBe(1);
    expectPlainProblem(started.output(), new RegExp(`DATA_DIR ${dataDir} cannot be written to \\(a file is in the way\\)\\.`));
    expect(started.output()).toContain('or set DATA_DIR to another folder');
  }
  await fs.rm(parent, { recursive: true, force: true });
});

test('without DATABASE_URL it creates, seeds and keeps its own PostgreSQL across restarts; the first Admin’s password is shown once', async () => {
  test.setTimeout(240_000);
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-embedded-'));
  await fs.chmod(dataDir, 0o755);
  // No ADMIN_EMAIL, ADMIN_PASSWORD or AUTH_SECRET: a newcomer's first start.
  const env = {
    DATABASE_URL: '',
    DATA_DIR: dataDir,
    MEDIA_DIR: path.join(dataDir, 'media'),
    PORT: String(await findFreePort()),
    ADMIN_EMAIL: '',
    ADMIN_PASSWORD: '',
    AUTH_SECRET: '',
  };
  try {
    const first = startCommand(['--prepare-only'], env);
    expect(await first.exit, first.output()).toBe(0);
    expect(first.output()).toContain('starting the embedded PostgreSQL 17');
    expect(first.output()).toContain('Creating a new PostgreSQL 17 cluster');
    expect(first.output()).toMatch(/demo newsroom written in [\d.]+ s: \d+ sections, \d+ authors, \d+ published stories/);
    expect(first.output()).toContain('First Admin: admin@example.com');
    const password = /Password: +(\S+) +\(shown once/.exec(first.output())?.[1];
    expect(password, first.output()).toBeTruthy();
    await expect(fs.stat(path.join(dataDir, 'postgres', 'PG_VERSION'))).resolves.toBeTruthy();
    await expect(fs.stat(path.join(dataDir, 'postgres', 'postmaster.pid'))).rejects.toThrow();
    const secretFile = path.join(dataDir, 'auth-secret');
    const secret = await fs.readFile(secretFile, 'utf8');
    expect(secret.trim().length).toBeGreaterThanOrEqual(32);
    expect((await fs.stat(secretFile)).mode & 0o077, 'only the owner may read the secret').toBe(0);

    const second = startCommand(['--prepare-only'], env);
    expect(await second.exit, second.output()).toBe(0);
    expect(second.output()).not.toContain('Creating a new PostgreSQL');
    expect(second.output()).toContain('schema up to date');
    expect(second.output()).not.toContain('demo newsroom');
    // The password was shown once; the Admin and the secret are the same ones.
    expect(second.output()).not.toContain('First Admin');
    expect(second.output()).not.toContain(password!);
    expect(await fs.readFile(secretFile, 'utf8')).toBe(secret);
    await expect(fs.stat(path.join(dataDir, 'postgres', 'postmaster.pid'))).rejects.toThrow();

    // Ctrl-C while the first production build runs, as an impatient newcomer does: the build
    // stops too (a supervisor's SIGINT reaches only npm start, not its children), then
    // PostgreSQL, with nothing reported as a failure. The build goes to a folder of its own.
    const interruptedDist = `.next-interrupted-${path.basename(dataDir)}`;
    const typesReference = await fs.readFile('next-env.d.ts', 'utf8').catch(() => null);
    const third = startCommand([], { ...env, NEXT_DIST_DIR: interruptedDist });
    try {
      await waitFor(third, /Build: building the site for production/, 60_000);
      let build: { pid: number } | undefined;
      await expect
        .poll(async () => (build = (await descendants(third.child.pid!)).find(({ command }) => /\bnext\b.* build$/.test(command))), { timeout: 20_000 })
        .toBeTruthy();
      // Twice, as an impatient newcomer presses it: the second, while stopping, must not cut the
      // shutdown short (and leave PostgreSQL running).
      third.child.kill('SIGINT');
      await waitFor(third, /Stopping…/, 10_000);
      third.child.kill('SIGINT');
      expect(await third.exit, third.output()).toBe(130);
      expect(third.output()).toContain('stopping PostgreSQL');
      expect(third.output()).not.toContain('could not start');
      await expect.poll(() => isRunning(build!.pid), { timeout: 10_000 }).toBe(false);
      await expect(fs.stat(path.join(dataDir, 'postgres', 'postmaster.pid'))).rejects.toThrow();
    } finally {
      third.child.kill('SIGKILL');
      await fs.rm(interruptedDist, { recursive: true, force: true });
      // next build points the generated type references at its folder; give them back.
      if (typesReference !== null) await fs.writeFile('next-env.d.ts', typesReference);
    }

    // The printed password is the Admin's: checked against the stored hash.
    const database = await startEmbeddedPostgres({ dataDirectory: path.join(dataDir, 'postgres') });
    try {
      const client = new pg.Client(connectionConfig(database.url));
      await client.connect();
      const admin = (await client.query<{ role: string; passwordHash: string }>(`SELECT role, "passwordHash" FROM "User" WHERE email = 'admin@example.com'`)).rows[0];
      await client.end();
      expect(admin.role).toBe('ADMIN');
      expect(await verifyPassword(admin.passwordHash, password!)).toBe(true);
    } finally {
      await database.stop();
    }
  } finally {
    await fs.rm(dataDir, { recursive: true, force: true });
  }
});
