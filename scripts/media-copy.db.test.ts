import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '../lib/db/client';

/** `npm run media:copy` as an operator runs it: the real script, this file's test database, a real folder. */

const root = path.resolve(import.meta.dirname, '..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
let mediaDir: string;

beforeAll(async () => {
  mediaDir = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-media-copy-'));
});
afterAll(() => fs.rm(mediaDir, { recursive: true, force: true }));

function runCopy(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, ['scripts/media-copy.ts', ...args], { cwd: root, env: { ...process.env, MEDIA_DIR: mediaDir }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('npm run media:copy', () => {
  it('copies the pictures on disk into the database and says what to do next', async () => {
    await fs.mkdir(path.join(mediaDir, 'images/2026/07/ghi'), { recursive: true });
    await fs.writeFile(path.join(mediaDir, 'images/2026/07/ghi/original.jpg'), 'master');
    await fs.writeFile(path.join(mediaDir, 'images/2026/07/ghi/w320.webp'), 'variant');

    const run = await runCopy(['--to', 'database']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Copied 2 files. Now set MEDIA_STORAGE=database and restart Dateline.');
    const row = await db.mediaObject.findUniqueOrThrow({ where: { key: 'images/2026/07/ghi/w320.webp' } });
    expect(Buffer.from(row.bytes).toString()).toBe('variant');
  });

  it('explains itself when it is not told where to', async () => {
    const run = await runCopy(['--to', 's3']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('npm run media:copy -- --to database');
  });
});
