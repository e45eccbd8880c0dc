import { describe, expect, it } from 'vitest';
import { sniffImageType } from './sniff';

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...part].map((c) => c.charCodeAt(0)) : part)));

// An ISO base media `ftyp` box: size, 'ftyp', major brand, minor version, compatible brands.
const ftyp = (major: string, ...compatible: string[]) => bytes([0, 0, 0, 16 + 4 * compatible.length], 'ftyp', major, [0, 0, 0, 0], ...compatible);

describe('sniffImageType', () => {
  it('recognises the five accepted formats by their first bytes', () => {
    expect(sniffImageType(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
    expect(sniffImageType(bytes([0x89], 'PNG\r\n\x1a\n'))).toBe('png');
    expect(sniffImageType(bytes('GIF89a'))).toBe('gif');
    expect(sniffImageType(bytes('GIF87a'))).toBe('gif');
    expect(sniffImageType(bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '))).toBe('webp');
    expect(sniffImageType(ftyp('avif', 'mif1', 'miaf'))).toBe('avif');
    expect(sniffImageType(ftyp('mif1', 'avif'))).toBe('avif');
    expect(sniffImageType(ftyp('avis', 'msf1'))).toBe('avif');
  });

  it('names the formats we refuse so the message can say what was wrong', () => {
    expect(sniffImageType(ftyp('heic', 'mif1', 'heic'))).toBe('heic');
    expect(sniffImageType(ftyp('mif1', 'heic'))).toBe('heic');
    expect(sniffImageType(bytes('II*\0'))).toBe('tiff');
    expect(sniffImageType(bytes('MM\0*'))).toBe('tiff');
    expect(sniffImageType(bytes('%PDF-1.7'))).toBe('pdf');
    expect(sniffImageType(bytes('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBe('svg');
    expect(sniffImageType(bytes('\uFEFF  <?xml version="1.0"?>\n<svg/>'.replace('\uFEFF', '\xEF\xBB\xBF')))).toBe('svg');
    expect(sniffImageType(bytes('<!-- drawn by hand -->\n<svg/>'))).toBe('svg');
  });

  it('does not trust a file name: text is unknown whatever it is called', () => {
    expect(sniffImageType(bytes('hello, I am photo.jpg'))).toBe('unknown');
    expect(sniffImageType(bytes('<html><body>not an image</body></html>'))).toBe('unknown');
    expect(sniffImageType(new Uint8Array())).toBe('unknown');
    expect(sniffImageType(bytes([0xff, 0xd8]))).toBe('unknown');
    expect(sniffImageType(ftyp('isom', 'mp41'))).toBe('unknown');
  });
});
