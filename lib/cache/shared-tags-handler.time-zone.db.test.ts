import tagsManifestModule from 'next/dist/server/lib/incremental-cache/tags-manifest.external.js';
import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../db/client';
import handler from './shared-tags-handler.mjs';

const { areTagsExpired, tagsManifest } = tagsManifestModule;

/** A session as a plain client opens it: in the database's default time zone. */
async function withPlainSession<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

// This file's database defaults to UTC+4, as a server set up for its city would: Prisma's UTC
// times then differ from what now() and timestamptz mean in a session that keeps the default.
beforeAll(async () => {
  const name = new URL(process.env.DATABASE_URL!).pathname.slice(1);
  await withPlainSession((client) => client.query(`ALTER DATABASE "${name}" SET timezone = 'Asia/Baku'`));
  expect(await withPlainSession(async (client) => (await client.query('SHOW TimeZone')).rows[0].TimeZone)).toBe('Asia/Baku');
});

describe('cache tags shared between app instances, on a server whose time zone is not UTC', () => {
  it('records the moment this instance expired a tag as the UTC Prisma reads', async () => {
    const before = Date.now();
    await handler.updateTags(['story:51'], { expire: 0 });
    const row = await db.cacheTagRevalidation.findUniqueOrThrow({ where: { tag: 'story:51' } });
    expect(row.revalidatedAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(row.revalidatedAt.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
  });

  it('expires here, at the right moment, what another instance recorded', async () => {
    const cachedAt = Date.now() - 5_000;
    const expiredAt = new Date();
    await db.cacheTagRevalidation.create({ data: { tag: 'story:52', revalidatedAt: expiredAt } });
    await expect.poll(async () => {
      await handler.refreshTags();
      return areTagsExpired(['story:52'], cachedAt);
    }, { timeout: 5_000 }).toBe(true);
    expect(tagsManifest.get('story:52')?.expired).toBe(expiredAt.getTime());
    // Cached after the change: still good.
    expect(areTagsExpired(['story:52'], expiredAt.getTime() + 1)).toBe(false);
  });
});
