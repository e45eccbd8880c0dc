import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImageRejected, MAX_UPLOAD_BYTES, storeImage } from './ingest';
import { LocalDiskStorage } from './storage';
import { originalKey, variantKey } from './variants';

let root: string;
let storage: LocalDiskStorage;

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-ingest-'));
  storage = new LocalDiskStorage(root);
});
afterAll(() => fs.rm(root, { recursive: true, force: true }));

// What a phone writes into a photo: who made it and where it was taken.
const TELLTALE = { IFD0: { Make: 'TelltaleCam', Model: 'Leaky 9', Artist: 'Secret Source' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '40/1 24/1 3612/100', GPSLongitudeRef: 'E', GPSLongitude: '49/1 52/1 1/1' } };
const canvas = (width = 1000, height = 700, alpha = false) =>
  sharp({ create: { width, height, channels: alpha ? 4 : 3, background: alpha ? { r: 200, g: 40, b: 40, alpha: 0.5 } : '#2a6f97' } });

async function storedFiles(storageKey: string): Promise<{ name: string; bytes: Buffer }[]> {
  const directory = path.join(root, storageKey);
  const names = await fs.readdir(directory);
  return Promise.all(names.map(async (name) => ({ name, bytes: await fs.readFile(path.join(directory, name)) })));
}

async function expectNoMetadata(storageKey: string) {
  const files = await storedFiles(storageKey);
  expect(files.length).toBeGreaterThan(1);
  for (const file of files) {
    const metadata = await sharp(file.bytes).metadata();
    expect({ file: file.name, exif: metadata.exif, xmp: metadata.xmp, iptc: metadata.iptc }).toEqual({ file: file.name, exif: undefined, xmp: undefined, iptc: undefined });
    // Not only unparsed: the strings themselves are gone from every stored byte.
    for (const secret of ['TelltaleCam', 'Secret Source', 'Leaky 9', 'GPS']) expect(file.bytes.includes(secret), `${secret} in ${file.name}`).toBe(false);
  }
}

async function rejection(input: Buffer): Promise<ImageRejected> {
  const error = await storeImage(input, { storage }).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ImageRejected);
  return error as ImageRejected;
}

