import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runningServerPid } from './postmaster-pid';

const hasProc = existsSync('/proc/self/comm');

let dir: string;
let pidFile: string;
const started: ChildProcess[] = [];

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-pid-'));
  pidFile = path.join(dir, 'postmaster.pid');
});

afterEach(async () => {
  for (const child of started.splice(0)) child.kill('SIGKILL');
  await fs.rm(dir, { recursive: true, force: true });
});

/** A postmaster.pid as PostgreSQL writes it: the pid, then the data directory, port, … */
const writePidFile = (pid: number | string) => fs.writeFile(pidFile, `${pid}\n${dir}\n1700000000\n5432\n`);

/** A long sleep that /proc names `postgres`, working in `cwd`, as every server process does. */
async function fakePostgres(cwd: string): Promise<number> {
  const bin = path.join(dir, 'bin');
  await fs.mkdir(bin, { recursive: true });
  await fs.symlink(spawnSync('sh', ['-c', 'command -v sleep']).stdout.toString().trim(), path.join(bin, 'postgres'));
  const child = spawn(path.join(bin, 'postgres'), ['60'], { cwd, stdio: 'ignore' });
  started.push(child);
  await expect.poll(() => fs.readFile(`/proc/${child.pid}/comm`, 'utf8').catch(() => '')).toBe('postgres\n');
  return child.pid!;
}

describe('the PostgreSQL running on a data directory, from its postmaster.pid', () => {
  it('is none without the file, or with one whose process has ended (PostgreSQL clears that itself)', async () => {
    expect(runningServerPid(dir)).toBeUndefined();
    const ended = spawnSync(process.execPath, ['-e', '']).pid;
    await writePidFile(ended);
    expect(runningServerPid(dir)).toBeUndefined();
    expect(existsSync(pidFile)).toBe(true);
  });

  it.runIf(hasProc)('is the pid when that process is PostgreSQL', async () => {
    const server = await fakePostgres(dir);
    await writePidFile(server);
    expect(runningServerPid(dir)).toBe(server);
    expect(existsSync(pidFile)).toBe(true);
  });

  it.runIf(hasProc)('is none, and the stale file goes, when the pid now belongs to another program', async () => {
    // After a crash or a container restart: this test's own Node process got the old number.
    await writePidFile(process.pid);
    expect(runningServerPid(dir)).toBeUndefined();
    expect(existsSync(pidFile)).toBe(false);
  });

  it.runIf(hasProc)('keeps the file while a PostgreSQL process still works in the directory', async () => {
    const survivor = await fakePostgres(dir);
    await writePidFile(process.pid);
    expect(runningServerPid(dir)).toBe(survivor);
    expect(existsSync(pidFile)).toBe(true);
  });
});
