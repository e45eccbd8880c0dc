import { describe, expect, it } from 'vitest';
import { slugify } from './slug';

describe('slugify', () => {
  it('transliterates Azerbaijani letters', () => {
    expect(slugify('Əliyev Şəki')).toBe('eliyev-seki');
    expect(slugify('Gəncə ğ ı ö ü ç İlham')).toBe('gence-g-i-o-u-c-ilham');
  });

  it('transliterates Cyrillic', () => {
    expect(slugify('Москва и Щука')).toBe('moskva-i-shchuka');
  });

  it('drops punctuation, apostrophes and repeated separators', () => {
    expect(slugify('  “Rain’s back” — in Bakı!?  ')).toBe('rains-back-in-baki');
  });

  it('never cuts a word in half', () => {
    expect(slugify('alpha beta gamma delta', 12)).toBe('alpha-beta');
  });

  it('returns an empty string when nothing is left', () => {
    expect(slugify('!!! — ???')).toBe('');
  });
});
