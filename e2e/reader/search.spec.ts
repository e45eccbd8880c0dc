import { expect, test } from '@playwright/test';
import { db, PUBLIC, shownHeadline } from './support';

/** What a reader on a Latin keyboard types for an Azerbaijani word (Əliyev → Aliyev). */
const latinise = (word: string) =>
  word.replace(/[Əə]/g, (c) => (c === 'Ə' ? 'A' : 'a')).replace(/[Şş]/g, (c) => (c === 'Ş' ? 'S' : 's')).replace(/[Çç]/g, (c) => (c === 'Ç' ? 'C' : 'c'))
    .replace(/[Ğğ]/g, (c) => (c === 'Ğ' ? 'G' : 'g')).replace(/ı/g, 'i').replace(/İ/g, 'I').replace(/[Öö]/g, (c) => (c === 'Ö' ? 'O' : 'o')).replace(/[Üü]/g, (c) => (c === 'Ü' ? 'U' : 'u'));

const resultHeadlines = (page: import('@playwright/test').Page) => page.getByRole('list', { name: 'Results' }).locator('h2');

test.describe('search', () => {
  test('finds a story by a word of its headline, ranks it first and marks the words in the snippet', async ({ page }) => {
    const stories = await db.article.findMany({ where: PUBLIC, select: { headline: true, mediaMarker: true, bodyText: true, firstPublishedAt: true } });
    // A word in exactly one headline that a newer story also uses in its text: the headline match
    // must come first all the same, and the other story must be found too.
    const words = new Map<string, (typeof stories)[number][]>();
    for (const story of stories) {
      for (const word of new Set(story.headline.toLowerCase().match(/\b[a-z]{7,}\b/g) ?? [])) words.set(word, [...(words.get(word) ?? []), story]);
    }
    const newerUsing = (word: string, story: (typeof stories)[number]) =>
      stories.find((other) => other !== story && other.firstPublishedAt! > story.firstPublishedAt! && !other.headline.toLowerCase().includes(word) && new RegExp(`\\b${word}\\b`, 'i').test(other.bodyText));
    // …and few enough stories use it that all of them fit on the first page of results.
    const users = (word: string) => stories.filter((other) => new RegExp(`\\b${word}\\b`, 'i').test(`${other.headline} ${other.bodyText}`)).length;
    const found = [...words].find(([word, matches]) => matches.length === 1 && newerUsing(word, matches[0]) && users(word) <= 10);
    expect(found, 'the demo newsroom has a headline word that a newer story uses in its text').toBeDefined();
    const [word, [story]] = found!;
    const other = newerUsing(word, story)!;

    await page.goto(`/search?q=${encodeURIComponent(word)}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Search results for “${word}”`);
    await expect(resultHeadlines(page).first()).toHaveText(shownHeadline(story));
    await expect(resultHeadlines(page).filter({ hasText: other.headline })).toHaveCount(1);
    await expect(page.getByRole('main').getByRole('searchbox', { name: 'Search stories' })).toHaveValue(word);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);

    // A control character in the address (a NUL PostgreSQL would refuse) reads as a space.
    await page.goto(`/search?q=${encodeURIComponent(word)}%00`);
    await expect(resultHeadlines(page).first()).toHaveText(shownHeadline(story));
  });

  test('ignores accents: a Latin spelling finds the Azerbaijani one', async ({ page }) => {
    const story = await db.article.findFirstOrThrow({ where: { ...PUBLIC, headline: { contains: 'ə' } }, orderBy: { id: 'asc' }, select: { headline: true } });
    const word = story.headline.split(/[\s,:’']+/).find((w) => /ə/.test(w))!;
    await page.goto(`/search?q=${encodeURIComponent(latinise(word))}`);
    await expect(resultHeadlines(page).filter({ hasText: story.headline })).toHaveCount(1);
    await expect(page.locator('main mark').filter({ hasText: word }).first()).toBeVisible();
  });

  test('reads an e typed for ə as ə, and says so', async ({ page }) => {
    const stories = await db.article.findMany({ where: { ...PUBLIC, headline: { contains: 'ə' } }, orderBy: { id: 'asc' }, select: { headline: true } });
    // A headline word whose e-spelling no published story holds, so it can only be read as ə.
    const held = async (text: string) =>
      (await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Article" WHERE status = 'PUBLISHED' AND "searchVector" @@ plainto_tsquery('english', dateline_fold(${text}))`)[0].n > 0;
    let chosen: { word: string; typed: string; headline: string } | undefined;
    for (const { headline } of stories) {
      for (const word of headline.match(/[\p{L}]*ə[\p{L}]*/gu) ?? []) {
        const typed = latinise(word.replace(/Ə/g, 'E').replace(/ə/g, 'e'));
        if (!chosen && word.length >= 4 && !(await held(typed))) chosen = { word, typed, headline };
      }
      if (chosen) break;
    }
    expect(chosen, 'the demo newsroom has a headline word with ə').toBeDefined();
    const { word, typed, headline } = chosen!;
    await page.goto(`/search?q=${encodeURIComponent(typed)}`);
    await expect(resultHeadlines(page).filter({ hasText: headline })).toHaveCount(1);
    await expect(page.getByRole('status')).toContainText(`No stories contain “${typed}”. Showing stories with “`);
    await expect(page.getByRole('status')).toContainText(new RegExp(`“${word}”`, 'i'));
  });

  test('reads a typo as the nearest word the stories hold, else offers headlines of similar spelling', async ({ page }) => {
    const story = await db.article.findFirstOrThrow({ where: PUBLIC, orderBy: { id: 'asc' }, select: { headline: true } });
    const word = story.headline.match(/\b[A-Za-z]{8,}\b/)?.[0] ?? story.headline.split(' ').sort((a, b) => b.length - a.length)[0];
    const typo = word.slice(0, 3) + word.slice(4); // one letter dropped
    await page.goto(`/search?q=${encodeURIComponent(typo)}`);
    await expect(page.getByText(`No stories contain “${typo}”.`)).toBeVisible();
    await expect(resultHeadlines(page).filter({ hasText: story.headline })).toHaveCount(1);
    // Found by the nearest word stories hold, which is marked.
    await expect(page.locator('main mark').filter({ hasText: new RegExp(`^${word}$`, 'i') }).first()).toBeVisible();

    // A word too short to stand for another: no story holds both, so similar headlines are offered.
    const query = `${word} zq`;
    await page.goto(`/search?q=${encodeURIComponent(query)}`);
    await expect(page.getByText(`No stories contain “${query}”.`)).toBeVisible();
    await expect(resultHeadlines(page).filter({ hasText: story.headline })).toHaveCount(1);
  });

  test('says plainly when nothing matches, and how to search better', async ({ page }) => {
    await page.goto('/search?q=zqxjvwpk');
    await expect(page.getByText('No stories match “zqxjvwpk”.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'latest stories' })).toHaveAttribute('href', '/latest');
    // Only words too common to search for: say that, not "check the spelling".
    await page.goto('/search?q=the+or+of');
    await expect(page.getByText('“the or of” has only words too common to search for.')).toBeVisible();
    await page.goto('/search');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
  });

  test('echoes a pasted address or a 200-letter word without widening a phone’s page', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    // x, not a: test stories are named with hex ("Story aa89974c"), which a run of a's spells like.
    for (const q of ['https://news.example/business/a-very-long-story-address-that-someone-pasted-into-search', 'x'.repeat(200)]) {
      await page.goto(`/search?q=${encodeURIComponent(q)}`);
      await expect(page.getByText(`No stories match “${q}”.`)).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth), q).toBeLessThanOrEqual(375);
    }
  });

  test('pages through many results', async ({ page }) => {
    // "the" is a stop word; the commonest real word in headlines and bodies spans pages.
    await page.goto('/search?q=said');
    const summary = page.getByText(/stories found/);
    await expect(summary).toBeVisible();
    const total = Number((await summary.textContent())!.match(/(\d+) stories/)![1]);
    expect(total, 'the demo newsroom has more than a page of stories quoting someone').toBeGreaterThan(20);
    await expect(resultHeadlines(page)).toHaveCount(20);
    // Ranked by relevance, not date: the next page is "Next", not "Older".
    await page.getByRole('link', { name: 'Next results, page 2' }).click();
    await expect(page).toHaveURL(/\/search\?q=said&page=2$/);
    await expect(resultHeadlines(page)).toHaveCount(Math.min(20, total - 20));

    // Past the last page (an old link to a search whose results shrank): one way back, no page links.
    await page.goto('/search?q=said&page=999');
    await expect(page.getByText('There are no more results.')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Search results: more pages' })).toHaveCount(0);
    await expect(page.getByText(/page 999 of/)).toHaveCount(0);
    await page.getByRole('link', { name: 'Back to the first page' }).click();
    await expect(resultHeadlines(page)).toHaveCount(20);
  });
});

test.describe('search without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the form submits and the results arrive in the first HTML', async ({ page }) => {
    const story = await db.article.findFirstOrThrow({ where: PUBLIC, orderBy: { id: 'asc' }, select: { headline: true, mediaMarker: true } });
    await page.goto('/search');
    await page.getByRole('main').getByRole('searchbox', { name: 'Search stories' }).fill(`"${story.headline}"`);
    await page.getByRole('main').getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\?q=/);
    await expect(resultHeadlines(page).first()).toHaveText(shownHeadline(story));
  });
});
