import { expect, test } from '@playwright/test';
import { paragraphs } from '../../lib/testing/newsroom';
import { callAction } from './server-actions';
import { db, newStaff, signInAs } from './support';

/**
 * Input no form sends, as a crafted request sends it. A NUL character cannot be stored or even
 * looked up by PostgreSQL; the newsroom drops it rather than failing the page or the save.
 */

test('a NUL in a list filter is dropped: every newsroom list still answers with its page', async ({ page }) => {
  await signInAs(page, await newStaff('ADMIN'));
  for (const [path, heading] of [
    ['/admin/stories?q=%00', 'Stories'],
    ['/admin/media?q=%00', 'Media library'],
    ['/admin/galleries?q=%00', 'Galleries'],
    ['/admin/tags?q=%00', 'Tags'],
    ['/admin/users?q=Ad%00min', 'Users'],
  ]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(heading);
    await expect(page.getByRole('table').or(page.getByRole('list', { name: 'Images' })).first(), path).toBeVisible();
  }
});

test('a NUL in a server action’s input is dropped, and the story is saved without it', async ({ page }) => {
  const writer = await newStaff('AUTHOR');
  await signInAs(page, writer);
  const section = await db.section.findFirstOrThrow({ select: { id: true } });
  const headline = `Nul\u0000 byte ${Date.now()}`;
  const answer = await callAction(page.request, 'createDraftAction', {
    fields: { headline, standfirst: 'A\u0000B', sectionId: section.id, authorIds: [writer.id], body: paragraphs('Body\u0000 text.') },
  });
  expect(answer).toMatchObject({ ok: true });
  const saved = await db.article.findFirstOrThrow({ where: { createdById: writer.id }, select: { headline: true, standfirst: true, bodyText: true } });
  expect(saved.headline).toBe(headline.replace('\u0000', ''));
  expect(saved.standfirst).toBe('AB');
  expect(saved.bodyText).toContain('Body text.');
});

test('half of an emoji in a story is kept as a replacement character, and a headline of zero-width spaces is none', async ({ page }) => {
  const writer = await newStaff('AUTHOR');
  await signInAs(page, writer);
  const section = await db.section.findFirstOrThrow({ select: { id: true } });
  const headline = `Broken paste \ud83d ${Date.now()}`;
  const answer = await callAction(page.request, 'createDraftAction', {
    fields: { headline, standfirst: 'Half \udc00 a pair', sectionId: section.id, authorIds: [writer.id], body: paragraphs('Body \ud800 text.') },
  });
  expect(answer).toMatchObject({ ok: true });
  const saved = await db.article.findFirstOrThrow({ where: { createdById: writer.id }, select: { headline: true, standfirst: true, bodyText: true } });
  expect(saved.headline).toBe(headline.replace('\ud83d', '\uFFFD'));
  expect(saved.standfirst).toBe('Half \uFFFD a pair');
  expect(saved.bodyText).toContain('Body \uFFFD text.');

  const invisible = await callAction(page.request, 'createDraftAction', {
    fields: { headline: '\u200b\u200b', sectionId: section.id, authorIds: [writer.id], body: paragraphs('Body.') },
  });
  expect(invisible).toMatchObject({ ok: false, fieldErrors: { 'fields.headline': 'Headline is required' } });
  expect(await db.article.count({ where: { createdById: writer.id } })).toBe(1);
});

test('an id beyond what PostgreSQL holds is an unknown thing, in an address or in an action', async ({ page }) => {
  await signInAs(page, await newStaff('ADMIN'));
  for (const path of [
    '/admin/stories/2147483648',
    '/admin/stories/2147483648/revisions',
    '/admin/preview/2147483648',
    '/admin/galleries/2147483648',
    '/admin/tags/2147483648',
    '/admin/sections/99999999999',
    '/admin/users/0',
  ]) {
    const response = await page.goto(path);
    // The newsroom's own "Not found", in its frame, under a real 404.
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1 }), path).toHaveText('Not found');
    await expect(page.getByRole('navigation', { name: 'Newsroom' })).toBeVisible();
  }
  expect(await callAction(page.request, 'publishStoryAction', { id: 2147483648, version: 1 })).toMatchObject({ ok: false, code: 'invalid' });
});
