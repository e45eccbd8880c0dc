import { describe, expect, it } from 'vitest';
import { likeLiteral, withoutNul, withoutNulDeep } from './text';

describe('withoutNul', () => {
  it('drops NUL characters and keeps everything else, other control characters included', () => {
    expect(withoutNul('Ba\u0000ku')).toBe('Baku');
    expect(withoutNul('Şəki\ttab\nline')).toBe('Şəki\ttab\nline');
  });

  it('cleans every string in a server action’s input, leaving other values alone', () => {
    const file = new Blob(['x']);
    const input = { fields: { headline: 'A\u0000B', tagIds: [1, 2], newTags: ['x\u0000y'], body: { type: 'doc', content: [{ type: 'text', text: '\u0000' }] } }, file, when: null };
    expect(withoutNulDeep(input)).toEqual({ fields: { headline: 'AB', tagIds: [1, 2], newTags: ['xy'], body: { type: 'doc', content: [{ type: 'text', text: '' }] } }, file, when: null });
    expect((withoutNulDeep(input) as { file: Blob }).file).toBe(file);
  });
});

describe('likeLiteral', () => {
  it('escapes the characters a LIKE pattern gives meaning to, and nothing else', () => {
    expect(likeLiteral('100% of_all \\ Şəki')).toBe('100\\% of\\_all \\\\ Şəki');
  });
});
