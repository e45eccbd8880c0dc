import pg from 'pg';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { db } from './client';
import { connectionConfig } from './connection.mjs';

async function withClient<T>(config: pg.ClientConfig, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(config);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const url = () => process.env.DATABASE_URL!;
const show = (client: pg.Client, setting: string) => client.query(`SHOW ${setting}`).then(({ rows }) => Object.values(rows[0])[0]);

// This file's database defaults to UTC+4, as a server set up for its city would.
beforeAll(async () => {
  const name = new URL(url()).pathname.slice(1);
  await withClient({ connectionString: url() }, (client) => client.query(`ALTER DATABASE "${name}" SET timezone = 'Asia/Baku'`));
  expect(await withClient({ connectionString: url() }, (client) => show(client, 'TimeZone'))).toBe('Asia/Baku');
});

const processZone = process.env.TZ;
afterEach(() => {
  if (processZone === undefined) delete process.env.TZ;
  else process.env.TZ = processZone;
  delete process.env.PGOPTIONS;
});

describe('connections to PostgreSQL', () => {
  it('run their sessions in UTC whatever the database’s default, so now() is what Prisma stores', async () => {
    await withClient(connectionConfig(url()), async (client) => {
      expect(await show(client, 'TimeZone')).toBe('UTC');
      const { rows } = await client.query<{ at: Date }>('SELECT now()::timestamp(3) AS at');
      expect(Math.abs(rows[0].at.getTime() - Date.now())).toBeLessThan(5_000);
    });
    // Prisma's own pool (lib/db/client.ts) too.
    expect(await db.$queryRaw<{ TimeZone: string }[]>`SHOW TimeZone`).toEqual([{ TimeZone: 'UTC' }]);
  });

  it('read a timestamp without time zone as UTC on a machine that is not in UTC', async () => {
    process.env.TZ = 'Asia/Baku';
    const query = 'SELECT $1::timestamp AS at';
    const stored = '2024-01-02 03:04:05.678';
    const [ours, plain] = await Promise.all([
      withClient(connectionConfig(url()), (client) => client.query<{ at: Date }>(query, [stored])),
      withClient({ connectionString: url() }, (client) => client.query<{ at: Date }>(query, [stored])),
    ]);
    expect(ours.rows[0].at.toISOString()).toBe('2024-01-02T03:04:05.678Z');
    // What node-postgres does by default, which is why the setting exists.
    expect(plain.rows[0].at.toISOString()).toBe('2024-01-01T23:04:05.678Z');
  });

  it('keep the options the address or PGOPTIONS already carry', async () => {
    const withOptions = new URL(url());
    withOptions.searchParams.set('options', '-c search_path=elsewhere');
    await withClient(connectionConfig(withOptions.toString()), async (client) => {
      expect(await show(client, 'search_path')).toBe('elsewhere');
      expect(await show(client, 'TimeZone')).toBe('UTC');
    });
    process.env.PGOPTIONS = '-c statement_timeout=4321';
    await withClient(connectionConfig(url()), async (client) => {
      expect(await show(client, 'statement_timeout')).toBe('4321ms');
      expect(await show(client, 'TimeZone')).toBe('UTC');
    });
  });
});
