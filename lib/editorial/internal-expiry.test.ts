import { afterEach, describe, expect, it } from 'vitest';
import { cacheTag } from '../content/tags';
import { internalToken, isKnownCacheTag, isValidInternalToken } from './internal-expiry';

const saved = process.env.AUTH_SECRET;
afterEach(() => {
  process.env.AUTH_SECRET = saved;
});

describe('internal expiry token', () => {
  it('is derived from AUTH_SECRET and accepted only for the same secret', () => {
    process.env.AUTH_SECRET = 'secret-one';
    const token = internalToken();
    expect(token).not.toContain('secret-one');
    expect(isValidInternalToken(token)).toBe(true);
    expect(isValidInternalToken(`${token}x`)).toBe(false);
    expect(isValidInternalToken(null)).toBe(false);
    process.env.AUTH_SECRET = 'secret-two';
    expect(isValidInternalToken(token)).toBe(false);
  });

  it('accepts exactly the tags lib/content/tags.ts produces', () => {
    for (const tag of [cacheTag.storyLists, cacheTag.redirects, cacheTag.story(12), cacheTag.section(3), cacheTag.staticPage('about')]) {
      expect(isKnownCacheTag(tag)).toBe(true);
    }
    for (const tag of ['story:', 'story:abc', '*', 'story-lists ', '../x']) expect(isKnownCacheTag(tag)).toBe(false);
  });
});
