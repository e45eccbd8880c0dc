import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../db/embedded';
import { applyMigrations } from '../db/migrate';
import { databaseUrl, TEMPLATE_DATABASE, withAdminClient } from './database';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseServerUrl: string;
  }
}

/** Starts a throwaway PostgreSQL 17 and migrates the template every integration test clones. */
export default async function setup(project: TestProject) {
  const directory = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-vitest-'));
  await fs.chmod(directory, 0o755);
  const server = await startEmbeddedPostgres({ dataDirectory: path.join(directory, 'postgres'), ephemeral: true });
  const serverUrl = server.urlFor('postgres');
  await withAdminClient(serverUrl, (client) => client.query(`CREATE DATABASE "${TEMPLATE_DATABASE}"`));
  await applyMigrations(databaseUrl(serverUrl, TEMPLATE_DATABASE));
  project.provide('databaseServerUrl', serverUrl);

  return async () => {
    await server.stop();
    await fs.rm(directory, { recursive: true, force: true });
  };
}
