import { describe, expect, it } from 'vitest';
import { likeLiteral, plainText, trimInvisible, withoutControlCharacters, withoutControlCharactersDeep, withoutNul } from './text';

describe('withoutNul', () => {
  it('drops NUL characters and keeps everything else, other control characters included', () => {
    expect(withoutNul('Ba\u0000ku')).toBe('Baku');
    expect(withoutNul('Şəki\ttab\nline\u0001')).toBe('Şəki\ttab\nline\u0001');
  });
});

describe('withoutControlCharacters', () => {
  it('drops what readers would see as empty boxes, keeps tabs and line breaks, and spaces Word’s old line breaks', () => {
    expect(withoutControlCharacters('Ba\u0000k\u0001u\u007f\u0085 \uFFFE\uFFFFŞəki')).toBe('Baku Şəki');
    expect(withoutControlCharacters('one\u000Btwo\u000Cthree')).toBe('one two three');
    expect(withoutControlCharacters('tab\tline\nreturn\r\n«Əliyev» — 🙂')).toBe('tab\tline\nreturn\n«Əliyev» — 🙂');
  });

  it('sends line breaks as \\n, however a form or an old file wrote them', () => {
    expect(withoutControlCharacters('one\r\ntwo\rthree\nfour')).toBe('one\ntwo\nthree\nfour');
  });

  it('turns half of a surrogate pair into U+FFFD, which PostgreSQL can store, and keeps whole pairs', () => {
    expect(withoutControlCharacters('broken \ud83d end')).toBe('broken \uFFFD end');
    expect(withoutControlCharacters('\udc00 start, end \ud800')).toBe('\uFFFD start, end \uFFFD');
    expect(withoutControlCharacters('whole 🙂 \ud83d\ude42')).toBe('whole 🙂 🙂');
  });

  it('cleans every string in a server action’s input, leaving other values alone', () => {
    const file = new Blob(['x']);
    const input = { fields: { headline: 'A\u0000B\u0001', tagIds: [1, 2], newTags: ['x\u0000y'], body: { type: 'doc', content: [{ type: 'text', text: '\u000B' }] } }, file, when: null };
    expect(withoutControlCharactersDeep(input)).toEqual({ fields: { headline: 'AB', tagIds: [1, 2], newTags: ['xy'], body: { type: 'doc', content: [{ type: 'text', text: ' ' }] } }, file, when: null });
    expect((withoutControlCharactersDeep(input) as { file: Blob }).file).toBe(file);
  });
});

describe('trimInvisible and plainText', () => {
  it('trims what a reader cannot see from the ends, and keeps it inside words', () => {
    expect(trimInvisible('\u200b \u00a0\ufeff\u200e')).toBe('');
    expect(trimInvisible('\u200bمی\u200cخواهم\u2060 ')).toBe('می\u200cخواهم');
    expect(trimInvisible('👩\u200d💻')).toBe('👩\u200d💻');
  });

  it('cleans a line for readers and then holds it to its length', () => {
    const caption = plainText(10, 'Caption');
    expect(caption.parse('\u200b Şəki\u0001 ')).toBe('Şəki');
    expect(caption.safeParse(`${'x'.repeat(11)}\u200b`).error?.issues[0].message).toBe('Caption can be at most 10 characters.');
  });
});

describe('likeLiteral', () => {
  it('escapes the characters a LIKE pattern gives meaning to, and nothing else', () => {
    expect(likeLiteral('100% of_all \\ Şəki')).toBe('100\\% of\\_all \\\\ Şəki');
  });
});
