import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '../db/client';
import { DatabaseStorage, LocalDiskStorage } from './storage';
import { copyMedia } from './storage-copy';

let root: string;
beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-copy-'));
});
afterAll(() => fs.rm(root, { recursive: true, force: true }));

const collect = async (keys: AsyncIterable<string>) => {
  const all: string[] = [];
  for await (const key of keys) all.push(key);
  return all.sort();
};

describe('copyMedia', () => {
  it('moves a library from disk into the database and back, byte for byte, and can run again', async () => {
    const disk = new LocalDiskStorage(path.join(root, 'before'));
    const files: Record<string, string> = {
      'images/2026/05/abc/original.jpg': 'master',
      'images/2026/05/abc/w320.webp': 'variant',
      'images/2026/06/def/crop-16x9.webp': 'crop',
    };
    for (const [key, text] of Object.entries(files)) await disk.put(key, Buffer.from(text));
    // A half-written file left by a crash is not a file.
    await fs.writeFile(path.join(root, 'before/images/2026/05/abc/w640.webp.123.tmp'), 'partial');
    const database = new DatabaseStorage(db);

    expect(await copyMedia(disk, database)).toBe(3);
    expect(await copyMedia(disk, database)).toBe(3);
    const copied = (await collect(database.keys())).filter((key) => key in files);
    expect(copied).toEqual(Object.keys(files).sort());

    const after = new LocalDiskStorage(path.join(root, 'after'));
    await copyMedia(database, after);
    expect(await collect(after.keys())).toEqual(expect.arrayContaining(Object.keys(files)));
    for (const [key, text] of Object.entries(files)) expect((await after.get(key))?.toString()).toBe(text);
  });

  it('lists the database page by page, past the size of one page', async () => {
    const database = new DatabaseStorage(db);
    const keys = Array.from({ length: 1203 }, (_, index) => `images/paged/${String(index).padStart(5, '0')}/original.jpg`);
    await db.mediaObject.createMany({ data: keys.map((key) => ({ key, bytes: new Uint8Array([1]) })) });
    expect((await collect(database.keys())).filter((key) => key.startsWith('images/paged/'))).toEqual(keys);
  });

  it('finds nothing to copy from a disk that has no media folder yet', async () => {
    expect(await copyMedia(new LocalDiskStorage(path.join(root, 'never-made')), new DatabaseStorage(db))).toBe(0);
  });
});
