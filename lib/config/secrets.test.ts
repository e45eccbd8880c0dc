import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigurationProblem } from './problem';
import { ensureAuthSecret } from './secrets';

let data: string;
const made: string[] = [];
const configured = process.env.AUTH_SECRET;

beforeEach(() => {
  data = scratchFolder();
  delete process.env.AUTH_SECRET;
});
afterEach(() => {
  for (const folder of made.splice(0)) rmSync(folder, { recursive: true, force: true });
  if (configured === undefined) delete process.env.AUTH_SECRET;
  else process.env.AUTH_SECRET = configured;
});

function scratchFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'dateline-secret-'));
  made.push(folder);
  return folder;
}

describe('the session secret', () => {
  it('is generated once into the data folder and read back on the next start', async () => {
    const first = await ensureAuthSecret(data);
    expect(first.generated).toBe(true);
    expect(first.secret).toHaveLength(43);
    expect(readFileSync(path.join(data, 'auth-secret'), 'utf8')).toBe(`${first.secret}\n`);
    expect(await ensureAuthSecret(data)).toEqual({ secret: first.secret, generated: false });
  });

  it('comes from AUTH_SECRET when set, and a blank one counts as unset', async () => {
    process.env.AUTH_SECRET = 'configured-secret-of-the-deployment';
    expect(await ensureAuthSecret(data)).toEqual({ secret: 'configured-secret-of-the-deployment', generated: false });
    process.env.AUTH_SECRET = '  ';
    expect((await ensureAuthSecret(data)).generated).toBe(true);
  });

  it('refuses an emptied or unreadable kept secret with what to do', async () => {
    writeFileSync(path.join(data, 'auth-secret'), '\n');
    const empty = await ensureAuthSecret(data).catch((error: unknown) => error);
    expect(empty).toBeInstanceOf(ConfigurationProblem);
    expect((empty as ConfigurationProblem).message).toMatch(/auth-secret is empty or damaged/);
    expect((empty as ConfigurationProblem).remedy).toMatch(/^Delete .*auth-secret to have a new one made/);

    const other = scratchFolder();
    mkdirSync(path.join(other, 'auth-secret'));
    const unreadable = await ensureAuthSecret(other).catch((error: unknown) => error);
    expect((unreadable as ConfigurationProblem).message).toMatch(/auth-secret cannot be read \(EISDIR\)/);
  });
});
