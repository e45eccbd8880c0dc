import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { drawImage, escapeXml, imageSvg } from './draw-image';
import type { SeedImage } from './types';

const image = (overrides: Partial<SeedImage>): SeedImage => ({
  key: 'test-image',
  width: 2400,
  height: 1600,
  label: 'Gəncə market, 3/11',
  seed: 12345,
  alt: 'A test picture.',
  caption: 'A test picture.',
  credit: 'Photo: Test',
  ...overrides,
});

describe('drawImage', () => {
  it.each([
    ['a landscape photo', 2400, 1600],
    ['a portrait-format photo', 1600, 2400],
    ['an author portrait', 1600, 1600],
  ])('draws %s as a JPEG of exactly the requested size', async (_name, width, height) => {
    const jpeg = await drawImage(image({ width, height, seed: width * 7 + height }));
    const metadata = await sharp(jpeg).metadata();
    expect(metadata.format).toBe('jpeg');
    expect(metadata.width).toBe(width);
    expect(metadata.height).toBe(height);
  });

  it('draws the same pixels for the same seed and different ones for another seed', async () => {
    const small = image({ width: 1600, height: 900 });
    const first = await drawImage(small);
    expect((await drawImage(small)).equals(first)).toBe(true);
    expect((await drawImage({ ...small, seed: 999 })).equals(first)).toBe(false);
  });
});

describe('imageSvg', () => {
  it('prints the label and key, escaped, in DejaVu Sans', () => {
    const svg = imageSvg(image({ label: 'Tom & Jerry <3> “Şəki”', key: 'hero-test' }));
    expect(svg).toContain('Tom &amp; Jerry &lt;3&gt; “Şəki”');
    expect(svg).toContain('hero-test');
    expect(svg).toContain('font-family="DejaVu Sans, sans-serif"');
    expect(svg).not.toContain('<3>');
  });

  it('escapes all five XML special characters', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});
