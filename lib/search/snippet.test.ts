import { describe, expect, it } from 'vitest';
import { FRAGMENT_DELIMITER as D, MATCH_END as E, MATCH_START as S, mapSnippet } from './snippet';

const render = (fragments: ReturnType<typeof mapSnippet>) =>
  fragments.map((fragment) => fragment.parts.map((part) => (part.match ? `[${part.text}]` : part.text)).join('')).join(' | ');

describe('search snippets', () => {
  it('maps marks on the folded text back onto the original spelling', () => {
    const source = 'Fidan Əhmədli met officials in Gəncə on Monday.';
    const folded = 'fidan ahmadli met officials in ganca on monday.';
    const marked = `fidan ${S}ahmadli${E} met officials in ${S}ganca${E} on monday.`;
    expect(render(mapSnippet(source, folded, marked))).toBe('Fidan [Əhmədli] met officials in [Gəncə] on Monday.');
  });

  it('keeps fragments apart and in order', () => {
    const source = 'Buses run late. Nothing here. Buses run early.';
    const folded = source.toLowerCase();
    const marked = `${S}buses${E} run late.${D}${S}buses${E} run early.`;
    expect(render(mapSnippet(source, folded, marked))).toBe('[Buses] run late. | [Buses] run early.');
  });

  it('knows where the story’s text goes on beyond a fragment (an ellipsis there), and where it does not', () => {
    const source = 'Buses run late. Nothing here. Buses run early.';
    const folded = source.toLowerCase();
    const [first, second] = mapSnippet(source, folded, `${S}buses${E} run late.${D}${S}buses${E} run early.`);
    expect(first).toMatchObject({ cutBefore: false, cutAfter: true });
    expect(second).toMatchObject({ cutBefore: true, cutAfter: false });
    expect(mapSnippet('Short text.', 'short text.', '')[0]).toMatchObject({ cutBefore: false, cutAfter: false });
  });

  it('returns text, so markup in a story stays text', () => {
    const source = 'A <b>bold</b> claim & more';
    const parts = mapSnippet(source, source.toLowerCase(), `a <b>${S}bold${E}</b> claim & more`).flatMap((fragment) => fragment.parts);
    expect(parts).toContainEqual({ text: 'bold', match: true });
    expect(parts.map((part) => part.text).join('')).toBe(source);
  });

  it('falls back to the opening words when folding changed the length', () => {
    const source = 'Straße closed for repairs';
    const fragments = mapSnippet(source, 'strasse closed for repairs', `${S}strasse${E} closed`);
    expect(render(fragments)).toBe('Straße closed for repairs');
  });

  it('falls back to the opening words when nothing matched in the text', () => {
    const long = `${'word '.repeat(80)}end`;
    const [fragment] = mapSnippet(long, long, '');
    expect(fragment.parts[0].text.length).toBeLessThanOrEqual(220);
    expect(fragment.parts[0].match).toBe(false);
    expect(fragment).toMatchObject({ cutBefore: false, cutAfter: true });
  });

  it('collapses line breaks and doubled spaces', () => {
    const source = 'First  line\nsecond line';
    expect(render(mapSnippet(source, source.toLowerCase(), `first  ${S}line${E}\nsecond line`))).toBe('First [line] second line');
  });
});
