import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { ConfigurationProblem } from './problem';

/** Generated secrets are 43 characters; anything much shorter in the file was cut or edited. */
const KEPT_SECRET_MIN_LENGTH = 32;

/**
 * AUTH_SECRET signs session cookies. When it is not configured, one is generated on first start
 * and kept in the data folder, so sessions survive restarts. Several app instances behind a load
 * balancer must share one: set AUTH_SECRET explicitly there.
 */
export async function ensureAuthSecret(dataDirectory: string): Promise<{ secret: string; generated: boolean }> {
  if (process.env.AUTH_SECRET?.trim()) return { secret: process.env.AUTH_SECRET, generated: false };
  const file = path.join(dataDirectory, 'auth-secret');
  if (existsSync(file)) return { secret: readKeptSecret(file), generated: false };
  const secret = randomBytes(32).toString('base64url');
  await fs.mkdir(dataDirectory, { recursive: true });
  await fs.writeFile(file, `${secret}\n`, { mode: 0o600 });
  return { secret, generated: true };
}

/** A damaged file would only surface later, as sign-in failing: refuse it at start instead. */
function readKeptSecret(file: string): string {
  const remedy = `Delete ${file} to have a new one made (everyone signs in again), or set AUTH_SECRET.`;
  let secret: string;
  try {
    secret = readFileSync(file, 'utf8').trim();
  } catch (error) {
    throw new ConfigurationProblem(`The kept session secret ${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}).`, remedy, { cause: error });
  }
  if (secret.length < KEPT_SECRET_MIN_LENGTH) throw new ConfigurationProblem(`The kept session secret ${file} is empty or damaged.`, remedy);
  return secret;
}
