import { ImageResponse } from 'next/og';
import sharp from 'sharp';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { testSettings } from '../testing/seo-records';
import { cropSize, type CropRatio } from '../media/crops';
import { socialCardFingerprint, socialCardRatio } from './social-card';
import { SocialCard } from './social-card-render';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('socialCardRatio', () => {
  it('knows the three cards and nothing else', () => {
    expect(['16x9.png', '4x3.png', '1x1.png'].map(socialCardRatio)).toEqual(['16x9', '4x3', '1x1']);
    for (const file of ['16x9.jpg', '2x1.png', 'constructor.png', '../16x9.png', '16x9.png.png']) expect(socialCardRatio(file), file).toBeNull();
  });
});

describe('socialCardFingerprint', () => {
  it('follows what the card shows, the name and the tagline, and nothing else', () => {
    const fingerprint = socialCardFingerprint(testSettings);
    expect(fingerprint).toMatch(/^[0-9a-f]{12}$/);
    const otherwiseChanged = { ...testSettings, timeZone: 'UTC', xHandle: '' };
    expect(socialCardFingerprint(otherwiseChanged)).toBe(fingerprint);
    expect(socialCardFingerprint({ ...testSettings, publicationName: 'Caspian Herald' })).not.toBe(fingerprint);
    expect(socialCardFingerprint({ ...testSettings, tagline: '' })).not.toBe(fingerprint);
  });
});

describe('SocialCard', () => {
  it.each(['16x9', '4x3', '1x1'] as CropRatio[])('draws a %s PNG 1200 px wide without the network, Azerbaijani letters and emoji in the name', async (ratio) => {
    // next/og fetches fonts or emoji it lacks from the Internet, which a server may not reach.
    // (Its layout engine loads itself from a data: URL, which is no network.)
    const realFetch = globalThis.fetch;
    const network: string[] = [];
    vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => {
      const url = input instanceof Request ? input.url : String(input);
      if (url.startsWith('data:')) return realFetch(input, init);
      network.push(url);
      return Promise.reject(new Error('offline'));
    });
    const settings = { ...testSettings, publicationName: 'Xəbərlər Şəki 🚀', tagline: 'Günün ən vacib xəbərləri' };
    const png = await new ImageResponse(<SocialCard settings={settings} host="news.example.com" />, cropSize(ratio)).arrayBuffer();
    const image = await sharp(Buffer.from(png)).metadata();
    expect({ format: image.format, width: image.width, height: image.height }).toEqual({ format: 'png', ...cropSize(ratio) });
    expect(network).toEqual([]);
  }, 30_000);
});
