import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { newsLanguage, PUBLISHER_LOGO, xHandle } from './publication';

describe('PUBLISHER_LOGO', () => {
  it('is the size of the file in public/, square and above Google’s 112 px minimum', async () => {
    const file = await sharp(path.join(import.meta.dirname, '../../public', PUBLISHER_LOGO.path)).metadata();
    expect({ width: file.width, height: file.height }).toEqual({ width: PUBLISHER_LOGO.width, height: PUBLISHER_LOGO.height });
    expect(Math.min(file.width ?? 0, file.height ?? 0)).toBeGreaterThanOrEqual(112);
  });
});

describe('xHandle', () => {
  it('accepts what admins type: a name, @name or a profile URL', () => {
    expect(xHandle({ xHandle: 'caspian' })).toBe('@caspian');
    expect(xHandle({ xHandle: '@caspian_news' })).toBe('@caspian_news');
    expect(xHandle({ xHandle: 'https://x.com/caspian' })).toBe('@caspian');
    expect(xHandle({ xHandle: 'twitter.com/caspian/' })).toBe('@caspian');
  });

  it('is empty for nothing or nonsense', () => {
    expect(xHandle({ xHandle: '' })).toBeNull();
    expect(xHandle({ xHandle: 'not a handle' })).toBeNull();
  });
});

describe('newsLanguage', () => {
  it('turns BCP 47 tags into the codes Google News accepts', () => {
    expect(newsLanguage('en')).toBe('en');
    expect(newsLanguage('en-GB')).toBe('en');
    expect(newsLanguage('az-Latn-AZ')).toBe('az');
    expect(newsLanguage('zh-Hans')).toBe('zh-cn');
    expect(newsLanguage('zh-TW')).toBe('zh-tw');
  });
});
