import { describe, expect, it } from 'vitest';
import { countWords, documentToText } from './text';

describe('countWords', () => {
  it('counts words as a writer and a word processor do: what stands between spaces, when it has a letter or a digit', () => {
    expect(countWords('It’s the Baku-Quba road — 154 km, they said.')).toBe(8);
    expect(countWords('Əliyev və Şəki; Москва')).toBe(4);
    expect(countWords('  \n — … ')).toBe(0);
    expect(countWords('1,000 people paid 3.5 manat at 12:30.')).toBe(7);
    // é written as e and a combining accent is still one letter.
    expect(countWords('Cafe\u0301 society')).toBe(2);
    expect(countWords('U.S. officials met at 9 a.m.')).toBe(6);
    expect(countWords('e-mail me at news@example.com or visit https://example.com/news/2026')).toBe(7);
  });
});

describe('documentToText', () => {
  it('gives one line per block, list items and captions included', () => {
    expect(
      documentToText({
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'First.' }] },
          { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Item' }] }] }] },
          { type: 'figure', attrs: { imageId: 1, caption: 'A caption', credit: null, alt: null } },
        ],
      }),
    ).toBe('First.\nItem\nA caption');
  });
});
