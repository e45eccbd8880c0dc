import tagsManifestModule from 'next/dist/server/lib/incremental-cache/tags-manifest.external.js';
import { describe, expect, it } from 'vitest';
import { db } from '../db/client';
import handler from './shared-tags-handler.mjs';

const { areTagsExpired } = tagsManifestModule;

describe('cache tags shared between app instances', () => {
  it('records the tags this instance expires, for the others', async () => {
    const before = new Date();
    await handler.updateTags(['story:41', 'story-lists'], { expire: 0 });
    const rows = await db.cacheTagRevalidation.findMany({ where: { tag: { in: ['story:41', 'story-lists'] } } });
    expect(rows.map((row) => row.tag).sort()).toEqual(['story-lists', 'story:41']);
    for (const row of rows) expect(row.revalidatedAt.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
  });

  it('expires here what another instance expired, and only what was cached before', async () => {
    const cachedAt = Date.now() - 5_000;
    expect(areTagsExpired(['story:42'], cachedAt)).toBe(false);
    // Another instance's revalidateTag, as its handler records it.
    await db.cacheTagRevalidation.create({ data: { tag: 'story:42', revalidatedAt: new Date() } });
    await expect.poll(async () => {
      await handler.refreshTags();
      return areTagsExpired(['story:42'], cachedAt);
    }, { timeout: 5_000 }).toBe(true);
    // Rendered after the change: still good.
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(areTagsExpired(['story:42'], Date.now())).toBe(false);
    expect(areTagsExpired(['story:43'], cachedAt)).toBe(false);
  });
});
