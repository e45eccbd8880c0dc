import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { dataDir } from './paths';
import { ConfigurationProblem } from './problem';

/** What Node's error codes mean for a folder someone configured. */
const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'not permitted',
  EROFS: 'read-only file system',
  // A read-only mount also answers mkdir with ENOENT.
  ENOENT: 'it cannot be created there',
  EEXIST: 'a file is in the way',
  ENOTDIR: 'a file is in the way',
  ENOSPC: 'the disk is full',
};

/**
 * Makes sure the folder `variable` (DATA_DIR, MEDIA_DIR) chose exists and this process can write
 * in it, by writing and removing a small file, before anything is started or kept there. Node's
 * own errors name a system call (`EACCES: permission denied, mkdir …`), not the setting to change.
 */
export async function ensureWritableFolder(dir: string, variable: string): Promise<void> {
  const probe = path.join(dir, `.write-check-${randomBytes(4).toString('hex')}`);
  try {
    await fs.mkdir(dir, { recursive: true });
    await fs.writeFile(probe, '');
    await fs.rm(probe);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new ConfigurationProblem(
      `${variable} ${dir} cannot be written to (${REASONS[code] ?? (code || 'unknown error')}).`,
      `Make it a folder the user running Dateline can write to, or set ${variable} to another folder.`,
      { cause: error },
    );
  }
}

/** The data folder (DATA_DIR, default ./.data), checked as ensureWritableFolder does. */
export async function ensureWritableDataDir(): Promise<string> {
  const dir = dataDir();
  await ensureWritableFolder(dir, process.env.DATA_DIR ? 'DATA_DIR' : 'The data folder');
  return dir;
}
