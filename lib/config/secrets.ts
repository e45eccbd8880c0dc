import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * AUTH_SECRET signs session cookies. When it is not configured, one is generated on first start
 * and kept in the data folder, so sessions survive restarts. Several app instances behind a load
 * balancer must share one: set AUTH_SECRET explicitly there.
 */
export async function ensureAuthSecret(dataDirectory: string): Promise<{ secret: string; generated: boolean }> {
  if (process.env.AUTH_SECRET) return { secret: process.env.AUTH_SECRET, generated: false };
  const file = path.join(dataDirectory, 'auth-secret');
  if (existsSync(file)) return { secret: readFileSync(file, 'utf8').trim(), generated: false };
  const secret = randomBytes(32).toString('base64url');
  await fs.mkdir(dataDirectory, { recursive: true });
  await fs.writeFile(file, `${secret}\n`, { mode: 0o600 });
  return { secret, generated: true };
}
