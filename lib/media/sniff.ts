/**
 * What kind of file an upload is, judged by its first bytes (its "magic number"), never by its
 * name or the type the browser declared. Runs before any image decoder sees the bytes, so formats
 * we do not accept (SVG with its scripts, TIFF, PDF, HEIC …) are refused without being parsed.
 */

export type SniffedType = 'jpeg' | 'png' | 'gif' | 'webp' | 'avif' | 'heic' | 'svg' | 'tiff' | 'pdf' | 'bmp' | 'unknown';

export const ACCEPTED_TYPES = ['jpeg', 'png', 'gif', 'webp', 'avif'] as const;
export type AcceptedType = (typeof ACCEPTED_TYPES)[number];

export function isAcceptedType(type: SniffedType): type is AcceptedType {
  return (ACCEPTED_TYPES as readonly string[]).includes(type);
}

const ascii = (bytes: Uint8Array, start: number, end: number) => String.fromCharCode(...bytes.subarray(start, end));

export function sniffImageType(bytes: Uint8Array): SniffedType {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (bytes.length >= 8 && ascii(bytes, 0, 8) === '\x89PNG\r\n\x1a\n') return 'png';
  if (bytes.length >= 6 && (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a')) return 'gif';
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp';
  if (bytes.length >= 12 && ascii(bytes, 4, 8) === 'ftyp') return isobmffBrand(bytes);
  if (bytes.length >= 4 && (ascii(bytes, 0, 4) === 'II*\0' || ascii(bytes, 0, 4) === 'MM\0*')) return 'tiff';
  if (bytes.length >= 5 && ascii(bytes, 0, 5) === '%PDF-') return 'pdf';
  if (bytes.length >= 2 && ascii(bytes, 0, 2) === 'BM') return 'bmp';
  if (looksLikeSvg(bytes)) return 'svg';
  return 'unknown';
}

// ISO base media files (AVIF, HEIC) list their brands in the leading `ftyp` box: the major brand
// at offset 8, compatible brands from offset 16 to the end of the box.
function isobmffBrand(bytes: Uint8Array): SniffedType {
  const boxSize = Math.min(((bytes[0] << 24) | (bytes[1] << 16) | (bytes[2] << 8) | bytes[3]) >>> 0, bytes.length, 256);
  const brands = [ascii(bytes, 8, 12)];
  for (let offset = 16; offset + 4 <= boxSize; offset += 4) brands.push(ascii(bytes, offset, offset + 4));
  if (brands.some((brand) => brand === 'avif' || brand === 'avis')) return 'avif';
  if (brands.some((brand) => ['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1'].includes(brand))) return 'heic';
  return 'unknown';
}

function looksLikeSvg(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 1024)).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  return head.startsWith('<svg') || ((head.startsWith('<?xml') || head.startsWith('<!doctype svg') || head.startsWith('<!--')) && head.includes('<svg'));
}

/** A reader's name for a type we refuse, for the error message. */
export const REFUSED_TYPE_NAMES: Record<Exclude<SniffedType, AcceptedType | 'unknown'>, string> = {
  heic: 'HEIC/HEIF',
  svg: 'SVG',
  tiff: 'TIFF',
  pdf: 'PDF',
  bmp: 'BMP',
};
