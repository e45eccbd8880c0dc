import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '../db/client';
import { toJsonValue } from '../db/json';
import { createAuthor, createSection, createStory, paragraphs } from '../testing/newsroom';
import { negatedParts, schwaSpellings, swapSpellings } from './corrections';
import { MAX_RANKED_MATCHES, normaliseQuery, parseSearchPage, searchStories, splitLeftOut, type SearchResults } from './search';

const headlines = (results: SearchResults) => results.hits.map((hit) => hit.story.headline);
const DAY = 86_400_000;

describe('reader search', () => {
  const db = getDb();
  let sectionId: number;
  let authorId: number;

  const story = (headline: string, body: string, options: { standfirst?: string; daysAgo?: number; status?: 'DRAFT' | 'PUBLISHED'; deleted?: boolean } = {}) =>
    createStory(db, {
      sectionId,
      createdById: authorId,
      headline,
      standfirst: options.standfirst ?? '',
      body: paragraphs(body),
      status: options.status ?? 'PUBLISHED',
      deletedAt: options.deleted ? new Date() : null,
      firstPublishedAt: new Date(Date.now() - (options.daysAgo ?? 1) * DAY),
    });

  beforeAll(async () => {
    sectionId = (await createSection(db)).id;
    authorId = (await createAuthor(db)).id;
    await story('Pipeline tariff talks resume in Vienna', 'Delegations met again on Monday.', { daysAgo: 20 });
    await story('Harvest festival draws crowds to Quba', 'Traders said the pipeline of visitors from Baku never stopped.', { daysAgo: 1 });
    await story('Ferry timetable changes for winter', 'The pipeline project was not discussed. The ferry leaves at nine.', { daysAgo: 2 });
    await story('Ferry timetable changes for spring', 'The spring ferry leaves at ten.', { daysAgo: 30 });
    await story('Əliyev meets regional governors in Gəncə', 'The meeting in Gəncə lasted three hours, officials said.', { daysAgo: 3 });
    await story('Şamaxı silk workshop reopens', 'Weavers at the Şamaxı workshop returned to their looms.', {
      standfirst: 'Silk weaving returns to the old caravanserai.',
      daysAgo: 4,
    });
    await story('Unpublished pipeline memo', 'A draft nobody should find: pipeline.', { status: 'DRAFT' });
    await story('Deleted pipeline story', 'Deleted but still in the table: pipeline.', { deleted: true });
    await story('Wind farm planned near Sumqayıt', 'Turbines would stand offshore; the wind farm needs a grid link.', { daysAgo: 5 });
    await story('Araz Məmmədov wins Lənkəran by-election', 'The count in Lənkəran ended at dawn.', { daysAgo: 7 });
    await story('Ten men rescued from stranded ferry', 'The crew of ten men was brought ashore.', { daysAgo: 8 });
    await story('Man rescued from flooded basement', 'Firefighters pumped out the water.', { daysAgo: 8 });
    await story('Cable car to reopen in Qəbələ', 'The cable car was closed for a year.', { daysAgo: 25 });
    await story('Mountain resorts expect a record winter', 'Skiers queue for the cable. The cable was replaced, the cable car cabins repainted, and the cable company says the cable will last.', { daysAgo: 1 });
    await story('Solar park opens', 'The wind was calm on opening day; solar panels cover the hillside.', { daysAgo: 6 });
  });

  it('ranks a headline match above body-only matches, even newer ones', async () => {
    const results = await searchStories('pipeline', 1);
    expect(results.mode).toBe('fulltext');
    expect(headlines(results)[0]).toBe('Pipeline tariff talks resume in Vienna');
    expect(headlines(results)).toEqual(
      expect.arrayContaining(['Harvest festival draws crowds to Quba', 'Ferry timetable changes for winter']),
    );
    expect(results.total).toBe(3);
  });

  it('ranks only the newest matches of a word most stories hold, and says more were found', async () => {
    // One more than can be ranked, one a minute; the oldest also has the word in its headline.
    const count = MAX_RANKED_MATCHES + 1;
    const body = toJsonValue(paragraphs('Night sky over the observatory.'));
    const rows = Array.from({ length: count }, (_, index) => {
      const at = new Date(Date.now() - 40 * DAY - index * 60_000);
      const headline = index === 3 ? 'Observatory reopens to visitors' : index === count - 1 ? 'Observatory telescope restored' : `Night sky notes ${index}`;
      return { slug: `observatory-${index}`, headline, body, bodyText: 'Night sky over the observatory.', status: 'PUBLISHED' as const, sectionId, createdById: authorId, firstPublishedAt: at, publishedAt: at };
    });
    await db.article.createMany({ data: rows });
    try {
      const results = await searchStories('observatory', 1);
      expect(results).toMatchObject({ mode: 'fulltext', total: MAX_RANKED_MATCHES, moreThanTotal: true, pageCount: MAX_RANKED_MATCHES / 20 });
      expect(headlines(results)[0]).toBe('Observatory reopens to visitors');
      expect(headlines(results)).not.toContain('Observatory telescope restored');
      // Past the ranked matches there are no pages; a narrower query reaches the older story.
      expect((await searchStories('observatory', MAX_RANKED_MATCHES / 20 + 1)).hits).toEqual([]);
      const narrower = await searchStories('observatory telescope', 1);
      expect(narrower).toMatchObject({ total: 1, moreThanTotal: false });
      expect(headlines(narrower)).toEqual(['Observatory telescope restored']);
    } finally {
      await db.article.deleteMany({ where: { slug: { startsWith: 'observatory-' } } });
    }
  });

  it('keeps the headline match first however often a newer story repeats the word', async () => {
    const results = await searchStories('cable', 1);
    expect(headlines(results)).toEqual(['Cable car to reopen in Qəbələ', 'Mountain resorts expect a record winter']);
  });

  it('puts the newer story first when the matches are alike', async () => {
    const results = await searchStories('ferry timetable', 1);
    expect(headlines(results)).toEqual(['Ferry timetable changes for winter', 'Ferry timetable changes for spring']);
  });

  it('never finds drafts or deleted stories', async () => {
    const results = await searchStories('pipeline', 1);
    expect(headlines(results)).not.toContain('Unpublished pipeline memo');
    expect(headlines(results)).not.toContain('Deleted pipeline story');
  });

  it('ignores case and accents, with Ə as A', async () => {
    expect(headlines(await searchStories('aliyev', 1))).toEqual(['Əliyev meets regional governors in Gəncə']);
    expect(headlines(await searchStories('ALIYEV', 1))).toEqual(['Əliyev meets regional governors in Gəncə']);
    expect(headlines(await searchStories('Samaxi silk', 1))).toEqual(['Şamaxı silk workshop reopens']);
    expect(headlines(await searchStories('Əliyev', 1))).toEqual(['Əliyev meets regional governors in Gəncə']);
  });

  it('reads an e typed for ə, as Azerbaijanis write on a Latin keyboard', async () => {
    expect(headlines(await searchStories('gence', 1))).toEqual(['Əliyev meets regional governors in Gəncə']);
    expect(headlines(await searchStories('Memmedov', 1))).toEqual(['Araz Məmmədov wins Lənkəran by-election']);
    expect(headlines(await searchStories('lenkeran election', 1))).toEqual(['Araz Məmmədov wins Lənkəran by-election']);
    const results = await searchStories('gence', 1);
    expect(results.mode).toBe('fulltext');
    // Never silently: the reader is told which word was read as which, in the story's spelling.
    expect(results.readInstead).toEqual({ typed: ['gence'], found: ['Gəncə'] });
    expect((await searchStories('lenkeran election', 1)).readInstead).toEqual({ typed: ['lenkeran'], found: ['Lənkəran'] });
    expect(results.hits[0].snippet.flatMap((fragment) => fragment.parts).filter((part) => part.match).map((part) => part.text)).toContain('Gəncə');
  });

  it('tries ə only when the words as typed find nothing', async () => {
    const men = await searchStories('men rescued', 1);
    expect(headlines(men)).toEqual(['Ten men rescued from stranded ferry']);
    expect(men.readInstead).toBeNull();
  });

  it('understands quotes, minus and or', async () => {
    expect(headlines(await searchStories('"wind farm"', 1))).toEqual(['Wind farm planned near Sumqayıt']);
    expect(headlines(await searchStories('wind -solar', 1))).toEqual(['Wind farm planned near Sumqayıt']);
    expect(headlines(await searchStories('turbines or weavers', 1)).sort()).toEqual(['Wind farm planned near Sumqayıt', 'Şamaxı silk workshop reopens']);
    // What is left out is left out of everything found, not only of the word beside it.
    expect(headlines(await searchStories('solar or turbines -calm', 1))).toEqual(['Wind farm planned near Sumqayıt']);
    expect(headlines(await searchStories('solar -calm or turbines', 1))).toEqual(['Wind farm planned near Sumqayıt']);
    expect(headlines(await searchStories('"wind farm" or solar -"opening day"', 1))).toEqual(['Wind farm planned near Sumqayıt']);
  });

  it('marks the words found in the story’s own spelling, never as HTML', async () => {
    const results = await searchStories('samaxi', 1);
    expect(results.mode).toBe('fulltext');
    const [hit] = results.hits;
    const marked = hit.snippet.flatMap((fragment) => fragment.parts).filter((part) => part.match).map((part) => part.text);
    expect(marked).toContain('Şamaxı');
    const text = hit.snippet.flatMap((fragment) => fragment.parts).map((part) => part.text).join('');
    expect(text).toContain('Weavers at the Şamaxı workshop');
    expect(text).not.toMatch(/[<>⟦⟧]/);
  });

  it('marks the word found even where folding lengthened the text (… to ..., « to <<)', async () => {
    await story('Dockers walk out at the port', 'The union said «enough is enough»… Stevedores left the cranes idle at noon.', {
      standfirst: 'A strike „without end“, they say…',
    });
    const [hit] = (await searchStories('stevedores', 1)).hits;
    const parts = hit.snippet.flatMap((fragment) => fragment.parts);
    expect(parts.filter((part) => part.match).map((part) => part.text)).toEqual(['Stevedores']);
    const text = parts.map((part) => part.text).join('');
    expect(text).toContain('«enough is enough»… Stevedores left');
    expect(text).not.toMatch(/<<|>>|\.\.\.|[⟦⟧]/);
  });

  it('finds words quoted in guillemets, which folding once turned into markup the index skipped', async () => {
    await story('Port workers strike', 'The union said «turnstiles stay shut» at the gates and ‹gangways raised› at the docks.');
    expect(headlines(await searchStories('turnstiles', 1))).toEqual(['Port workers strike']);
    expect(headlines(await searchStories('"gangways raised"', 1))).toEqual(['Port workers strike']);
  });

  it('marks the words found in the headline, which stays whole', async () => {
    await story('Lighthouse keeper retires after «forty years»…', 'He climbed the stairs every night.');
    const [hit] = (await searchStories('lighthouse keeper', 1)).hits;
    expect(hit.headline.filter((part) => part.match).map((part) => part.text)).toEqual(['Lighthouse', 'keeper']);
    expect(hit.headline.map((part) => part.text).join('')).toBe('Lighthouse keeper retires after «forty years»…');
    expect(hit.snippet.flatMap((fragment) => fragment.parts).some((part) => part.match)).toBe(false);
  });

  it('reads two swapped letters put back, the commonest typo, marking the words found', async () => {
    const silk = await searchStories('slik workshop', 1);
    expect(silk.mode).toBe('fulltext');
    expect(headlines(silk)).toEqual(['Şamaxı silk workshop reopens']);
    expect(silk.hits[0].headline.filter((part) => part.match).map((part) => part.text)).toEqual(['silk', 'workshop']);
    expect(silk.readInstead).toEqual({ typed: ['slik'], found: ['silk'] });
    expect(headlines(await searchStories('trubines', 1))).toEqual(['Wind farm planned near Sumqayıt']);
  });

  it('when nothing is found, reads a word no story holds as the nearest words stories hold, shown as similar', async () => {
    const town = await searchStories('Sumqayt', 1);
    expect(town.mode).toBe('similar');
    expect(headlines(town)).toEqual(['Wind farm planned near Sumqayıt']);
    expect(town.hits[0].headline.filter((part) => part.match).map((part) => part.text)).toEqual(['Sumqayıt']);
    expect(town.readInstead).toEqual({ typed: ['Sumqayt'], found: ['Sumqayıt'] });
    // Only in a story's text, never its headline.
    expect(headlines(await searchStories('firefightrs', 1))).toEqual(['Man rescued from flooded basement']);
    expect(headlines(await searchStories('turbnes', 1))).toEqual(['Wind farm planned near Sumqayıt']);
    // A word left out is never guessed at: `-turbnes` leaves out nothing it might mean.
    expect(headlines(await searchStories('wind -turbnes', 1))).toEqual(['Wind farm planned near Sumqayıt', 'Solar park opens']);
    // Numbers are not words of similar spelling (pg_trgm would read 16.9 as 16 and 9).
    await story('Inflation falls to 16 per cent', 'Prices rose 9 per cent a year ago.');
    expect((await searchStories('16.9', 1)).total).toBe(0);
  });

  it('reads a name typed without its letters in -word and or as well', async () => {
    await story('Silk road museum opens in Şəki', 'The museum holds silk from Şəki workshops.', { daysAgo: 9 });
    // `Seki` is in no story: it stands for Şəki wherever it is in the query.
    const silk = await searchStories('silk -Seki', 1);
    expect(headlines(silk)).toEqual(['Şamaxı silk workshop reopens']);
    // Only the word left out was read otherwise: the words sought were found as typed, nothing to tell.
    expect(silk.readInstead).toBeNull();
    const either = await searchStories('Seki or Quba', 1);
    expect(headlines(either).sort()).toEqual(['Harvest festival draws crowds to Quba', 'Silk road museum opens in Şəki']);
    expect(either.readInstead).toEqual({ typed: ['Seki'], found: ['Şəki'] });
    expect(headlines(await searchStories('Quba or Seki', 1)).sort()).toEqual(['Harvest festival draws crowds to Quba', 'Silk road museum opens in Şəki']);
    // Leaving it out stays leaving it out when nothing is left, through every fallback.
    const museum = await searchStories('museum -Seki', 1);
    expect(museum.total).toBe(0);
    expect(await searchStories('museum -Şəki', 1)).toMatchObject({ total: 0, hits: [] });
  });

  it('leaves a word no story holds out of nothing when it is left out', async () => {
    // `president` is in no story: read as `residents` it would leave out stories it never named.
    await story('Residents of Quba ask for a new bridge', 'Residents said they would wait for the council.');
    const quba = headlines(await searchStories('Quba', 1));
    expect(quba).toContain('Residents of Quba ask for a new bridge');
    expect(headlines(await searchStories('Quba -president', 1))).toEqual(quba);
  });

  it('knows only the words of published stories: a draft neither blocks a correction nor shows', async () => {
    await story('Sumqayt notes', 'A draft that misspells Sumqayt.', { status: 'DRAFT' });
    expect(headlines(await searchStories('Sumqayt', 1))).toEqual(['Wind farm planned near Sumqayıt']);
    const draft = await story('Zeolite quarry plans', 'Zeolite deposits were surveyed.', { status: 'DRAFT' });
    const known = () => db.searchLexeme.count({ where: { lexeme: 'zeolit' } });
    expect(await known()).toBe(0);
    await db.article.update({ where: { id: draft.id }, data: { status: 'PUBLISHED', publishedAt: new Date() } });
    expect(await known()).toBe(1);
  });

  it('falls back to similar headlines when no word can be read otherwise', async () => {
    // `frm` is too short to stand for another word, so the words as typed find nothing.
    const results = await searchStories('wind frm', 1);
    expect(results.mode).toBe('similar');
    expect(headlines(results)[0]).toBe('Wind farm planned near Sumqayıt');
    // No words were found, so none are marked.
    expect(results.hits[0].headline).toEqual([{ text: 'Wind farm planned near Sumqayıt', match: false }]);
    // Headlines are compared with the words sought: a word left out is no spelling to be like.
    for (const query of ['wind frm -Quba', 'wind frm - Quba', 'wind frm –Quba', 'wind frm (-Quba)']) {
      expect(headlines(await searchStories(query, 1)), query).toEqual(headlines(results));
    }
  });

  it('offers similar headlines only with the numbers as typed', async () => {
    await story('Bus lanes open on route 153', 'The lanes run from the station.');
    // `xq` is too short to read as anything: only headlines can be like the query.
    expect(headlines(await searchStories('xq lanes 154', 1))).not.toContain('Bus lanes open on route 153');
    expect(headlines(await searchStories('xq lanes 153', 1))).toContain('Bus lanes open on route 153');
    expect(headlines(await searchStories('xq lanes 154 or 153', 1))).toContain('Bus lanes open on route 153');
  });

  it('finds nothing, helpfully, for nonsense and for stop words alone', async () => {
    for (const query of ['qwxzvbn', '!!! ???']) {
      const results = await searchStories(query, 1);
      expect(results).toMatchObject({ mode: 'none', total: 0, hits: [] });
    }
    expect(await searchStories('the of and', 1)).toMatchObject({ mode: 'common-words', total: 0, hits: [] });
    expect(await searchStories('', 1)).toMatchObject({ mode: 'none', hits: [] });
  });

  it('is safe with quotes, backslashes and SQL in the query', async () => {
    for (const query of ["'; DROP TABLE \"Article\"; --", 'a\\b "unclosed', '<script>alert(1)</script>', '!!! ((( :*']) {
      await expect(searchStories(query, 1)).resolves.toHaveProperty('hits');
    }
    expect(await db.article.count()).toBeGreaterThan(0);
  });

  it('paginates 20 results a page', async () => {
    for (let i = 0; i < 21; i++) await story(`Caviar report number ${i}`, 'Sturgeon numbers in the Caspian.', { daysAgo: 10 + i / 24 });
    const first = await searchStories('caviar', 1);
    const second = await searchStories('caviar', 2);
    expect(first).toMatchObject({ total: 21, pageCount: 2, page: 1 });
    expect(first.hits).toHaveLength(20);
    expect(second.hits).toHaveLength(1);
    expect(headlines(first)).not.toContain(headlines(second)[0]);
    expect((await searchStories('caviar', 3)).hits).toHaveLength(0);
  });
});

