import { describe, expect, it } from 'vitest';
import { FRAGMENT_DELIMITER as D, MATCH_END as E, MATCH_START as S, mapSnippet, markHeadline } from './snippet';

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

  it('follows characters that fold to several (… « » ß) to mark the right original words', () => {
    const source = 'Wait… the «Gəncə» vote, said Straße. Nothing here. Gəncə again.';
    const folded = 'wait... the <<ganca>> vote, said strasse. nothing here. ganca again.';
    const folds = { '…': '...', '«': '<<', '»': '>>', ß: 'ss' };
    const marked = `wait... the <<${S}ganca${E}>> vote, said ${S}strasse${E}.${D}${S}ganca${E} again.`;
    const fragments = mapSnippet(source, folded, marked, folds);
    expect(render(fragments)).toBe('Wait… the «[Gəncə]» vote, said [Straße]. | [Gəncə] again.');
    expect(fragments[0]).toMatchObject({ cutBefore: false, cutAfter: true });
    expect(fragments[1]).toMatchObject({ cutBefore: true, cutAfter: false });
  });

  it('keeps an accent that folds to nothing with its letter', () => {
    const source = 'Cafe\u0301 owners… protest';
    const marked = `${S}cafe${E} owners... protest`;
    expect(render(mapSnippet(source, 'cafe owners... protest', marked, { '\u0301': '', '…': '...' }))).toBe('[Cafe\u0301] owners… protest');
  });

  it('counts characters by code point, as PostgreSQL does', () => {
    const source = '🚢 Ferry… to Baku';
    const marked = `🚢 ${S}ferry${E}... to ${S}baku${E}`;
    expect(render(mapSnippet(source, '🚢 ferry... to baku', marked, { '…': '...' }))).toBe('🚢 [Ferry]… to [Baku]');
  });

  it('falls back to the opening words when the folded text cannot be lined up with the original', () => {
    const source = 'Straße closed for repairs';
    expect(render(mapSnippet(source, 'strasse closed for repairs', `${S}strasse${E} closed`))).toBe('Straße closed for repairs');
    expect(render(mapSnippet(source, 'strasse closed for repairs', `${S}strasse${E} closed`, { ß: 'sz' }))).toBe('Straße closed for repairs');
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

describe('search headlines', () => {
  const render = (parts: ReturnType<typeof markHeadline>) => parts.map((part) => (part.match ? `[${part.text}]` : part.text)).join('');

  it('marks the words found in the whole headline, in its own spelling', () => {
    const headline = 'Straße «closed» in Gəncə… for now';
    const marked = `${S}strasse${E} <<closed>> in ${S}ganca${E}... for now`;
    const parts = markHeadline(headline, 'strasse <<closed>> in ganca... for now', marked, { ß: 'ss', '«': '<<', '»': '>>', '…': '...' });
    expect(render(parts)).toBe('[Straße] «closed» in [Gəncə]… for now');
    expect(parts.map((part) => part.text).join('')).toBe(headline);
  });

  it('leaves the headline whole and unmarked when the marks cannot be placed', () => {
    const headline = 'Ferry  timetable changes';
    expect(markHeadline(headline, 'ferry  timetable changes', `${S}ferry${E} timetable`)).toEqual([{ text: headline, match: false }]);
    expect(markHeadline('Straße', 'strasse', `${S}strasse${E}`)).toEqual([{ text: 'Straße', match: false }]);
  });
});
