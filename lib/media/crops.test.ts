import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readOrRenderCrop } from './crop-render';
import { cropKey, parseCropKey } from './crops';
import { LocalDiskStorage } from './storage';

let directory: string;
let storage: LocalDiskStorage;
const BASE = 'images/2026/11/abc';

beforeAll(async () => {
  directory = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-crops-'));
  storage = new LocalDiskStorage(directory);
  const master = await sharp({ create: { width: 1000, height: 800, channels: 3, background: '#336699' } }).jpeg().toBuffer();
  await storage.put(`${BASE}/original.jpg`, master);
});

afterAll(async () => {
  await fs.rm(directory, { recursive: true, force: true });
});

describe('image crops for search engines', () => {
  it.each([
    ['16x9', 1200, 675],
    ['4x3', 1200, 900],
    ['1x1', 1200, 1200],
  ] as const)('renders the %s crop at %i×%i from the master, even a smaller one, and stores it', async (ratio, width, height) => {
    const key = cropKey(BASE, ratio);
    const bytes = await readOrRenderCrop(key, storage);
    if (!bytes) throw new Error('no crop');
    const metadata = await sharp(bytes).metadata();
    expect({ format: metadata.format, width: metadata.width, height: metadata.height }).toEqual({ format: 'jpeg', width, height });
    expect(await storage.get(key)).toEqual(bytes);
  });

  it('renders only the sizes that exist, never arbitrary ones', async () => {
    expect(parseCropKey(`${BASE}/crop-16x9-1201.jpg`)).toBeNull();
    expect(parseCropKey(`${BASE}/crop-21x9-1200.jpg`)).toBeNull();
    expect(await readOrRenderCrop(`${BASE}/crop-16x9-4000.jpg`, storage)).toBeNull();
    expect(await readOrRenderCrop(`${BASE}/w640.webp`, storage)).toBeNull();
  });

  it('has nothing to serve for an image without a master', async () => {
    expect(await readOrRenderCrop(cropKey('images/2026/11/missing', '1x1'), storage)).toBeNull();
  });
});
