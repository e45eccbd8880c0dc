import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadEnvFiles } from './env-file';

const NAMES = ['DATELINE_ENV_TEST_A', 'DATELINE_ENV_TEST_B', 'DATELINE_ENV_TEST_C', 'DATELINE_ENV_TEST_D'];
const cwd = process.cwd();
let dir: string;

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-env-'));
  process.chdir(dir);
});

afterEach(async () => {
  process.chdir(cwd);
  for (const name of NAMES) delete process.env[name];
  await fs.rm(dir, { recursive: true, force: true });
});

describe('the .env files of a command', () => {
  it('fill in what the environment does not set, .env.local before .env', async () => {
    await fs.writeFile('.env.local', 'DATELINE_ENV_TEST_A=local\n');
    await fs.writeFile('.env', 'DATELINE_ENV_TEST_A=shared\nDATELINE_ENV_TEST_B=shared\nDATELINE_ENV_TEST_C=shared\nDATELINE_ENV_TEST_D=shared\n');
    process.env.DATELINE_ENV_TEST_C = 'environment';
    // Set but empty still counts as set: `DATABASE_URL= npm run user …` uses the embedded database.
    process.env.DATELINE_ENV_TEST_D = '';
    loadEnvFiles();
    expect(NAMES.map((name) => process.env[name])).toEqual(['local', 'shared', 'environment', '']);
  });

  it('are optional', () => {
    expect(() => loadEnvFiles()).not.toThrow();
  });

  it('that cannot be read are a configuration problem, not a stack trace', async () => {
    // A folder where the file should be: unreadable as a file for every user, root included.
    await fs.mkdir('.env');
    expect(() => loadEnvFiles()).toThrow(/^Cannot read \/.*\/\.env\.$/);
  });
});
