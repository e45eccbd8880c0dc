import fs from 'node:fs/promises';
import path from 'node:path';
import { mediaDir } from '../config/paths';
import { ConfigurationProblem } from '../config/problem';
import { getDb, type PrismaClient } from '../db/client';

/**
 * Where image bytes live (MEDIA_STORAGE): local disk under MEDIA_DIR by default, or the
 * database, so app instances behind a load balancer need nothing shared but PostgreSQL. An
 * object store later only needs another implementation of this interface.
 */
export interface MediaStorage {
  put(key: string, data: Buffer): Promise<void>;
  /** The bytes, or null when nothing is stored under `key`. */
  get(key: string): Promise<Buffer | null>;
  /** Removes `key` and everything stored beneath it (`key/…`). */
  remove(key: string): Promise<void>;
  /** Every key that holds a file, in no promised order (for copying between kinds). */
  keys(): AsyncIterable<string>;
}

const SAFE_KEY = /^[a-z0-9][a-z0-9._-]*(\/[a-z0-9][a-z0-9._-]*)*$/i;

export function assertSafeKey(key: string): void {
  if (!SAFE_KEY.test(key) || key.split('/').some((part) => part === '..' || part === '.')) {
    throw new Error(`Invalid media key: ${key}`);
  }
}

export class LocalDiskStorage implements MediaStorage {
  constructor(private readonly root: string) {}

  private resolve(key: string): string {
    assertSafeKey(key);
    return path.join(this.root, key);
  }

  async put(key: string, data: Buffer): Promise<void> {
    const file = this.resolve(key);
    await fs.mkdir(path.dirname(file), { recursive: true });
    // Write then rename, so a reader never sees half a file.
    const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
    await fs.writeFile(temporary, data);
    await fs.rename(temporary, file);
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return await fs.readFile(this.resolve(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'EISDIR') return null;
      throw error;
    }
  }

  async remove(key: string): Promise<void> {
    await fs.rm(this.resolve(key), { recursive: true, force: true });
  }

  async *keys(): AsyncIterable<string> {
    let entries;
    try {
      entries = await fs.readdir(this.root, { recursive: true, withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    for (const entry of entries) {
      if (!entry.isFile() || entry.name.endsWith('.tmp')) continue;
      const key = path.relative(this.root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
      if (SAFE_KEY.test(key)) yield key;
    }
  }
}

/**
 * Files as rows of "MediaObject". Images are compressed already, so the migration stores the
 * column uncompressed (STORAGE EXTERNAL); a write replaces the row whole, so a reader never sees
 * half a file here either.
 */
export class DatabaseStorage implements MediaStorage {
  constructor(private readonly db: PrismaClient = getDb()) {}

  async put(key: string, data: Buffer): Promise<void> {
    assertSafeKey(key);
    // Prisma's Bytes is a Uint8Array over a plain ArrayBuffer; a Buffer may sit on a shared pool.
    const bytes = new Uint8Array(data);
    await this.db.mediaObject.upsert({ where: { key }, create: { key, bytes }, update: { bytes } });
  }

  async get(key: string): Promise<Buffer | null> {
    assertSafeKey(key);
    const row = await this.db.mediaObject.findUnique({ where: { key }, select: { bytes: true } });
    return row ? Buffer.from(row.bytes) : null;
  }

  async remove(key: string): Promise<void> {
    assertSafeKey(key);
    await this.db.$executeRaw`DELETE FROM "MediaObject" WHERE "key" = ${key} OR starts_with("key", ${`${key}/`})`;
  }

  async *keys(): AsyncIterable<string> {
    // A page of keys at a time, never the bytes: a library can be far larger than memory.
    for (let after = ''; ; ) {
      const page = await this.db.mediaObject.findMany({ where: { key: { gt: after } }, orderBy: { key: 'asc' }, take: 500, select: { key: true } });
      for (const row of page) yield row.key;
      if (page.length < 500) return;
      after = page[page.length - 1].key;
    }
  }
}

export const MEDIA_STORAGE_KINDS = ['disk', 'database'] as const;

/** MEDIA_STORAGE, checked: a typo must stop the start, not scatter uploads over two places. */
export function mediaStorageKind(): (typeof MEDIA_STORAGE_KINDS)[number] {
  const kind = process.env.MEDIA_STORAGE?.trim() || 'disk';
  if (!(MEDIA_STORAGE_KINDS as readonly string[]).includes(kind)) {
    throw new ConfigurationProblem(`MEDIA_STORAGE "${kind}" is not a kind of media storage.`, `Set MEDIA_STORAGE to ${MEDIA_STORAGE_KINDS.join(' or ')}, or leave it unset for disk.`);
  }
  return kind as (typeof MEDIA_STORAGE_KINDS)[number];
}

let storage: MediaStorage | undefined;

export function mediaStorage(): MediaStorage {
  storage ??= mediaStorageKind() === 'database' ? new DatabaseStorage() : new LocalDiskStorage(mediaDir());
  return storage;
}
