import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '../lib/db/client';
import { runScript } from '../lib/testing/run-script';

/** `npm run media:copy` as an operator runs it: the real script, this file's test database, a real folder. */

let mediaDir: string;

beforeAll(async () => {
  mediaDir = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-media-copy-'));
});
afterAll(() => fs.rm(mediaDir, { recursive: true, force: true }));

const runCopy = (args: string[]) => runScript('scripts/media-copy.ts', args, { env: { MEDIA_DIR: mediaDir } });

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
