import sharp from 'sharp';
import { createRandom, type Random } from './random';
import type { SeedImage } from './types';

/**
 * Draws a stand-in photograph for the demo newsroom: an SVG scene (landscape, city, sea or
 * abstract; a silhouette for author portraits) in colours derived from the image's seed, with
 * its label printed on it so people can tell pictures apart. Rendered by sharp to a JPEG of
 * exactly width × height. No network, no stock photos, same pixels on every run.
 */

const JPEG_QUALITY = 82;
const FONT = 'DejaVu Sans, sans-serif';

type Scene = 'landscape' | 'city' | 'sea' | 'abstract';
const SCENES: Scene[] = ['landscape', 'city', 'sea', 'abstract'];

export async function drawImage(image: SeedImage): Promise<Buffer> {
  const svg = imageSvg(image);
  return sharp(Buffer.from(svg)).resize(image.width, image.height, { fit: 'fill' }).jpeg({ quality: JPEG_QUALITY }).toBuffer();
}

/** The SVG source, exported for tests and for anyone tuning the drawings. */
export function imageSvg(image: SeedImage): string {
  const random = createRandom(image.seed);
  const palette = paletteFor(random);
  const { width, height } = image;
  const isPortrait = width === height && width <= 1000;
  const scene = isPortrait ? portrait(width, height, palette, image.label) : drawScene(random.pick(SCENES), width, height, palette, random);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<defs>${gradient('sky', palette.skyTop, palette.skyBottom)}${gradient('ground', palette.groundTop, palette.groundBottom)}</defs>`,
    `<rect width="${width}" height="${height}" fill="url(#sky)"/>`,
    scene,
    caption(width, height, image.label, image.key),
    '</svg>',
  ].join('');
}

interface Palette {
  skyTop: string;
  skyBottom: string;
  groundTop: string;
  groundBottom: string;
  /** Back-to-front tints for layered shapes (ridges, buildings, waves). */
  layers: string[];
  accent: string;
}

/** A harmonious palette around one random hue: sky, ground, three layer tints and an accent. */
function paletteFor(random: Random): Palette {
  const hue = random.int(0, 359);
  const ground = (hue + random.pick([120, 150, 180, 210])) % 360;
  const hsl = (h: number, s: number, l: number) => `hsl(${Math.round(h) % 360},${s}%,${l}%)`;
  return {
    skyTop: hsl(hue, random.int(30, 55), random.int(35, 55)),
    skyBottom: hsl(hue + 30, random.int(40, 65), random.int(72, 88)),
    groundTop: hsl(ground, random.int(30, 55), random.int(38, 50)),
    groundBottom: hsl(ground + 15, random.int(35, 60), random.int(18, 30)),
    layers: [0, 1, 2].map((depth) => hsl(ground + depth * 12, 25 + depth * 10, 62 - depth * 14)),
    accent: hsl(hue + 180, random.int(60, 90), random.int(55, 70)),
  };
}

function gradient(id: string, top: string, bottom: string): string {
  return `<linearGradient id="${id}" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient>`;
}

function drawScene(scene: Scene, width: number, height: number, palette: Palette, random: Random): string {
  const sun = `<circle cx="${random.int(width * 0.15, width * 0.85)}" cy="${random.int(height * 0.12, height * 0.35)}" r="${Math.round(Math.min(width, height) * random.float(0.05, 0.1, 3))}" fill="${palette.accent}" fill-opacity="0.85"/>`;
  switch (scene) {
    case 'landscape':
      return sun + ridges(width, height, palette, random) + `<rect y="${height * 0.78}" width="${width}" height="${height * 0.22}" fill="url(#ground)"/>`;
    case 'city':
      return sun + skyline(width, height, palette, random);
    case 'sea':
      return sun + sea(width, height, palette, random);
    case 'abstract':
      return circles(width, height, palette, random);
  }
}

/** Three mountain ridges, paler and higher at the back, as in aerial perspective. */
function ridges(width: number, height: number, palette: Palette, random: Random): string {
  return palette.layers
    .map((fill, depth) => {
      const base = height * (0.5 + depth * 0.12);
      const steps = random.int(5, 9);
      const points = [`0,${height}`];
      for (let i = 0; i <= steps; i++) {
        points.push(`${Math.round((width * i) / steps)},${Math.round(base - random.float(0.05, 0.25, 3) * height)}`);
      }
      points.push(`${width},${height}`);
      return `<polygon points="${points.join(' ')}" fill="${fill}"/>`;
    })
    .join('');
}

/** Rows of blocks with lit windows, the nearest row darkest. */
function skyline(width: number, height: number, palette: Palette, random: Random): string {
  const parts: string[] = [];
  palette.layers.forEach((fill, depth) => {
    let x = -random.int(0, 60);
    while (x < width) {
      const blockWidth = random.int(width * 0.04, width * 0.11);
      const blockHeight = random.int(height * (0.18 + depth * 0.05), height * (0.55 - depth * 0.08));
      const top = height - blockHeight;
      parts.push(`<rect x="${x}" y="${top}" width="${blockWidth}" height="${blockHeight}" fill="${fill}"/>`);
      if (depth === 2) parts.push(windows(x, top, blockWidth, blockHeight, palette.accent, random));
      x += blockWidth + random.int(0, width * 0.015);
    }
  });
  return parts.join('');
}

function windows(x: number, top: number, blockWidth: number, blockHeight: number, colour: string, random: Random): string {
  const size = Math.max(8, Math.round(blockWidth / 9));
  const cells: string[] = [];
  for (let y = top + size; y < top + blockHeight - size * 2; y += size * 2.5) {
    for (let wx = x + size; wx < x + blockWidth - size * 1.5; wx += size * 2) {
      if (random.chance(0.45)) cells.push(`<rect x="${Math.round(wx)}" y="${Math.round(y)}" width="${size}" height="${size}" fill="${colour}" fill-opacity="0.7"/>`);
    }
  }
  return cells.join('');
}

/** A horizon, bands of water and a small boat. */
function sea(width: number, height: number, palette: Palette, random: Random): string {
  const horizon = height * random.float(0.5, 0.62, 3);
  const bands = Array.from({ length: 7 }, (_, i) => {
    const y = horizon + ((height - horizon) * i) / 7;
    return `<rect y="${Math.round(y)}" width="${width}" height="${Math.ceil((height - horizon) / 7) + 1}" fill="${palette.layers[i % 3]}" fill-opacity="${(0.55 + i * 0.06).toFixed(2)}"/>`;
  }).join('');
  const boatX = random.int(width * 0.2, width * 0.7);
  const boatY = horizon + (height - horizon) * 0.35;
  const boatW = width * 0.12;
  const boat = `<polygon points="${boatX},${boatY} ${boatX + boatW},${boatY} ${boatX + boatW * 0.85},${boatY + boatW * 0.18} ${boatX + boatW * 0.12},${boatY + boatW * 0.18}" fill="${palette.groundBottom}"/>`;
  return `<rect y="${horizon}" width="${width}" height="${height - horizon}" fill="url(#ground)"/>${bands}${boat}`;
}

/** Overlapping translucent discs. */
function circles(width: number, height: number, palette: Palette, random: Random): string {
  const colours = [...palette.layers, palette.accent, palette.groundTop];
  return Array.from({ length: random.int(7, 12) }, () => {
    const r = Math.round(Math.min(width, height) * random.float(0.1, 0.35, 3));
    return `<circle cx="${random.int(0, width)}" cy="${random.int(0, height)}" r="${r}" fill="${random.pick(colours)}" fill-opacity="${random.float(0.35, 0.75, 2)}"/>`;
  }).join('');
}

/** Head-and-shoulders silhouette with the person's initials. */
function portrait(width: number, height: number, palette: Palette, name: string): string {
  const initials = name
    .split(/\s+/)
    .map((part) => part.charAt(0))
    .join('')
    .slice(0, 2);
  return [
    `<ellipse cx="${width / 2}" cy="${height * 1.02}" rx="${width * 0.36}" ry="${height * 0.3}" fill="${palette.groundTop}"/>`,
    `<circle cx="${width / 2}" cy="${height * 0.42}" r="${width * 0.19}" fill="${palette.groundBottom}"/>`,
    `<text x="${width / 2}" y="${height * 0.42}" dy="0.35em" text-anchor="middle" font-family="${FONT}" font-size="${Math.round(width * 0.14)}" font-weight="bold" fill="#fff">${escapeXml(initials)}</text>`,
  ].join('');
}

/** The label in a dark band at the bottom, and the key in small type above it. */
function caption(width: number, height: number, label: string, key: string): string {
  const size = Math.round(Math.min(width, height) * 0.045);
  const band = Math.round(size * 2.2);
  return [
    `<rect y="${height - band}" width="${width}" height="${band}" fill="#000" fill-opacity="0.55"/>`,
    `<text x="${size}" y="${height - band / 2}" dy="0.35em" font-family="${FONT}" font-size="${size}" fill="#fff">${escapeXml(label)}</text>`,
    `<text x="${size}" y="${height - band - size * 0.5}" font-family="${FONT}" font-size="${Math.round(size * 0.45)}" fill="#fff" fill-opacity="0.85">${escapeXml(key)}</text>`,
  ].join('');
}

const XML_ENTITIES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' };

export function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (character) => XML_ENTITIES[character]);
}
