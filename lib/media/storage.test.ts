import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalDiskStorage } from './storage';

let root: string;
let storage: LocalDiskStorage;

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-storage-'));
  storage = new LocalDiskStorage(path.join(root, 'media'));
});
afterAll(() => fs.rm(root, { recursive: true, force: true }));

describe('LocalDiskStorage', () => {
  it('stores, reads and removes an image with everything beneath its key', async () => {
    await storage.put('images/2026/05/abc/original.jpg', Buffer.from('master'));
    await storage.put('images/2026/05/abc/w320.webp', Buffer.from('variant'));
    expect((await storage.get('images/2026/05/abc/original.jpg'))?.toString()).toBe('master');
    await storage.remove('images/2026/05/abc');
    expect(await storage.get('images/2026/05/abc/original.jpg')).toBeNull();
    expect(await storage.get('images/2026/05/abc/w320.webp')).toBeNull();
    expect(await fs.readdir(path.join(root, 'media/images/2026/05'))).toEqual([]);
  });

  it('answers null for a key that holds nothing, or a folder', async () => {
    expect(await storage.get('images/nothing/here.jpg')).toBeNull();
    await storage.put('images/folder/file.jpg', Buffer.from('x'));
    expect(await storage.get('images/folder')).toBeNull();
  });

  it('refuses keys that could step outside the media folder', async () => {
    await fs.writeFile(path.join(root, 'secret.txt'), 'do not serve');
    for (const key of ['../secret.txt', 'images/../../secret.txt', '/etc/passwd', 'images//x.jpg', './x.jpg', 'images/x.jpg\0', '']) {
      await expect(storage.get(key), key).rejects.toThrow(/Invalid media key/);
      await expect(storage.put(key, Buffer.from('x')), key).rejects.toThrow(/Invalid media key/);
      await expect(storage.remove(key), key).rejects.toThrow(/Invalid media key/);
    }
    expect(await fs.readFile(path.join(root, 'secret.txt'), 'utf8')).toBe('do not serve');
  });

  it('leaves no temporary file behind after a write', async () => {
    await storage.put('images/atomic/original.jpg', Buffer.from('whole'));
    expect(await fs.readdir(path.join(root, 'media/images/atomic'))).toEqual(['original.jpg']);
  });
});
