import { expect, test } from '@playwright/test';
import { createStory } from '../../lib/testing/newsroom';
import { articleUrl, db, findStory, PUBLIC, publicationSettings, storyWithGallery } from './support';

/** `19 October 2017 09:58 (UTC+04:00)`, computed here with Intl, independently of lib/time. */
function expectedDateline(date: Date, timeZone: string): { text: string; iso: RegExp } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'longOffset',
    })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  const offset = parts.timeZoneName === 'GMT' ? '+00:00' : parts.timeZoneName.slice(3);
  return {
    text: `${parts.day} ${parts.month} ${parts.year} ${parts.hour}:${parts.minute} (UTC${offset})`,
    iso: new RegExp(`T${parts.hour}:${parts.minute}:\\d{2}\\${offset}$`),
  };
}

test.describe('the article page', () => {
  test('shows section, headline, standfirst, byline, dateline, hero, body, tags, share links and rails', async ({ page }) => {
    const story = await storyWithGallery();
    const { timeZone, xHandle } = await publicationSettings();
    const response = await page.goto(articleUrl(story));
    expect(response?.status()).toBe(200);
    const article = page.locator('main article').first();

    await expect(article.locator('header').getByRole('link', { name: story.section.name, exact: true })).toHaveAttribute('href', `/${story.section.slug}`);
    const headline = page.getByRole('heading', { level: 1 });
    await expect(headline).toContainText(story.headline);
    if (story.mediaMarker) await expect(headline.locator('.media-badge')).toHaveText(new RegExp(story.mediaMarker, 'i'));
    if (story.standfirst) await expect(article.getByText(story.standfirst, { exact: true })).toBeVisible();

    const dateline = expectedDateline(story.firstPublishedAt!, timeZone);
    await expect(page.getByTestId('dateline')).toHaveText(dateline.text);
    await expect(page.getByTestId('dateline')).toHaveAttribute('datetime', dateline.iso);

    for (const { user } of story.authors) {
      await expect(article.getByRole('link', { name: user.name, exact: true })).toHaveAttribute('href', `/author/${user.slug}`);
    }

    // The hero: sized before it loads (width and height), responsive variants, caption and credit.
    const hero = article.locator('figure').first();
    const heroImage = hero.locator('img');
    await expect(heroImage).toHaveAttribute('width', /^\d+$/);
    await expect(heroImage).toHaveAttribute('height', /^\d+$/);
    await expect(heroImage).toHaveAttribute('srcset', /\/media\/images\/.+\/w640\.webp 640w/);
    await expect(heroImage).toHaveAttribute('sizes', /.+/);
    const heroRow = await db.image.findUniqueOrThrow({ where: { id: story.heroImageId! } });
    const heroFields = await db.article.findUniqueOrThrow({ where: { id: story.id }, select: { heroCaption: true, heroCredit: true } });
    const caption = heroFields.heroCaption || heroRow.caption;
    const credit = heroFields.heroCredit || heroRow.credit;
    if (caption) await expect(hero.locator('figcaption')).toContainText(caption);
    if (credit) await expect(hero.locator('figcaption')).toContainText(credit);
    expect(await heroImage.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);

    // The body, rendered on the server from the stored document.
    const body = article.locator('.story-body');
    const document = JSON.stringify(story.body);
    await expect(body.locator('p').first()).toBeVisible();
    if (document.includes('"heading"')) await expect(body.locator('h2, h3').first()).toBeVisible();
    if (document.includes('"bulletList"')) await expect(body.locator('ul > li').first()).toBeVisible();
    if (document.includes('"pullQuote"')) await expect(body.locator('figure.pull-quote blockquote')).not.toHaveCount(0);
    const strip = body.locator('.gallery-strip');
    await expect(strip).toBeVisible();
    await expect(strip.getByRole('link').first()).toHaveAttribute('href', /^\/galleries\/[^/]+\/photo\/1$/);
    // Thumbnails, not a bulleted list: the story's list style stops at the strip.
    await expect(strip).toHaveCSS('list-style-type', 'none');
    const [text, thumbnail] = await Promise.all([body.locator('p').first().boundingBox(), strip.getByRole('listitem').first().boundingBox()]);
    expect(Math.abs(text!.x - thumbnail!.x)).toBeLessThan(1);

    for (const { tag } of story.tags) {
      await expect(page.getByRole('navigation', { name: 'Topics' }).getByRole('link', { name: tag.name, exact: true })).toHaveAttribute('href', `/tag/${tag.slug}`);
    }

    const share = page.getByRole('region', { name: 'Share this story' });
    const path = encodeURIComponent(articleUrl(story));
    for (const [name, host] of [['X', 'x.com'], ['Facebook', 'facebook.com'], ['WhatsApp', 'wa.me'], ['Telegram', 't.me'], ['Email', 'mailto:']] as const) {
      const link = share.getByRole('link', { name: new RegExp(`^${name}`) });
      await expect(link).toHaveAttribute('href', new RegExp(`${host.replace('.', '\\.')}.*${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    }
    await expect(share.getByRole('button', { name: 'Copy link' })).toBeVisible();
    if (xHandle) await expect(page.getByRole('link', { name: 'Follow us on X' })).toHaveAttribute('href', `https://x.com/${xHandle.replace(/^@/, '')}`);

    const rail = page.getByRole('region', { name: 'Latest', exact: true });
    await expect(rail.getByRole('heading', { name: 'Latest' })).toBeVisible();
    await expect(rail.getByRole('listitem').first().locator('time')).toHaveText(/^(\d{2}:\d{2}|\d{1,2} [A-Z][a-z]{2}( \d{4})?)$/);
    await expect(rail.getByRole('link', { name: /See more/ })).toHaveAttribute('href', '/latest');
    await expect(rail.getByRole('link', { name: story.headline })).toHaveCount(0);

    const related = page.getByRole('region', { name: 'Related stories' });
    await expect(related.getByRole('link').first()).toBeVisible();
    await expect(related.getByRole('link', { name: story.headline, exact: true })).toHaveCount(0);
  });

  test('renders every kind of block the editor writes: subheads, lists, quotes, a pull quote, a figure, links, a gallery', async ({ page }) => {
    const [section, writer, picture, gallery] = await Promise.all([
      db.section.findFirstOrThrow({ select: { id: true } }),
      db.user.findFirstOrThrow({ where: { role: 'AUTHOR' }, select: { id: true } }),
      db.image.findFirstOrThrow({ where: { galleryItems: { some: {} } }, select: { id: true, alt: true } }),
      db.gallery.findFirstOrThrow({ where: { status: 'PUBLISHED' }, select: { id: true } }),
    ]);
    const text = (value: string, marks?: { type: 'bold' | 'italic' }[]) => ({ type: 'text' as const, text: value, ...(marks ? { marks } : {}) });
    const item = (value: string) => ({ type: 'listItem' as const, content: [{ type: 'paragraph' as const, content: [text(value)] }] });
    const story = await createStory(db, {
      sectionId: section.id,
      createdById: writer.id,
      authorIds: [writer.id],
      headline: `Ferry timetable changes ${Date.now().toString(36)}`,
      // Dated in the past: newest-first lists and feeds other specs compare stay as they were.
      firstPublishedAt: new Date('2020-03-02T08:00:00Z'),
      body: {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [
              text('Ferries now leave '),
              text('every hour', [{ type: 'bold' }]),
              text(', the '),
              text('port authority', [{ type: 'italic' }]),
              text(' said, in '),
              { type: 'text', text: 'a notice', marks: [{ type: 'link', attrs: { href: 'https://example.org/notice' } }] },
              text('.'),
            ],
          },
          { type: 'heading', attrs: { level: 2 }, content: [text('What changes')] },
          { type: 'bulletList', content: [item('Earlier first sailing'), item('A later last one')] },
          { type: 'orderedList', content: [item('Buy a ticket'), item('Board at the quay')] },
          { type: 'blockquote', content: [{ type: 'paragraph', content: [text('The quay will be busier in summer.')] }] },
          { type: 'pullQuote', attrs: { attribution: 'Leyla Məmmədova, harbour master' }, content: [text('We open at six.')] },
          { type: 'figure', attrs: { imageId: picture.id, caption: 'The quay at dawn', credit: 'Photo: Harbour office' } },
          { type: 'galleryEmbed', attrs: { galleryId: gallery.id } },
        ],
      },
    });
    await page.goto(articleUrl(story));
    const body = page.locator('main article .story-body');
    await expect(body.locator('p strong')).toHaveText('every hour');
    await expect(body.locator('p em')).toHaveText('port authority');
    await expect(body.getByRole('link', { name: 'a notice' })).toHaveAttribute('href', 'https://example.org/notice');
    await expect(body.getByRole('heading', { level: 2, name: 'What changes' })).toBeVisible();
    await expect(body.locator(':scope > ul > li')).toHaveText(['Earlier first sailing', 'A later last one']);
    await expect(body.locator(':scope > ol > li')).toHaveText(['Buy a ticket', 'Board at the quay']);
    await expect(body.locator(':scope > blockquote')).toHaveText('The quay will be busier in summer.');
    const pullQuote = body.locator('figure.pull-quote');
    await expect(pullQuote.locator('blockquote')).toHaveText('We open at six.');
    await expect(pullQuote.locator('figcaption')).toHaveText('Leyla Məmmədova, harbour master');
    const figure = body.locator('figure').filter({ has: page.getByRole('img', { name: picture.alt }) });
    await expect(figure.locator('figcaption')).toContainText('The quay at dawn');
    await expect(figure.locator('figcaption')).toContainText('Photo: Harbour office');
    await expect(body.locator('.gallery-strip').getByRole('link').first()).toHaveAttribute('href', /^\/galleries\/[^/]+\/photo\/1$/);
  });

  test('shows "Updated" only for stories changed after publication', async ({ page }) => {
    const stories = await db.article.findMany({ where: PUBLIC, select: { id: true, firstPublishedAt: true, updatedAt: true } });
    const updated = stories.find((s) => s.updatedAt.getTime() - s.firstPublishedAt!.getTime() > 5 * 60_000);
    const unchanged = stories.find((s) => s.updatedAt.getTime() === s.firstPublishedAt!.getTime());
    const { timeZone } = await publicationSettings();
    if (!updated || !unchanged) throw new Error('The demo newsroom needs both updated and unchanged stories');

    await page.goto(articleUrl(await findStory({ id: updated.id })));
    await expect(page.getByTestId('updated')).toHaveText(expectedDateline(updated.updatedAt, timeZone).text);
    await expect(page.getByText(/^Updated /)).toBeVisible();

    await page.goto(articleUrl(await findStory({ id: unchanged.id })));
    await expect(page.getByTestId('dateline')).toBeVisible();
    await expect(page.getByTestId('updated')).toHaveCount(0);
  });

  test('joins several authors naturally and credits an agency when there is no person', async ({ page }) => {
    const multi = await db.article.findMany({ where: PUBLIC, select: { id: true, _count: { select: { authors: true } } } });
    const several = multi.sort((a, b) => b._count.authors - a._count.authors)[0];
    const story = await findStory({ id: several.id });
    expect(story.authors.length).toBeGreaterThan(1);
    await page.goto(articleUrl(story));
    const names = story.authors.map(({ user }) => user.name);
    const expected = `By ${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
    await expect(page.locator('main article header').getByText(expected, { exact: true })).toBeVisible();

    const credited = await findStory({ authors: { none: {} }, creditLine: { not: null } });
    await page.goto(articleUrl(credited));
    await expect(page.locator('main article header').getByText(credited.creditLine!, { exact: true })).toBeVisible();
    await expect(page.locator('main article header').getByText(/^By /)).toHaveCount(0);
  });

  test('links from the byline to the author page', async ({ page }) => {
    const story = await findStory({ authors: { some: {} } });
    await page.goto(articleUrl(story));
    const author = story.authors[0].user;
    await page.locator('main article header').getByRole('link', { name: author.name, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/author/${author.slug}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(author.name);
  });

  test('copies the story’s link', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    const story = await findStory({});
    await page.goto(articleUrl(story));
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('button', { name: 'Link copied' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).pathname).toBe(articleUrl(story));
  });

  test('pictures hold their place while they arrive: a story with a portrait hero does not shift as it loads', async ({ page }) => {
    const stories = await db.article.findMany({
      where: { ...PUBLIC, heroImageId: { not: null } },
      select: { slug: true, section: { select: { slug: true } }, heroImage: { select: { width: true, height: true } } },
      orderBy: { firstPublishedAt: 'desc' },
    });
    const story = stories.find((candidate) => candidate.heroImage!.height > candidate.heroImage!.width);
    expect(story, 'the demo newsroom has a story with a portrait hero').toBeDefined();
    // Every picture arrives late, as on a slow phone connection, so the text is laid out first.
    await page.route('**/*', async (route) => {
      if (route.request().resourceType() === 'image') await new Promise((resolve) => setTimeout(resolve, 1_000));
      await route.continue().catch(() => {});
    });
    await page.addInitScript(() => {
      const record = window as unknown as { __layoutShift: number };
      record.__layoutShift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
          if (!entry.hadRecentInput) record.__layoutShift += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(articleUrl(story!));
    const pictures = page.locator('main img');
    await expect(pictures.first()).toBeVisible();
    await expect
      .poll(() => pictures.evaluateAll((images) => images.every((img) => (img as HTMLImageElement).loading === 'lazy' || ((img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0))), { timeout: 20_000 })
      .toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __layoutShift: number }).__layoutShift)).toBeLessThan(0.01);
  });

  test('prints without navigation, with a readable body and the story’s address', async ({ page }) => {
    const story = await storyWithGallery();
    await page.goto(articleUrl(story));
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('contentinfo')).toBeHidden();
    // Whose page it is, printed above the story.
    const { publicationName } = await publicationSettings();
    expect((await page.locator('body').innerText()).trim().split('\n')[0]).toBe(publicationName);
    await expect(page.getByRole('region', { name: 'Share this story' })).toBeHidden();
    await expect(page.getByRole('region', { name: 'Latest', exact: true })).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('.story-body p').first()).toBeVisible();
    await expect(page.getByText(/^Read online:/)).toContainText(articleUrl(story));
  });
});

test.describe('reading without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the whole story is in the first HTML, and the gallery works as pages', async ({ page }) => {
    const story = await storyWithGallery();
    await page.goto(articleUrl(story));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(story.headline);
    const paragraphs = page.locator('main article .story-body > p');
    expect(await paragraphs.count()).toBeGreaterThan(3);
    await expect(paragraphs.nth(3)).toBeVisible();
    // Nothing waits in a hidden streaming container for a script to reveal it.
    expect(await page.locator('div[hidden]').evaluateAll((nodes) => nodes.map((node) => node.textContent ?? '').join('').trim())).toBe('');

    const strip = page.locator('main article .gallery-strip');
    const count = await strip.getByRole('link').count();
    await strip.getByRole('link').first().click();
    await expect(page).toHaveURL(/\/galleries\/[^/]+\/photo\/1$/);
    await expect(page.getByTestId('photo-counter')).toHaveText(`1 / ${count}`);
    await page.getByRole('link', { name: 'Next photo' }).click();
    await expect(page).toHaveURL(/\/photo\/2$/);
    await expect(page.getByTestId('photo-counter')).toHaveText(`2 / ${count}`);
    await page.getByRole('link', { name: 'Previous photo' }).click();
    await expect(page.getByTestId('photo-counter')).toHaveText(`1 / ${count}`);
    await expect(page.getByRole('link', { name: 'Previous photo' })).toHaveCount(0);
  });

  test('share links work as plain links; copy link waits for JavaScript', async ({ page }) => {
    const story = await findStory({});
    await page.goto(articleUrl(story));
    const share = page.getByRole('region', { name: 'Share this story' });
    await expect(share.getByRole('link', { name: /^Email/ })).toHaveAttribute('href', /^mailto:/);
    await expect(share.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
    // Every item of the list is a link: no empty item where the button will go.
    await expect(share.getByRole('list').getByRole('link')).toHaveCount(5);
    await expect(share.getByRole('listitem')).toHaveCount(5);
  });
});
