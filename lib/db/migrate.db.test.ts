import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabaseFromTemplate, databaseUrl, dropDatabase, withAdminClient } from '../testing/database';
import { applyMigrations, MigrationError, readMigrations } from './migrate';

const serverUrl = () => process.env.TEST_DATABASE_SERVER_URL!;
const run = promisify(execFile);

async function emptyDatabase(): Promise<string> {
  const name = `empty_${Math.random().toString(36).slice(2, 10)}`;
  await withAdminClient(serverUrl(), (client) => client.query(`CREATE DATABASE "${name}"`));
  return databaseUrl(serverUrl(), name);
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('migration runner', () => {
  let url: string;
  beforeAll(async () => {
    url = await emptyDatabase();
  });
  afterAll(() => dropDatabase(serverUrl(), url));

  it('applies every migration once and records it the way Prisma does', async () => {
    const first = await applyMigrations(url);
    const migrations = await readMigrations();
    expect(first.applied).toEqual(migrations.map((m) => m.name));

    const rows = await query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }>(
      url,
      'SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name',
    );
    expect(rows.map((row) => [row.migration_name, row.checksum])).toEqual(migrations.map((m) => [m.name, m.checksum]));
    expect(rows.every((row) => row.finished_at instanceof Date && row.applied_steps_count === 1)).toBe(true);

    const second = await applyMigrations(url);
    expect(second).toEqual({ applied: [], alreadyApplied: migrations.length });
  });

  it('folds accents and the Azerbaijani schwa in the generated search vector', async () => {
    const [row] = await query<{ vector: string }>(
      url,
      `SELECT (setweight(to_tsvector('english', dateline_fold('Əliyev visits Şəki')), 'A'))::text AS vector`,
    );
    expect(row.vector).toContain("'aliyev'");
    expect(row.vector).toContain("'saki'");
  });
});

describe('migration runner with a broken or edited migration', () => {
  let dir: string;
  let url: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-migrations-'));
    url = await emptyDatabase();
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
    await dropDatabase(serverUrl(), url);
  });

  async function writeMigration(name: string, sql: string) {
    await fs.mkdir(path.join(dir, name), { recursive: true });
    await fs.writeFile(path.join(dir, name, 'migration.sql'), sql);
  }

  it('rolls a failing migration back whole and leaves no record of it', async () => {
    await writeMigration('001_good', 'CREATE TABLE good (id int);');
    await writeMigration('002_bad', 'CREATE TABLE half (id int);\nSELECT * FROM no_such_table;');
    await expect(applyMigrations(url, { dir })).rejects.toThrow(/002_bad failed and was rolled back/);

    const tables = await query<{ table_name: string }>(url, `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`);
    expect(tables.map((t) => t.table_name).sort()).toEqual(['_prisma_migrations', 'good']);
    const recorded = await query<{ migration_name: string }>(url, 'SELECT migration_name FROM "_prisma_migrations"');
    expect(recorded.map((r) => r.migration_name)).toEqual(['001_good']);
  });

  it('refuses to run when an applied migration was edited afterwards', async () => {
    await fs.rm(path.join(dir, '002_bad'), { recursive: true });
    await writeMigration('001_good', 'CREATE TABLE good (id int, edited int);');
    const failure = await applyMigrations(url, { dir }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(MigrationError);
    expect((failure as MigrationError).message).toMatch(/001_good was edited after it was applied/);
  });
});

// The stand-in for Prisma's native schema engine (see ../shared/tools/README.md). Where it is
// missing, Prisma's CLI cannot run at all, so these checks cannot either.
const schemaEngine = path.resolve(process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? path.join(process.cwd(), '..', 'shared', 'tools', 'prisma-schema-engine.mjs'));
const prisma = path.join(process.cwd(), 'node_modules', '.bin', 'prisma');

describe.runIf(existsSync(schemaEngine))('Prisma CLI agrees with the runner', () => {
  let url: string;
  beforeAll(async () => {
    url = await createDatabaseFromTemplate(serverUrl(), 'prisma');
  });
  afterAll(() => dropDatabase(serverUrl(), url));

  const cli = (args: string[]) =>
    run(prisma, args, { env: { ...process.env, DATABASE_URL: url, PRISMA_SCHEMA_ENGINE_BINARY: schemaEngine, PRISMA_HIDE_UPDATE_MESSAGE: '1' } });

  it('prisma migrate status reports the runner-migrated database as up to date', async () => {
    const { stdout } = await cli(['migrate', 'status']);
    expect(stdout).toContain('Database schema is up to date');
  }, 60_000);

  it('schema.prisma and the migrations describe the same database (no drift)', async () => {
    const { stdout } = await cli(['migrate', 'diff', '--from-migrations', 'prisma/migrations', '--to-schema', 'prisma/schema.prisma', '--exit-code']);
    expect(stdout).toContain('No difference detected');
  }, 60_000);
});