describe('storeImage', () => {
  it.each([
    ['JPEG', () => canvas().jpeg().withExif(TELLTALE).toBuffer()],
    ['PNG', () => canvas().png().withExif(TELLTALE).toBuffer()],
    ['WebP', () => canvas().webp().withExif(TELLTALE).toBuffer()],
    ['AVIF', () => canvas().avif({ effort: 0 }).withExif(TELLTALE).toBuffer()],
    ['GIF', () => canvas().gif().toBuffer()],
  ])('accepts %s and keeps no EXIF, GPS or camera data in the master or any variant', async (_name, make) => {
    const input = await make();
    const stored = await storeImage(input, { storage });
    expect(stored).toMatchObject({ width: 1000, height: 700, mimeType: 'image/jpeg', variantWidths: [320, 480, 640, 960] });
    expect(await storage.get(originalKey(stored.storageKey, 'jpg'))).not.toBeNull();
    for (const width of stored.variantWidths) {
      const variant = await storage.get(variantKey(stored.storageKey, width));
      expect(variant && (await sharp(variant).metadata())).toMatchObject({ format: 'webp', width });
    }
    await expectNoMetadata(stored.storageKey);
  });

  it('the test photo really carried GPS before it was stored (the check above can fail)', async () => {
    const input = await canvas().jpeg().withExif(TELLTALE).toBuffer();
    expect(input.includes('TelltaleCam')).toBe(true);
    expect((await sharp(input).metadata()).exif).toBeDefined();
  });

  it('stores a photo upright according to its EXIF orientation', async () => {
    // 1000×700 pixels with "rotate 90° clockwise to display": the reader sees 700×1000.
    const input = await canvas().jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const stored = await storeImage(input, { storage });
    expect(stored).toMatchObject({ width: 700, height: 1000 });
  });

  it('keeps transparency in a PNG master, and drops an alpha channel that is opaque everywhere', async () => {
    const transparent = await storeImage(await canvas(600, 400, true).png().toBuffer(), { storage });
    expect(transparent.mimeType).toBe('image/png');
    expect((await sharp((await storage.get(originalKey(transparent.storageKey, 'png')))!).metadata()).hasAlpha).toBe(true);

    const opaque = await storeImage(await canvas(600, 400).ensureAlpha(1).png().toBuffer(), { storage });
    expect(opaque.mimeType).toBe('image/jpeg');
  });

  it('keeps only the first frame of an animated GIF', async () => {
    const frame = (background: string) => sharp({ create: { width: 200, height: 100, channels: 3, background } }).png().toBuffer();
    const animated = await sharp([await frame('#ff0000'), await frame('#00ff00')], { join: { animated: true } }).gif().toBuffer();
    expect((await sharp(animated).metadata()).pages).toBe(2);
    const stored = await storeImage(animated, { storage });
    expect(stored).toMatchObject({ width: 200, height: 100 });
  });

  it('limits the master to 4096 pixels on the long edge', async () => {
    const stored = await storeImage(await canvas(5000, 1000).jpeg().toBuffer(), { storage });
    expect(stored).toMatchObject({ width: 4096, height: 819 });
    expect(stored.variantWidths).toEqual([320, 480, 640, 960, 1280, 1600, 2048]);
  });

  it('refuses a text file renamed to .jpg', async () => {
    const error = await rejection(Buffer.from('Minutes of the editorial meeting, saved as photo.jpg'));
    expect(error.message).toBe('This file is not an image we accept (JPEG, PNG, WebP, AVIF or GIF).');
  });

  it.each([
    ['SVG', () => Promise.resolve(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>'))],
    ['TIFF', () => canvas(50, 50).tiff().toBuffer()],
    ['PDF', () => Promise.resolve(Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n'))],
  ])('refuses %s and says so', async (name, make) => {
    const error = await rejection(await make());
    expect(error.reason).toBe('type');
    expect(error.message).toBe(`${name} files are not accepted. Upload a JPEG, PNG, WebP, AVIF or GIF image.`);
  });

  it('refuses HEIC with advice on how to export a JPEG', async () => {
    const heicHeader = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic\0\0\0\0mif1heic'), Buffer.alloc(64)]);
    const error = await rejection(heicHeader);
    expect(error.message).toMatch(/^HEIC\/HEIF photos are not accepted\. Export the photo as JPEG/);
  });

  it('refuses an empty file and one above the size limit without decoding it', async () => {
    expect((await rejection(Buffer.alloc(0))).message).toBe('The file is empty.');
    const huge = Buffer.alloc(MAX_UPLOAD_BYTES + 1);
    huge.set([0xff, 0xd8, 0xff, 0xe0]);
    const error = await rejection(huge);
    expect(error).toMatchObject({ reason: 'too_large', message: 'The file is 20.0 MB; the limit is 20.0 MB.' });
  });

  it('refuses an image whose header claims too many pixels before decoding it', async () => {
    // A real 10×10 PNG whose header is rewritten to claim 9000×9000 (81 megapixels).
    const png = await canvas(10, 10).png().toBuffer();
    png.writeUInt32BE(9000, 16);
    png.writeUInt32BE(9000, 20);
    png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
    const error = await rejection(png);
    expect(error).toMatchObject({ reason: 'pixels', message: 'The image is 9000×9000 pixels; the limit is 60 megapixels.' });
  });

  it('refuses a truncated JPEG as damaged rather than failing with a decoder error', async () => {
    const whole = await canvas().jpeg().toBuffer();
    const error = await rejection(whole.subarray(0, Math.floor(whole.length / 2)));
    expect(error).toMatchObject({ reason: 'damaged', message: 'The image could not be read: it may be damaged or incomplete.' });
  });

  it('leaves nothing behind in storage when it refuses a file', async () => {
    const before = await fs.readdir(root, { recursive: true });
    await rejection(Buffer.from('not an image'));
    expect(await fs.readdir(root, { recursive: true })).toEqual(before);
  });
});