describe('search input', () => {
  it('trims, collapses and caps the query', () => {
    expect(normaliseQuery('  bus   lanes \n')).toBe('bus lanes');
    expect(normaliseQuery(['first', 'second'])).toBe('first');
    expect(normaliseQuery(undefined)).toBe('');
    expect(normaliseQuery('x'.repeat(500))).toHaveLength(200);
    // Capped by characters: an emoji at the limit stays whole or goes, never half of it.
    expect(normaliseQuery(`${'x'.repeat(199)}😀`)).toBe(`${'x'.repeat(199)}😀`);
    expect(normaliseQuery(`${'x'.repeat(200)}😀 more`)).toBe('x'.repeat(200));
  });

  it('spells each e both ways, within reason', () => {
    expect(schwaSpellings('gence').sort()).toEqual(['ganca', 'gance', 'genca']);
    expect(schwaSpellings('baku')).toEqual([]);
    expect(schwaSpellings('eeeeee')).toEqual(['aaaaaa']);
  });

  it('takes what a query leaves out away from it, however the minus is written', () => {
    expect(splitLeftOut('Bak -Quba -"silk road" x')).toEqual({ sought: 'Bak x', leftOut: ['Quba', '"silk road"'] });
    expect(splitLeftOut('Bak - Quba')).toEqual({ sought: 'Bak', leftOut: ['Quba'] });
    expect(splitLeftOut('Bak –Quba')).toEqual({ sought: 'Bak', leftOut: ['Quba'] });
    expect(splitLeftOut('Baku-Quba')).toEqual({ sought: 'Baku-Quba', leftOut: [] });
    expect(splitLeftOut('"Baku -Quba" road')).toEqual({ sought: '"Baku -Quba" road', leftOut: [] });
    expect(splitLeftOut('road -"silk ro')).toEqual({ sought: 'road', leftOut: ['"silk ro"'] });
  });

  it('finds what a parsed query leaves out, words and phrases', () => {
    expect(negatedParts("'cocoon' & !'seki' & !( 'silk' <-> 'road' )")).toEqual(["'seki'", "( 'silk' <-> 'road' )"]);
    expect(negatedParts("'it''s' & !( ( 'seki' | 'saki' ) | 'x' )")).toEqual(["( ( 'seki' | 'saki' ) | 'x' )"]);
    expect(negatedParts("'a!b' | 'c'")).toEqual([]);
  });

  it('swaps each pair of neighbouring letters in words of four letters or more', () => {
    expect(swapSpellings('slik')).toEqual(['lsik', 'silk', 'slki']);
    expect(swapSpellings('ferry')).toEqual(['efrry', 'frery', 'feryr']);
    expect(swapSpellings('şəki')).toEqual(['əşki', 'şkəi', 'şəik']);
    expect(swapSpellings('the')).toEqual([]);
  });

  it('reads the page number, defaulting to 1', () => {
    expect(parseSearchPage('3')).toBe(3);
    for (const value of [undefined, '0', '-1', 'two', '1e3', '007']) expect(parseSearchPage(value)).toBe(1);
  });
});
