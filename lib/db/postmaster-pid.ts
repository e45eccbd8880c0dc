import { readdirSync, readFileSync, readlinkSync, realpathSync, rmSync } from 'node:fs';
import path from 'node:path';

/**
 * Whether a PostgreSQL server runs on the data directory `dir`, from its postmaster.pid.
 *
 * After a crash or a container restart the file outlives its server, and its pid may by now
 * belong to another process. PostgreSQL refuses to start over a pid file whose process is alive,
 * so when Linux's /proc shows that process is not PostgreSQL, and no PostgreSQL process is still
 * working in `dir`, the stale file is removed. Without /proc any live process counts as the server.
 * A pid nobody has any more is left to PostgreSQL, which clears such a file itself.
 *
 * Returns the running server's pid, or undefined.
 */
export function runningServerPid(dir: string): number | undefined {
  const file = path.join(dir, 'postmaster.pid');
  let pid: number;
  try {
    pid = Number(readFileSync(file, 'utf8').split('\n')[0]);
  } catch {
    return undefined;
  }
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return undefined;
  const name = processName(pid);
  if (name === undefined || name === 'postgres') return pid;
  const survivor = postgresWorkingIn(dir);
  if (survivor !== undefined) return survivor;
  rmSync(file, { force: true });
  return undefined;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The process's executable name (`postgres` for every PostgreSQL process), '' when it has just ended, undefined when /proc cannot tell. */
function processName(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch (error) {
    const gone = (error as NodeJS.ErrnoException).code === 'ENOENT' && procAvailable();
    return gone ? '' : undefined;
  }
}

function procAvailable(): boolean {
  try {
    readFileSync('/proc/self/comm');
    return true;
  } catch {
    return false;
  }
}

/**
 * A PostgreSQL process whose working directory is `dir` (every server process works in its data
 * directory): a backend left running by a killed server still uses the cluster's shared memory.
 * Another user's processes, whose working directory /proc keeps from us, are skipped: the server
 * runs as this user (or, under root, as `postgres`, which root can see).
 */
function postgresWorkingIn(dir: string): number | undefined {
  let target: string;
  try {
    target = realpathSync(dir);
  } catch {
    return undefined;
  }
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === 'postgres' && readlinkSync(`/proc/${entry}/cwd`) === target) return Number(entry);
    } catch {
      // ended meanwhile, or another user's
    }
  }
  return undefined;
}
