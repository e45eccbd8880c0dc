import { describe, expect, it } from 'vitest';
import { linkedParts } from './LinkedText';

describe('linkedParts', () => {
  it('finds http(s) addresses in text, leaving the sentence’s punctuation outside them', () => {
    expect(linkedParts('See https://gov.example/budget?id=4, and (http://a.example/x).')).toEqual([
      { text: 'See ' },
      { href: 'https://gov.example/budget?id=4' },
      { text: ', and (' },
      { href: 'http://a.example/x' },
      { text: ').' },
    ]);
  });

  it('keeps a closing bracket that belongs to the address, and reads the scheme in any case', () => {
    expect(linkedParts('(see https://en.wikipedia.org/wiki/Foo_(bar)) and HTTPS://EXAMPLE.ORG/UP.')).toEqual([
      { text: '(see ' },
      { href: 'https://en.wikipedia.org/wiki/Foo_(bar)' },
      { text: ') and ' },
      { href: 'HTTPS://EXAMPLE.ORG/UP' },
      { text: '.' },
    ]);
    expect(linkedParts('or https://example.net/path… and')).toEqual([{ text: 'or ' }, { href: 'https://example.net/path' }, { text: '… and' }]);
  });

  it('leaves text without an address, and other schemes, as text', () => {
    expect(linkedParts('Call the desk. javascript:alert(1) ftp://x.example')).toEqual([{ text: 'Call the desk. javascript:alert(1) ftp://x.example' }]);
    expect(linkedParts('')).toEqual([]);
  });
});
