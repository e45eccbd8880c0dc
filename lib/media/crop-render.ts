import sharp from 'sharp';
import { cropSize, type CropRatio } from './crops';

/** Draws and stores the crops named in ./crops.ts. */

export async function renderCrop(master: Buffer, ratio: CropRatio): Promise<Buffer> {
  const { width, height } = cropSize(ratio);
  // Small masters are enlarged: a slightly soft 1200 px image is eligible for rich results, a
  // sharp 800 px one is not.
  return sharp(master)
    .resize({ width, height, fit: 'cover', position: sharp.strategy.attention })
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: 82, mozjpeg: true })
    .toBuffer();
}
