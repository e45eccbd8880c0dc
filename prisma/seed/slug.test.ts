import { describe, expect, it } from 'vitest';
import { MAX_SLUG_LENGTH, slugify, transliterate, uniqueSlug } from './slug';

describe('slugify', () => {
  it('transliterates Azerbaijani letters the way readers type them', () => {
    expect(transliterate('Əə Şş Ğğ Iı İi Öö Üü Çç')).toBe('ee ss gg Ii ii oo uu cc');
    expect(slugify('Könül İsmayılova')).toBe('konul-ismayilova');
    expect(slugify('Gəncə’s new bridge over the Kür')).toBe('gences-new-bridge-over-the-kur');
  });

  it('cuts long slugs at a word boundary', () => {
    const slug = slugify('Residents of Şəki ask why a thirty-kilometre road cost seventy-nine million manat and who signed the contract');
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect('residents-of-seki-ask-why-a-thirty-kilometre-road-cost-seventy-nine-million-manat-and'.startsWith(slug)).toBe(true);
  });
});

describe('uniqueSlug', () => {
  it('numbers repeated slugs', () => {
    const taken = new Set<string>();
    expect(uniqueSlug('Şəki silk', taken)).toBe('seki-silk');
    expect(uniqueSlug('Şəki silk', taken)).toBe('seki-silk-2');
    expect(uniqueSlug('Şəki silk', taken)).toBe('seki-silk-3');
  });
});
