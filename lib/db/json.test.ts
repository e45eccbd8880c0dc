import { describe, expect, it } from 'vitest';
import { sameJson } from './json';

describe('sameJson', () => {
  it('ignores the order of keys, as jsonb reorders them, and nothing else', () => {
    const sent = { type: 'doc', content: [{ type: 'text', text: 'Şəki', marks: [{ type: 'bold' }] }] };
    const readBack = { content: [{ text: 'Şəki', type: 'text', marks: [{ type: 'bold' }] }], type: 'doc' };
    expect(JSON.stringify(sent)).not.toBe(JSON.stringify(readBack));
    expect(sameJson(sent, readBack)).toBe(true);
    expect(sameJson(sent, { ...readBack, type: 'paragraph' })).toBe(false);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
    expect(sameJson({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameJson({ a: null }, { a: undefined })).toBe(false);
    expect(sameJson({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameJson([], {})).toBe(false);
  });
});
