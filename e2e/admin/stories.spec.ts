import { expect, test } from '@playwright/test';
import { formatClock, formatDay } from '../../lib/time/format';
import { dateToZonedInput } from '../../lib/time/zoned-input';
import { createGallery, createImage, createStory, paragraphs } from '../../lib/testing/newsroom';
import { signInSession } from './server-actions';
import { db, field, openStory, publicPathOf, saveState, staffPage, storyStatus, writeStory } from './stories-support';
import { newStaff } from './support';

test('a Contributor writes and submits; an Editor reviews with a comment and publishes', async ({ browser, request }) => {
  // Two people sign in and take turns: more steps than one person's path.
  test.setTimeout(120_000);
  const contributor = await staffPage(browser, 'CONTRIBUTOR', 'Nigar Quliyeva');
  const editor = await staffPage(browser, 'EDITOR', 'Leyla Hüseynova');
  const headline = `Şəki flood barriers finished ${Date.now()}`;

  const id = await writeStory(contributor.page, { headline, standfirst: 'Residents return home.', body: 'The barriers held overnight.' });
  // Transliterated slug, generated from the headline.
  await expect(field(contributor.page, 'Slug')).toHaveValue(/^seki-flood-barriers-finished-\d+$/);
  // The writer sees the body's length as they go.
  await expect(contributor.page.getByTestId('word-count').filter({ visible: true })).toHaveText('4 words');
  // A Contributor cannot publish: submitting is the way forward.
  await expect(contributor.page.getByRole('button', { name: 'Publish', exact: true })).toHaveCount(0);
  // By keyboard: the button goes with the step, and the keyboard's place moves to what happened.
  await contributor.page.getByRole('button', { name: 'Submit for review' }).focus();
  await contributor.page.keyboard.press('Enter');
  await expect(storyStatus(contributor.page)).toHaveText('In review');
  await expect(contributor.page.getByRole('status').filter({ hasText: 'Submitted for review: done.' })).toBeFocused();

  // The queue says how long the story has waited: since it was submitted, in the newsroom's time.
  await editor.page.goto('/admin/review');
  const submittedAt = (await db.article.findUniqueOrThrow({ where: { id }, select: { submittedAt: true } })).submittedAt!;
  const zone = (await db.siteSettings.findUnique({ where: { id: 1 } }))?.timeZone ?? 'Asia/Baku';
  await expect(editor.page.getByRole('row').filter({ hasText: headline })).toContainText(`since ${formatDay(submittedAt, zone)} ${formatClock(submittedAt, zone)}`);
  await editor.page.getByRole('link', { name: headline }).click();
  await expect(editor.page.getByRole('toolbar', { name: 'Formatting' })).toBeVisible();
  await field(editor.page, 'Add a comment').fill('Name the engineer in the second paragraph.');
  await editor.page.getByRole('button', { name: 'Post comment' }).click();
  await expect(editor.page.getByText('Name the engineer in the second paragraph.')).toBeVisible();
  await expect(editor.page.getByRole('status').filter({ hasText: 'Comment posted.' })).toBeVisible();
  await expect(field(editor.page, 'Add a comment')).toBeFocused();
  // Every comment has this button: its name says whose comment it resolves.
  await expect(editor.page.getByRole('button', { name: /^Mark resolved: comment by Leyla Hüseynova, / })).toHaveCount(1);

  await contributor.page.goto(`/admin/review`);
  await contributor.page.getByRole('link', { name: headline }).click();
  const thread = contributor.page.getByRole('region', { name: 'Review comments' });
  await expect(thread.getByText('Name the engineer in the second paragraph.')).toBeVisible();
  await expect(thread.getByText('Leyla Hüseynova')).toBeVisible();

  await editor.page.reload();
  await editor.page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(storyStatus(editor.page)).toHaveText('Published');
  const path = await publicPathOf(id);
  await expect(editor.page.getByRole('link', { name: 'View on site' })).toHaveAttribute('href', path);
  const response = await request.get(path);
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain('The barriers held overnight.');

  // In the story list their own published story still opens (to read); someone else's is listed
  // as text, not as a link to a refusal.
  await contributor.page.goto(`/admin/stories?status=PUBLISHED&q=${encodeURIComponent(headline)}`);
  await expect(contributor.page.getByRole('link', { name: headline })).toHaveAttribute('href', `/admin/stories/${id}`);
  // The review's comments stay with it, to read: why it went out as it did.
  await contributor.page.getByRole('link', { name: headline }).click();
  const history = contributor.page.getByRole('region', { name: 'Review comments' });
  await expect(history.getByText('Name the engineer in the second paragraph.')).toBeVisible();
  await expect(history.getByRole('button')).toHaveCount(0);
  await expect(history.getByLabel('Add a comment')).toHaveCount(0);
  const someoneElses = await db.article.findFirstOrThrow({
    where: { status: 'PUBLISHED', deletedAt: null, createdById: { not: contributor.person.id }, authors: { none: { userId: contributor.person.id } } },
    select: { headline: true },
  });
  await contributor.page.goto(`/admin/stories?status=PUBLISHED&q=${encodeURIComponent(someoneElses.headline)}`);
  await expect(contributor.page.getByRole('cell', { name: someoneElses.headline, exact: false }).first()).toBeVisible();
  await expect(contributor.page.getByRole('link', { name: someoneElses.headline })).toHaveCount(0);

  // The dashboard tells the writer what the editor did, newest first, each a way into the story.
  await contributor.page.goto('/admin');
  const told = contributor.page.getByRole('region', { name: 'On your stories' }).getByRole('listitem');
  await expect(told.nth(0)).toContainText(`Leyla Hüseynova published “${headline}”`);
  await expect(told.nth(1)).toContainText(`Leyla Hüseynova commented on “${headline}”`);
  await expect(told.nth(1).getByRole('blockquote')).toHaveText('Name the engineer in the second paragraph.');
  await expect(told.nth(0).getByRole('link')).toHaveAttribute('href', `/admin/stories/${id}`);
  await contributor.close();
  await editor.close();
});

test('a story in review goes back to draft: withdrawn by its writer with a button', async ({ browser }) => {
  const contributor = await staffPage(browser, 'CONTRIBUTOR');
  const { page } = contributor;
  const id = await writeStory(page, { headline: `Library hours ${Date.now()}`, standfirst: 'Longer in winter.', body: 'The library opens at eight.' });
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(storyStatus(page)).toHaveText('In review');
  await page.getByRole('button', { name: 'Back to draft' }).click();
  await expect(storyStatus(page)).toHaveText('Draft');
  await expect(page.getByRole('status').filter({ hasText: 'Returned to draft: done.' })).toBeVisible();
  expect((await db.article.findUniqueOrThrow({ where: { id } })).status).toBe('DRAFT');
  await expect(page.getByRole('button', { name: 'Back to draft' })).toHaveCount(0);
  await contributor.close();
});

test('an Author publishes, then edits: changes stay private until Update', async ({ browser, request }) => {
  const author = await staffPage(browser, 'AUTHOR');
  const { page } = author;
  const id = await writeStory(page, { headline: `Metro line opens ${Date.now()}`, standfirst: 'Two new stations.', body: 'Trains run every four minutes.' });
  const body = page.getByRole('textbox', { name: 'Story body' });
  const editorAsWritten = await body.elementHandle();
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(storyStatus(page)).toHaveText('Published');
  // The story was started at /admin/stories/new: the editor it was written in stays, with its
  // notice, rather than a fresh one loaded from the new address.
  await expect(page.getByText('Published: done.')).toBeVisible();
  expect(await editorAsWritten!.evaluate((element) => element.isConnected && element.checkVisibility())).toBe(true);
  const path = await publicPathOf(id);
  expect(await (await request.get(path)).text()).toContain('Trains run every four minutes.');

  await body.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Fares are unchanged.');
  await expect(saveState(page)).toHaveText(/Saved, not live/);
  expect(await (await request.get(path)).text()).not.toContain('Fares are unchanged.');
  const held = await db.articleAutosave.count({ where: { articleId: id, userId: author.person.id } });
  expect(held).toBe(1);
  // The preview shows the held changes, as readers will see them after Update.
  const preview = await page.context().newPage();
  await preview.goto(`/admin/preview/${id}`);
  await expect(preview.getByRole('note')).toHaveText('Preview of your changes: readers see them once you press Update.');
  await expect(preview.getByRole('article').filter({ has: preview.getByRole('heading', { level: 1 }) })).toContainText('Trains run every four minutes. Fares are unchanged.');
  await preview.close();

  await page.getByRole('button', { name: 'Update' }).click();
  await expect(saveState(page)).toHaveText('Saved');
  await expect.poll(async () => (await request.get(path)).text()).toContain('Fares are unchanged.');
  await author.close();
});

test('the byline from the keyboard: browsing the list adds no one, Add does, and focus stays with the author moved or removed', async ({ browser }) => {
  const editor = await staffPage(browser, 'EDITOR');
  const { page } = editor;
  await writeStory(page, { headline: `Two reporters ${Date.now()}`, standfirst: 'A shared byline.', body: 'Both were there.' });
  const byline = page.getByRole('list', { name: 'Byline order' }).getByRole('listitem');
  const before = await byline.count();
  const picker = field(page, 'Author to add');
  await picker.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  await expect(byline).toHaveCount(before);
  const chosen = await picker.evaluate((select: HTMLSelectElement) => select.options[select.selectedIndex].text);
  expect(chosen).not.toBe('Choose an author…');
  await page.keyboard.press('Enter');
  await expect(byline).toHaveCount(before + 1);
  await expect(byline.last()).toContainText(chosen);

  await page.getByRole('button', { name: `Move ${chosen} up` }).click();
  await expect(byline.nth(before - 1)).toContainText(chosen);
  await expect(page.getByRole('button', { name: before > 1 ? `Move ${chosen} up` : `Move ${chosen} down` })).toBeFocused();
  await page.getByRole('button', { name: `Remove ${chosen}` }).click();
  await expect(byline).toHaveCount(before);
  await expect(picker).toBeFocused();
  // With the Add button too: it is disabled once the choice is added, and focus goes back to the picker.
  await picker.selectOption({ label: chosen });
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(byline.last()).toContainText(chosen);
  await expect(picker).toBeFocused();
  await expect(saveState(page)).toHaveText('Saved');

  // Down a long story, the formatting toolbar sticks just below the status bar, not under it.
  const body = page.getByRole('textbox', { name: 'Story body' });
  await body.click();
  await page.keyboard.press('End');
  for (let i = 0; i < 40; i++) await page.keyboard.press('Enter');
  await page.keyboard.type('The end.');
  await body.evaluate((element) => window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY + 300));
  const bar = (await page.getByTestId('story-status').locator('..').boundingBox())!;
  const toolbar = (await page.getByRole('toolbar', { name: 'Formatting' }).boundingBox())!;
  expect(Math.abs(toolbar.y - (bar.y + bar.height))).toBeLessThanOrEqual(1);
  await editor.close();
});

test('changes held on a published story are offered back on the next visit; typing before answering never loses them', async ({ browser, request }) => {
  const author = await staffPage(browser, 'AUTHOR');
  const { page } = author;
  const id = await writeStory(page, { headline: `Ferry timetable ${Date.now()}`, standfirst: 'Summer sailings.', body: 'Ferries leave at eight.' });
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(storyStatus(page)).toHaveText('Published');
  const path = await publicPathOf(id);
  const body = page.getByRole('textbox', { name: 'Story body' });
  await body.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' A night sailing is added.');
  await expect(saveState(page)).toHaveText(/Saved, not live/);

  // The next visit opens the live text and offers the held changes back.
  await openStory(page, id);
  const offer = page.getByText(/You have changes to this story that are not live yet/);
  await expect(offer).toBeVisible();
  await expect(body).not.toContainText('A night sailing is added.');
  await page.getByRole('button', { name: 'Restore my changes' }).click();
  await expect(body).toContainText('A night sailing is added.');
  await expect(offer).toHaveCount(0);
  await expect(saveState(page)).toHaveText(/Saved, not live/);

  // Another visit: this time they type first, then discard the offer. What they typed is held on
  // the server now, so discarding the old changes must not delete it.
  await openStory(page, id);
  await expect(offer).toBeVisible();
  await body.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Tickets go on sale today.');
  await expect(saveState(page)).toHaveText(/Saved, not live/);
  await page.getByRole('button', { name: 'Discard my changes' }).click();
  await expect(offer).toHaveCount(0);
  const held = await db.articleAutosave.findUniqueOrThrow({ where: { articleId_userId: { articleId: id, userId: author.person.id } } });
  expect(JSON.stringify(held.snapshot)).toContain('Tickets go on sale today.');
  expect(await (await request.get(path)).text()).not.toContain('Tickets go on sale today.');
  await author.close();
});

test('two editors on one story: the later save gets a comparison and keeps their text', async ({ browser }) => {
  test.setTimeout(120_000);
  const first = await staffPage(browser, 'EDITOR', 'First Editor');
  const second = await staffPage(browser, 'EDITOR', 'Second Editor');
  const id = await writeStory(first.page, { headline: 'Budget talks resume', standfirst: 'Ministers meet.', body: 'Talks began at nine.' });
  await openStory(second.page, id);
  await expect(field(second.page, 'Headline')).toHaveValue('Budget talks resume');

  await field(first.page, 'Headline').fill('Budget talks resume after a week');
  await expect(saveState(first.page)).toHaveText('Saved');

  await field(second.page, 'Headline').fill('Budget talks resume in Bakı');
  const dialog = second.page.getByRole('dialog', { name: /First Editor saved this story while you were editing/ });
  await expect(dialog).toBeVisible();
  // It opens at its heading, not on a button: typing on cannot pick a version by accident.
  await expect(dialog.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(dialog.getByTestId('conflict-headline').locator('del')).toHaveText(/after a week/);
  await expect(dialog.getByTestId('conflict-headline').locator('ins')).toHaveText(/in Bakı/);
  // Nothing was overwritten behind anyone's back.
  expect((await db.article.findUniqueOrThrow({ where: { id } })).headline).toBe('Budget talks resume after a week');

  await dialog.getByRole('button', { name: 'Keep my version' }).click();
  await expect(saveState(second.page)).toHaveText('Saved');
  expect((await db.article.findUniqueOrThrow({ where: { id } })).headline).toBe('Budget talks resume in Bakı');
  // The other version is still in the history.
  const headlines = (await db.revision.findMany({ where: { articleId: id }, select: { snapshot: true } })).map((r) => (r.snapshot as { headline: string }).headline);
  expect(headlines).toContain('Budget talks resume after a week');
  await first.close();
  await second.close();
});

test('a conflict on a published story: keeping my version holds it for Update, and names what else differs', async ({ browser, request }) => {
  test.setTimeout(120_000);
  const author = await staffPage(browser, 'AUTHOR', 'Writing Author');
  const editor = await staffPage(browser, 'EDITOR', 'Late Editor');
  const id = await writeStory(author.page, { headline: `Ferry timetable changes ${Date.now()}`, standfirst: 'Winter sailings.', body: 'Ferries leave at eight.' });
  await author.page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(storyStatus(author.page)).toHaveText('Published');
  await openStory(editor.page, id);

  // The author moves the story to another section and updates it; the editor, unaware, types.
  const otherSection = await db.section.findFirstOrThrow({ where: { articles: { none: { id } } }, orderBy: { position: 'asc' } });
  await field(author.page, 'Section').selectOption({ label: otherSection.name });
  await author.page.getByRole('button', { name: 'Update' }).click();
  await expect(saveState(author.page)).toHaveText('Saved');

  const body = editor.page.getByRole('textbox', { name: 'Story body' });
  await body.click();
  await editor.page.keyboard.press('End');
  await editor.page.keyboard.type(' Tickets cost two manat.');
  const dialog = editor.page.getByRole('dialog', { name: /Writing Author saved this story while you were editing/ });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('conflict-also-different')).toContainText('Also different: Section.');

  await dialog.getByRole('button', { name: 'Keep my version' }).click();
  await expect(saveState(editor.page)).toHaveText(/Saved, not live/);
  const path = await publicPathOf(id);
  expect((await db.article.findUniqueOrThrow({ where: { id } })).sectionId).toBe(otherSection.id);
  expect(await (await request.get(path)).text()).not.toContain('Tickets cost two manat.');
  await editor.close();
  await author.close();
});

test('tags merged or deleted while the story is open: the next save files it under the merged tag’s successor, leaves the deleted one off, and says so', async ({ browser }) => {
  const author = await staffPage(browser, 'AUTHOR');
  const { page } = author;
  const id = await writeStory(page, { headline: 'Tram depot expands', standfirst: 'More room.', body: 'Twelve new trams arrive.' });
  const stamp = Date.now();
  const [depots, trams, transport] = await Promise.all(
    ['Depots', 'Trams', 'Transport'].map((name) => db.tag.create({ data: { name: `${name} ${stamp}`, slug: `${name.toLowerCase()}-${stamp}` } })),
  );
  await db.articleTag.createMany({ data: [depots, trams].map((tag, position) => ({ articleId: id, tagId: tag.id, position })) });
  await db.article.update({ where: { id }, data: { version: { increment: 1 } } });
  await openStory(page, id);
  const chip = (name: string) => page.getByRole('button', { name: `Remove tag ${name}` });
  await expect(chip(depots.name)).toBeVisible();
  await expect(chip(trams.name)).toBeVisible();

  // Meanwhile an Editor deletes one tag and merges the other (as lib/taxonomy/tags.ts does it).
  await db.tag.delete({ where: { id: depots.id } });
  await db.$transaction([
    db.tagRedirect.create({ data: { fromSlug: trams.slug, fromTagId: trams.id, tagId: transport.id } }),
    db.tag.delete({ where: { id: trams.id } }),
  ]);
  const body = page.getByRole('textbox', { name: 'Story body' });
  await body.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Service resumes on Monday.');
  await expect(saveState(page)).toHaveText('Saved');
  const notice = page.getByRole('status').filter({ hasText: `An editor merged the tag “${trams.name}” into “${transport.name}”` });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(`An editor deleted the tag “${depots.name}” while you wrote`);
  await expect(chip(depots.name)).toHaveCount(0);
  await expect(chip(trams.name)).toHaveCount(0);
  await expect(chip(transport.name)).toBeVisible();
  const saved = await db.article.findUniqueOrThrow({ where: { id }, select: { bodyText: true, tags: { select: { tagId: true } } } });
  expect(saved.bodyText).toContain('Service resumes on Monday.');
  expect(saved.tags).toEqual([{ tagId: transport.id }]);
  await author.close();
});

test('revisions: preview any of them as readers would see it, compare word by word, restore one as a new revision', async ({ browser, request }) => {
  const editor = await staffPage(browser, 'ADMIN');
  const { page } = editor;
  const id = await writeStory(page, { headline: 'Harvest starts early', standfirst: 'A warm spring.', body: 'Farmers in Gəncə began on Monday.' });
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(saveState(page)).toHaveText('Saved');
  await field(page, 'Headline').fill('Harvest starts late');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(saveState(page)).toHaveText('Saved');

  await page.getByRole('link', { name: 'Revisions' }).click();
  await expect(page.getByRole('heading', { name: /Revisions of “Harvest starts late”/ })).toBeVisible();
  const rows = page.getByTestId('revision-row');
  await expect(rows.first()).toContainText('Saved by');
  await expect(page.getByTestId('diff-headline').locator('del')).toHaveText('early');
  await expect(page.getByTestId('diff-headline').locator('ins')).toHaveText('late');

  const revisions = await db.revision.findMany({ where: { articleId: id }, orderBy: { version: 'desc' } });

  // Preview: the reader's article page, for staff only, never indexed.
  await page.goto(`/admin/preview/${id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Harvest starts late');
  await expect(page.getByRole('note')).toHaveText('Preview: readers cannot see this.');
  await expect(page.getByRole('article').filter({ has: page.getByRole('heading', { level: 1 }) })).toContainText('Farmers in Gəncə began on Monday.');
  // In the site's own frame: masthead, the Latest rail and the footer, not the newsroom's.
  await expect(page.getByRole('banner')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Latest', exact: true })).toBeVisible();
  await expect(page.getByRole('contentinfo')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Stories', exact: true })).toHaveCount(0);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await page.goto(`/admin/preview/${id}?revision=${revisions[1].version}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Harvest starts early');
  await expect(page.getByRole('note')).toHaveText(`Preview of revision ${revisions[1].version}: readers cannot see this.`);
  const anonymous = await request.get(`/admin/preview/${id}`, { maxRedirects: 0 });
  expect(anonymous.status()).toBe(307);

  // Compare loads the page anew: the keyboard's place goes to the answer, not back to the top.
  await page.goto(`/admin/stories/${id}/revisions`);
  const oldest = revisions[revisions.length - 1].version;
  await page.getByRole('radio', { name: `Compare from revision ${oldest}` }).check();
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: `Revision ${oldest} → ${revisions[0].version}` })).toBeFocused();
  await page.goto(`/admin/stories/${id}/revisions`);

  // The comparison opens on the last change: the revision before it still says "early".
  await page.getByRole('button', { name: `Restore revision ${revisions[1].version}` }).click();
  // Said, with the keyboard's place on it; the address keeps no trace, so a reload does not say it again.
  const restored = page.getByRole('status').filter({ hasText: 'restored' });
  await expect(restored).toHaveText(`Revision ${revisions[1].version} restored: the story is that version now, saved as a new revision.`);
  await expect(restored).toBeFocused();
  await expect(page).toHaveURL(new RegExp(`/admin/stories/${id}$`));
  await expect(field(page, 'Headline')).toHaveValue('Harvest starts early');
  expect(await db.revision.count({ where: { articleId: id } })).toBe(revisions.length + 1);
  // A made-up ?restored= says nothing: the notice is for a restore that happened.
  await page.goto(`/admin/stories/${id}?restored=${revisions[0].version}`);
  await expect(field(page, 'Headline')).toHaveValue('Harvest starts early');
  await expect(page.getByRole('status').filter({ hasText: 'restored' })).toHaveCount(0);
  await editor.close();
});

test('revisions of a story one may no longer change are compared, not restored; previews say whether readers see them', async ({ browser }) => {
  const contributor = await staffPage(browser, 'CONTRIBUTOR');
  const { page } = contributor;
  const id = await writeStory(page, { headline: `Tram depot ${Date.now()}`, standfirst: 'Plans.', body: 'The depot opens.' });
  await field(page, 'Headline').fill(`Tram depot opens ${Date.now()}`);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(saveState(page)).toHaveText('Saved');
  // An editor publishes it: no longer the Contributor's to change (roles.md). Publishing is a
  // status step: the story's version moves on, its newest revision stays what readers see.
  const now = new Date();
  await db.article.update({ where: { id }, data: { status: 'PUBLISHED', firstPublishedAt: now, publishedAt: now, version: { increment: 1 } } });

  await page.goto(`/admin/stories/${id}/revisions`);
  await expect(page.getByText('You can compare revisions but not restore them: the story is not yours to change now.')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Restore revision/ })).toHaveCount(0);
  // The newest revision of a published story is what readers see.
  const { version } = await db.revision.findFirstOrThrow({ where: { articleId: id }, orderBy: { version: 'desc' }, select: { version: true } });
  await page.goto(`/admin/preview/${id}?revision=${version}`);
  await expect(page.getByRole('note')).toHaveText(`Preview of revision ${version}: readers see this version.`);
  await page.goto(`/admin/preview/${id}`);
  await expect(page.getByRole('note')).toHaveText('Preview: readers see this version.');
  await db.article.update({ where: { id }, data: { deletedAt: new Date() } });
  await page.reload();
  await expect(page.getByRole('note')).toHaveText('Preview: the story is deleted, so readers cannot see it.');
  await contributor.close();
});

test('changing the slug and section of a published story keeps the old address (301)', async ({ browser, request }) => {
  const editor = await staffPage(browser, 'EDITOR');
  const { page } = editor;
  const id = await writeStory(page, { headline: `Bridge reopens ${Date.now()}`, standfirst: 'After repairs.', body: 'Traffic is flowing.' });
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(storyStatus(page)).toHaveText('Published');
  const oldPath = await publicPathOf(id);

  const sections = field(page, 'Section');
  const current = await sections.inputValue();
  const other = await sections.locator('option').evaluateAll((options, value) => options.map((o) => (o as HTMLOptionElement).value).find((v) => v !== value), current);
  await sections.selectOption(other ?? current);
  // A slug typed as words becomes an address when the field is left.
  await field(page, 'Slug').fill(`Bridge reopened ${id} – Şəki `);
  await field(page, 'Slug').press('Tab');
  await expect(field(page, 'Slug')).toHaveValue(`bridge-reopened-${id}-seki`);
  await page.getByRole('button', { name: 'Update' }).click();
  await expect(saveState(page)).toHaveText('Saved');
  const newPath = await publicPathOf(id);
  expect(newPath).toMatch(new RegExp(`/bridge-reopened-${id}-seki$`));
  expect(newPath).not.toBe(oldPath);
  // The editor's link to the live story follows it without a reload.
  await expect(page.getByRole('link', { name: 'View on site' })).toHaveAttribute('href', newPath);

  const moved = await request.get(oldPath, { maxRedirects: 0 });
  expect(moved.status()).toBe(301);
  expect(new URL(moved.headers().location, 'http://x').pathname).toBe(newPath);
  expect((await request.get(newPath)).status()).toBe(200);

  // Bringing back the revision from before the move says where the story goes, and it goes there;
  // the address it leaves redirects in turn.
  await page.goto(`/admin/stories/${id}/revisions`);
  const asked = page.waitForEvent('dialog');
  await page.getByRole('button', { name: /^Restore revision/ }).first().click();
  expect((await asked).message()).toContain(`Its address goes back to ${oldPath}; ${newPath} will send readers there.`);
  await expect(page).toHaveURL(new RegExp(`/admin/stories/${id}$`));
  await expect.poll(() => publicPathOf(id)).toBe(oldPath);
  const back = await request.get(newPath, { maxRedirects: 0 });
  expect(back.status()).toBe(301);
  expect(new URL(back.headers().location, 'http://x').pathname).toBe(oldPath);
  await editor.close();
});

test('soft delete takes a story off the site; restore brings it back', async ({ browser, request }) => {
  const author = await staffPage(browser, 'AUTHOR');
  const { page } = author;
  const headline = `Orchestra tour ${Date.now()}`;
  const id = await writeStory(page, { headline, standfirst: 'Six cities.', body: 'The tour opens in Şuşa.' });
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(storyStatus(page)).toHaveText('Published');
  const path = await publicPathOf(id);
  expect((await request.get(path)).status()).toBe(200);

  await page.getByRole('button', { name: 'Delete story' }).click();
  await expect(storyStatus(page)).toHaveText('Deleted');
  expect((await request.get(path)).status()).toBe(404);

  await page.goto('/admin/stories?status=DELETED');
  await page.getByRole('button', { name: `Restore ${headline}` }).click();
  await expect(page.getByRole('button', { name: `Restore ${headline}` })).toHaveCount(0);
  await expect.poll(async () => (await request.get(path)).status()).toBe(200);

  // Deleted again and opened afresh: restored from the editor, it can be edited at once.
  await openStory(page, id);
  await page.getByRole('button', { name: 'Delete story' }).click();
  await expect(storyStatus(page)).toHaveText('Deleted');
  await page.goto(`/admin/stories/${id}`);
  await expect(field(page, 'Headline')).not.toBeEditable();
  await page.getByRole('button', { name: 'Restore story' }).click();
  await expect(page.getByText('Restore: done.')).toBeVisible();
  await expect(field(page, 'Headline')).toBeEditable();
  await expect(page.getByText('You can read this story but not change it.')).toHaveCount(0);
  await author.close();
});

test('pasting from a web page or an e-mail: a phrase joins the sentence with its spaces, line breaks stay, blank lines start paragraphs', async ({ browser }) => {
  const author = await staffPage(browser, 'AUTHOR');
  const { page } = author;
  await writeStory(page, { headline: `Pasted phrases ${Date.now()}`, body: 'Take theclosed.' });
  const body = page.getByRole('textbox', { name: 'Story body' });
  const paste = (html: string) =>
    body.evaluate((element, pasted) => {
      const data = new DataTransfer();
      data.setData('text/html', pasted);
      data.setData('text/plain', pasted.replace(/<[^>]+>/g, ''));
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, html);
  await body.click();
  await page.keyboard.press('End');
  for (let i = 0; i < 'closed.'.length; i++) await page.keyboard.press('ArrowLeft');
  // Chrome copies a selection's edge spaces as spans of their own.
  await paste(`<meta charset='utf-8'><span style="color: rgb(51, 51, 51);"><span>&nbsp;</span>road<span>&nbsp;</span></span>`);
  await expect(body.locator('p').first()).toHaveText('Take the road closed.');

  // A signature from Word: the name in bold, a line break, the title.
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await paste('<p class=MsoNormal><b><span lang=EN-US>Leyla Mammadova<br></span></b><span lang=EN-US>Press Officer<o:p></o:p></span></p>');
  await expect(body.locator('p', { hasText: 'Press Officer' }).locator('br')).toHaveCount(1);
  // An e-mail from Gmail: blank lines between its lines of text.
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await paste('<div dir="ltr">Dear editor,<br><br>The bridge is open again.</div>');
  await expect(body.locator('p', { hasText: 'Dear editor,' })).toHaveText('Dear editor,');
  await expect(body.locator('p', { hasText: 'The bridge is open again.' })).toHaveText('The bridge is open again.');
  await expect(saveState(page)).toHaveText('Saved');
  const { bodyText } = await db.article.findFirstOrThrow({ where: { createdBy: { email: author.person.email } }, select: { bodyText: true } });
  expect(bodyText).toMatch(/^Take the\sroad\sclosed\./);
  await author.close();
});

test('pasting from Word keeps structure and drops the styling; Tidy text cleans what was typed', async ({ browser }) => {
  const author = await staffPage(browser, 'AUTHOR');
  const { page } = author;
  await writeStory(page, { headline: 'Pasted copy', body: 'Intro.' });
  const body = page.getByRole('textbox', { name: 'Story body' });
  await body.click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await body.evaluate((element) => {
    const html =
      '<html><body><!--StartFragment--><h1 style="color:red">Floods</h1><p class=MsoNormal><span style="font-family:Times">Water \\"came fast\\"  <b style="mso-bidi-font-weight:normal">overnight</b></span><o:p></o:p></p>' +
      '<p class=MsoListParagraphCxSpFirst style="mso-list:l0 level1 lfo1"><span style="mso-list:Ignore">·&nbsp;</span>Roads closed</p><p class=MsoNormal><o:p>&nbsp;</o:p></p><p><img src="https://example.org/flood.jpg" alt="Flood"></p><!--EndFragment--></body></html>';
    const data = new DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', 'Floods');
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(body.locator('h2')).toHaveText('Floods');
  await expect(body.locator('p', { hasText: 'Water' })).toHaveText('Water “came fast” overnight');
  await expect(body.locator('strong')).toHaveText('overnight');
  await expect(body.locator('ul li')).toHaveText('Roads closed');
  await expect(body.locator('[style], span, font, img')).toHaveCount(0);
  // Pictures come from the library: the writer is told the pasted one was left out.
  await expect(page.getByRole('toolbar', { name: 'Formatting' }).getByRole('status')).toHaveText(
    'A picture in what you pasted was left out: add pictures from the library with Image.',
  );

  // Copy typed (or pasted before tidying existed) gets the same clean-up from the toolbar.
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('He said "it\'s over\\"  and   left\\.');
  await page.getByRole('button', { name: 'Tidy text' }).click();
  await expect(page.getByRole('toolbar', { name: 'Formatting' }).getByRole('status')).toHaveText('Tidied: stray backslashes, doubled spaces and straight quotes.');
  await expect(body.locator('p', { hasText: 'He said' })).toHaveText('He said “it’s over” and left.');
  await expect(saveState(page)).toHaveText('Saved');
  expect(await db.article.findFirstOrThrow({ where: { headline: 'Pasted copy', createdBy: { email: author.person.email } }, select: { bodyText: true } })).toMatchObject({
    bodyText: expect.stringContaining('He said “it’s over” and left.'),
  });
  await page.getByRole('button', { name: 'Tidy text' }).click();
  await expect(page.getByRole('toolbar', { name: 'Formatting' }).getByRole('status')).toHaveText('Nothing to tidy.');
  // From the toolbar, Tab reaches the body, which shows where the keyboard is like every field.
  await body.focus();
  await page.keyboard.press('Shift+Tab');
  await expect(body).not.toBeFocused();
  await page.keyboard.press('Tab');
  await expect(body).toBeFocused();
  expect(await body.evaluate((element) => getComputedStyle(element).outlineStyle)).not.toBe('none');
  // The toolbar is one Tab stop; arrow keys move along it, and it remembers the button last used.
  const toolbar = page.getByRole('toolbar', { name: 'Formatting' });
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Home');
  await expect(toolbar.getByRole('button', { name: 'Paragraph' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(toolbar.getByRole('button', { name: 'H2 subhead' })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  // Round to the end, skipping Redo: there is nothing to redo.
  await expect(toolbar.getByRole('button', { name: 'Redo' })).toBeDisabled();
  await expect(toolbar.getByRole('button', { name: 'Undo' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(body).toBeFocused();

  // A headline pasted over the old one gets the same clean-up, on one line.
  const headline = field(page, 'Headline');
  await headline.selectText();
  await headline.evaluate((element) => {
    const data = new DataTransfer();
    data.setData('text/plain', 'Minister says \\"no\\"  to  new\ntax');
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(headline).toHaveValue('Minister says “no” to new tax');
  // Quotes typed into the headline and standfirst come out typographic too.
  await headline.press('End');
  await headline.pressSequentially(` as "it's too late"`);
  await expect(headline).toHaveValue('Minister says “no” to new tax as “it’s too late”');
  const standfirst = field(page, 'Standfirst');
  await standfirst.fill('');
  await standfirst.pressSequentially(`'Not now,' he said.`);
  await expect(standfirst).toHaveValue('‘Not now,’ he said.');
  await expect(saveState(page)).toHaveText('Saved');
  await author.close();
});

test('a scheduled story goes live at its minute with no manual step', async ({ browser, request }) => {
  const author = await staffPage(browser, 'AUTHOR');
  const { page } = author;
  const id = await writeStory(page, { headline: `Scheduled budget ${Date.now()}`, standfirst: 'Out at the minute.', body: 'The budget is out.' });
  const settings = await db.siteSettings.findUnique({ where: { id: 1 } });
  const timeZone = settings?.timeZone ?? 'Asia/Baku';
  // Opened, the form takes the keyboard's place; Escape closes it and gives it back to the button.
  await page.getByRole('button', { name: 'Schedule…' }).click();
  await expect(field(page, /Publish at/)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(field(page, /Publish at/)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Schedule…' })).toBeFocused();
  await page.getByRole('button', { name: 'Schedule…' }).click();
  // The newsroom schedules by the minute (five from now offered). The current minute is refused,
  // and the form stays open with the reason beside it.
  await expect(field(page, /Publish at/)).toHaveValue(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
  await field(page, /Publish at/).fill(dateToZonedInput(new Date(), timeZone));
  await page.getByRole('button', { name: 'Schedule', exact: true }).click();
  await expect(page.getByText('After the current minute', { exact: true })).toBeVisible();
  // The story itself is as saved as it was: a refused step is not a failed save.
  await expect(saveState(page)).toHaveText('Saved');
  await expect(storyStatus(page)).toHaveText('Draft');
  const at = new Date(Date.now() + 120_000);
  await field(page, /Publish at/).fill(dateToZonedInput(at, timeZone));
  await page.getByRole('button', { name: 'Schedule', exact: true }).click();
  await expect(storyStatus(page)).toHaveText('Scheduled');
  const clock = dateToZonedInput(at, timeZone).slice(11);
  await expect(page.getByText(new RegExp(`^Scheduled to go live at \\d{1,2} \\w+ \\d{4} ${clock} \\(${timeZone} time\\)\\.$`))).toBeVisible();
  const path = await publicPathOf(id);
  expect((await request.get(path)).status()).toBe(404);

  // The minute arrives: rather than wait one to two real minutes, the schedule is moved to a
  // moment ago, as the clock would. Nothing else is touched; the server's own scheduler must act.
  const moved = await db.article.updateMany({ where: { id, status: 'SCHEDULED' }, data: { scheduledAt: new Date(Date.now() - 1_000) } });
  expect(moved.count).toBe(1);
  await expect.poll(async () => (await request.get(path)).status(), { timeout: 30_000, intervals: [1_000] }).toBe(200);
  // The cached home page was expired too (the scheduler asked its own server to).
  await expect.poll(async () => (await request.get('/')).text(), { timeout: 20_000 }).toContain(path);
  const entry = await db.auditLog.findFirst({ where: { action: 'story.scheduled_publish', subjectId: String(id) } });
  expect(entry?.actorId).toBeNull();
  await author.close();
});

test('typing without a pause while each save is slow, or fails, saves about every ten seconds, not on every key', async ({ browser }) => {
  test.setTimeout(120_000);
  const author = await staffPage(browser, 'AUTHOR');
  const { page } = author;
  await writeStory(page, { headline: `Slow line ${Date.now()}`, body: 'Start.' });
  // A slow line (or a long story): every save takes longer than the gap between two keys.
  await page.route('**/admin/stories/**', async (route) => {
    if (route.request().method() === 'POST') await new Promise((resolve) => setTimeout(resolve, 700));
    await route.continue();
  });
  let saves = 0;
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.headers()['next-action']) saves++;
  });
  await page.getByRole('textbox', { name: 'Story body' }).click();
  await page.keyboard.press('End');
  // Fourteen seconds of typing, a key every 100 ms.
  for (let key = 0; key < 140; key++) {
    await page.keyboard.type(key % 10 === 9 ? ' ' : 'a');
    await page.waitForTimeout(100);
  }
  expect(saves).toBeLessThanOrEqual(3);
  await expect(saveState(page)).toHaveText('Saved', { timeout: 20_000 });

  // Offline, every try fails: the next one is still a wait away, not a key away.
  await page.context().setOffline(true);
  saves = 0;
  for (let key = 0; key < 140; key++) {
    await page.keyboard.type(key % 10 === 9 ? ' ' : 'b');
    await page.waitForTimeout(100);
  }
  // It does try (the count sees the attempts), once in a while.
  expect(saves).toBeGreaterThanOrEqual(1);
  expect(saves).toBeLessThanOrEqual(4);
  await page.context().setOffline(false);
  await expect(saveState(page)).toHaveText('Saved', { timeout: 30_000 });
  const { bodyText } = await db.article.findFirstOrThrow({ where: { createdBy: { email: author.person.email } }, select: { bodyText: true } });
  expect(bodyText).toBe(`Start.${'aaaaaaaaa '.repeat(14)}${'bbbbbbbbb '.repeat(14)}`.trim());
  await author.close();
});

test('offline: the text stays in the browser, and is offered back after leaving', async ({ browser }) => {
  const author = await staffPage(browser, 'AUTHOR');
  const { page } = author;
  const id = await writeStory(page, { headline: 'Power cut in Sumqayıt', standfirst: 'Crews at work.', body: 'Lights went out at noon.' });
  // The text links to another page of the site (as if written so).
  const withLink = {
    type: 'doc',
    content: [
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Lights went out at noon. See ' },
          { type: 'text', text: 'the latest news', marks: [{ type: 'link', attrs: { href: '/latest' } }] },
          { type: 'text', text: '.' },
        ],
      },
    ],
  };
  await db.article.update({ where: { id }, data: { body: withLink, version: { increment: 1 } } });
  await openStory(page, id);

  await page.context().setOffline(true);
  const body = page.getByRole('textbox', { name: 'Story body' });
  await body.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Power returned at three.');
  await expect(saveState(page)).toHaveText(/Offline/);
  // A link in the story's own text is for editing, not leaving: clicking it neither asks nor goes.
  page.removeAllListeners('dialog');
  const questions: string[] = [];
  page.on('dialog', (dialog) => {
    questions.push(dialog.message());
    void dialog.dismiss();
  });
  await body.getByRole('link', { name: 'the latest news' }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/stories/${id}$`));
  expect(questions).toEqual([]);
  // A link inside the newsroom asks first too (no beforeunload for those); staying keeps the page.
  page.removeAllListeners('dialog');
  const asked = page.waitForEvent('dialog');
  page.once('dialog', (dialog) => void dialog.dismiss());
  await page.getByRole('link', { name: 'Revisions' }).click();
  expect((await asked).message()).toMatch(/not saved on the server/);
  await expect(page).toHaveURL(new RegExp(`/admin/stories/${id}$`));
  page.on('dialog', (dialog) => void dialog.accept());
  // What this browser keeps for the person (the session and the local copy), as they leave.
  const kept = await page.context().storageState();
  // Leaving warns first (staffPage accepts the warning, as someone who leaves anyway would).
  const warning = page.waitForEvent('dialog');
  const closed = page.waitForEvent('close');
  await page.close({ runBeforeUnload: true });
  expect((await warning).type()).toBe('beforeunload');
  await closed;
  expect((await db.article.findUniqueOrThrow({ where: { id } })).bodyText).not.toContain('Power returned at three.');
  // Meanwhile a colleague saves the story: the copy in the browser is based on an older version.
  await db.article.update({ where: { id }, data: { headline: 'Power cut in Sumqayıt is over', version: { increment: 1 } } });

  // They come back later with the network working. The window they left stays offline for good:
  // Chromium may still be tearing the closed tab down, and its "back online" save, which no route
  // can stop once the tab is detached, would reach the server first.
  const later = await browser.newContext({ storageState: kept });
  const again = await later.newPage();
  await openStory(again, id);
  // A quarter of the test's time, not all of it: once the page shows the server's copy the offer
  // either is there or never comes.
  const restore = again.getByRole('button', { name: 'Restore local copy' });
  await expect(restore, 'the local copy is offered back').toBeVisible({ timeout: 15_000 });
  await restore.click();
  await expect(again.getByRole('textbox', { name: 'Story body' })).toContainText('Power returned at three.');
  // The old copy is not written over the colleague's save: the two are compared first.
  const dialog = again.getByRole('dialog', { name: /saved this story while you were editing/ });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('conflict-headline').locator('del')).toHaveText(/is over/);
  expect((await db.article.findUniqueOrThrow({ where: { id } })).headline).toBe('Power cut in Sumqayıt is over');
  await dialog.getByRole('button', { name: 'Keep my version' }).click();
  await expect(saveState(again)).toHaveText('Saved');
  expect((await db.article.findUniqueOrThrow({ where: { id } })).bodyText).toContain('Power returned at three.');
  await later.close();
  await author.close();
});

test('a save the server fails is not called offline: the editor says so, keeps the text, and saves it later', async ({ browser }) => {
  const author = await staffPage(browser, 'AUTHOR');
  const { page } = author;
  const id = await writeStory(page, { headline: `Gateway trouble ${Date.now()}`, body: 'First words.' });
  const storyUrl = `**/admin/stories/${id}`;
  await page.route(storyUrl, (route) => (route.request().method() === 'POST' ? route.fulfill({ status: 502, contentType: 'text/plain', body: 'Bad gateway' }) : route.continue()));
  await page.getByRole('textbox', { name: 'Story body' }).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' More words.');
  await expect(saveState(page)).toHaveText('Not saved');
  await expect(page.getByRole('alert').filter({ hasText: 'The server could not save' })).toContainText('The server could not save this change. Your text is kept in this browser');

  await page.unroute(storyUrl);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(saveState(page)).toHaveText('Saved');
  expect((await db.article.findUniqueOrThrow({ where: { id } })).bodyText).toContain('First words. More words.');
  await author.close();
});

test('a step whose answer is lost is not called undone: the editor says it is not known, and a reload shows what happened', async ({ browser }) => {
  const author = await staffPage(browser, 'AUTHOR');
  const { page } = author;
  const id = await writeStory(page, { headline: `Lost answer ${Date.now()}`, standfirst: 'The server did it; the answer went astray.', body: 'Words.' });
  const storyUrl = `**/admin/stories/${id}`;
  // The request reaches the server and is carried out; a proxy then answers 502 instead.
  await page.route(storyUrl, async (route) => {
    if (route.request().method() !== 'POST') return route.continue();
    await route.fetch();
    await route.fulfill({ status: 502, contentType: 'text/html', body: '<html><body>Bad gateway</body></html>' });
  });
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  const lost = page.getByRole('alert').filter({ hasText: 'answer did not arrive' });
  await expect(lost).toHaveText('The server’s answer did not arrive, so it is not known whether that was done. Reload the page to see the story as it is now.');
  await expect(lost).toBeFocused();
  expect((await db.article.findUniqueOrThrow({ where: { id } })).status).toBe('PUBLISHED');

  await page.unroute(storyUrl);
  await page.reload();
  await expect(storyStatus(page)).toHaveText('Published');
  await author.close();
});

test('two tabs on one story keep their own unsaved text: a save in one does not throw away the other’s', async ({ browser }) => {
  const author = await staffPage(browser, 'AUTHOR');
  const { page: first } = author;
  const id = await writeStory(first, { headline: 'Ferry timetable changes', body: 'Ferries leave at six.' });

  // The second tab cannot reach the server: what is typed there lives only in this browser.
  const second = await first.context().newPage();
  await openStory(second, id);
  await second.route(`**/admin/stories/${id}`, (route) => (route.request().method() === 'POST' ? route.abort() : route.continue()));
  await second.getByRole('textbox', { name: 'Story body' }).click();
  await second.keyboard.press('End');
  await second.keyboard.type(' Written in the second tab.');
  await expect(saveState(second)).not.toHaveText('Saved');

  // The first tab saves its own change.
  await first.getByRole('textbox', { name: 'Story body' }).click();
  await first.keyboard.press('End');
  await first.keyboard.type(' Written in the first tab.');
  await expect(saveState(first)).toHaveText('Saved');

  // The second tab goes away unanswered (a crash, a forced close); the story is opened again.
  await second.close();
  const again = await first.context().newPage();
  await openStory(again, id);
  const restore = again.getByRole('button', { name: 'Restore local copy' });
  await expect(restore, 'the second tab’s text is offered back').toBeVisible({ timeout: 15_000 });
  await restore.click();
  await expect(again.getByRole('textbox', { name: 'Story body' })).toContainText('Written in the second tab.');
  // It was written against an older version: compared with the first tab's save, not written over it.
  const dialog = again.getByRole('dialog', { name: /saved this story while you were editing/ });
  await expect(dialog).toBeVisible();
  expect((await db.article.findUniqueOrThrow({ where: { id } })).bodyText).toContain('Written in the first tab.');
  await author.close();
});

test('the scheduler’s cache hook refuses anyone without the deployment’s token', async ({ request }) => {
  expect((await request.post('/api/internal/expire-tags', { data: { tags: ['story-lists'] } })).status()).toBe(403);
  const forged = await request.post('/api/internal/expire-tags', { data: { tags: ['story-lists'] }, headers: { authorization: 'Bearer forged' } });
  expect(forged.status()).toBe(403);
});

test('publishing is refused, with the reason, while the hero image has no alt text', async ({ browser, request }) => {
  const author = await staffPage(browser, 'AUTHOR');
  const { page } = author;
  const id = await writeStory(page, { headline: `Undescribed picture ${Date.now()}`, standfirst: 'A picture without words.', body: 'Body text.' });
  const image = await db.image.create({
    data: { storageKey: `images/e2e/undescribed-${id}`, width: 1600, height: 900, mimeType: 'image/jpeg', bytes: 1, variantWidths: [640], alt: '' },
  });
  await db.article.update({ where: { id }, data: { heroImageId: image.id } });
  // The editor says so before anyone presses Publish.
  await openStory(page, id);
  await expect(page.getByRole('group', { name: 'Hero image' })).toContainText('No alt text: the story cannot be published until this picture is described in the media library.');

  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Not published' })).toContainText('The hero image has no alt text');
  await expect(storyStatus(page)).toHaveText('Draft');
  expect((await request.get(await publicPathOf(id))).status()).toBe(404);
  // The stand-in picture has no file: keep it out of the media library other specs browse.
  await db.article.update({ where: { id }, data: { heroImageId: null } });
  await db.image.delete({ where: { id: image.id } });
  await author.close();
});

test('a refused save says why under the field and at the top, and both go once a save succeeds', async ({ browser }) => {
  const editor = await staffPage(browser, 'EDITOR');
  const { page } = editor;
  await writeStory(page, { headline: `Refused then saved ${Date.now()}`, body: 'Body text.' });
  await field(page, 'Headline').fill('');
  await expect(page.getByRole('alert').filter({ hasText: 'Some fields need attention.' })).toContainText('Headline is required');
  await expect(saveState(page)).not.toHaveText('Saved');
  await field(page, 'Headline').fill('Saved after all');
  await expect(saveState(page)).toHaveText('Saved');
  await expect(page.getByRole('alert').filter({ hasText: /attention|required/ })).toHaveCount(0);
  await expect(field(page, 'Headline')).not.toHaveAttribute('aria-invalid');
  await editor.close();
});

test('links: added from a selection, refused when they would leave the site in disguise, and edited as a whole', async ({ browser }) => {
  const editor = await staffPage(browser, 'EDITOR');
  const { page } = editor;
  const id = await writeStory(page, { headline: `Links ${Date.now()}`, body: 'Click here now' });
  const body = page.getByRole('textbox', { name: 'Story body' });
  const linkTo = async (href: string) => {
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Address').fill(href);
    await dialog.getByRole('button', { name: 'Apply' }).click();
    return dialog;
  };
  // Select "here", from the end of the line.
  await body.click();
  await page.keyboard.press('End');
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
  for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowLeft');
  const refused = await linkTo('/\\evil.example/phish');
  await expect(refused.getByText(/path on this site/)).toBeVisible();
  await refused.getByLabel('Address').fill('https://old.example/');
  await refused.getByRole('button', { name: 'Apply' }).click();
  await expect(body.getByRole('link', { name: 'here' })).toHaveAttribute('href', 'https://old.example/');

  // A selection from inside the link to the end of the line edits the link, and only the link.
  await body.click();
  await page.keyboard.press('End');
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowLeft'); // between "he" and "re"
  await page.keyboard.press('Shift+End');
  await linkTo('https://new.example/');
  await expect(body.getByRole('link')).toHaveCount(1);
  await expect(body.getByRole('link', { name: 'here', exact: true })).toHaveAttribute('href', 'https://new.example/');
  await expect(saveState(page)).toHaveText('Saved');
  expect(JSON.stringify((await db.article.findUniqueOrThrow({ where: { id } })).body)).not.toContain('old.example');
  await editor.close();
});

test('hero image and an inline figure come from the media library, and readers see both', async ({ browser }) => {
  const editor = await staffPage(browser, 'EDITOR');
  const { page } = editor;
  const id = await writeStory(page, { headline: `Pictures from Lənkəran ${Date.now()}`, standfirst: 'Tea harvest.', body: 'The pickers start at dawn.' });

  // Two of the demo newsroom's pictures, found by file name: other specs add file-less stand-ins
  // to the library at any moment, and a story published with one would break the home page.
  const [heroFile, figureFile] = (
    await db.image.findMany({ where: { NOT: { alt: '' }, storageKey: { not: { startsWith: 'images/test/' } } }, orderBy: { id: 'asc' }, take: 2, select: { originalFilename: true } })
  ).map((image) => image.originalFilename);
  await page.getByRole('button', { name: 'Choose image' }).click();
  const heroPicker = page.getByRole('dialog', { name: 'Choose the hero image' });
  // Described library images only (double-click picks an image that has alt text).
  const described = /^(?!.*No alt text · ).+/;
  await heroPicker.getByLabel('Search the library').fill(heroFile);
  await expect(heroPicker.getByRole('option')).toHaveCount(1);
  await heroPicker.getByRole('option', { name: described }).first().dblclick();
  await expect(heroPicker).toBeHidden();
  await expect(page.getByRole('group', { name: 'Hero image' }).getByRole('img')).toBeVisible();
  await expect(saveState(page)).toHaveText('Saved');

  // ProseMirror's attribute objects must reach the server as plain data (this once failed).
  await page.getByRole('textbox', { name: 'Story body' }).click();
  await page.keyboard.press('End');
  await page.getByRole('button', { name: 'Insert image from library' }).click();
  const figurePicker = page.getByRole('dialog', { name: 'Insert an image' });
  await figurePicker.getByLabel('Search the library').fill(figureFile);
  await expect(figurePicker.getByRole('option')).toHaveCount(1);
  await figurePicker.getByRole('option', { name: described }).first().dblclick();
  await expect(page.getByRole('textbox', { name: 'Story body' }).locator('figure img')).toBeVisible();
  await expect(saveState(page)).toHaveText('Saved');
  const row = await db.article.findUniqueOrThrow({ where: { id }, select: { heroImageId: true, images: true } });
  expect(row.heroImageId).not.toBeNull();
  expect(row.images).toHaveLength(1);

  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(storyStatus(page)).toHaveText('Published');
  await page.goto(await publicPathOf(id));
  await expect(page.locator('.story-body figure img')).toHaveCount(1);
  await expect(page.locator('article figure img').first()).toBeVisible();
  await editor.close();
});

test('on a phone, tapping a picture in the story selects it, and its caption, credit and alt text stay in view however long the story', async ({ browser }) => {
  const person = await newStaff('AUTHOR');
  const image = await createImage(db, { alt: '' });
  const section = await db.section.findFirstOrThrow({ select: { id: true } });
  const text = (texts: string[]) => paragraphs(...texts).content ?? [];
  const body = {
    type: 'doc' as const,
    content: [
      ...text(['The ferry left at dawn.']),
      { type: 'figure' as const, attrs: { imageId: image.id, caption: null, credit: null, alt: null } },
      ...text(Array.from({ length: 30 }, (_, index) => `Paragraph ${index + 1} of a long report.`)),
    ],
  };
  const story = await createStory(db, { sectionId: section.id, createdById: person.id, authorIds: [person.id], status: 'DRAFT', body, headline: `Phone figure ${Date.now()}` });
  const context = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await signInSession(page.request, person);
  await openStory(page, story.id);

  const figure = page.getByRole('textbox', { name: 'Story body' }).locator('figure');
  await expect(figure).toContainText('No alt text: select the image and describe it before publishing.');
  await figure.locator('figcaption').tap();
  const panel = page.getByLabel('Selected image');
  await expect(panel).toBeInViewport();
  await panel.getByLabel('Alt text (describe the image)').fill('The ferry at the quay');
  await expect(figure).not.toContainText('No alt text');
  await expect(saveState(page)).toHaveText('Saved');
  expect(JSON.stringify((await db.article.findUniqueOrThrow({ where: { id: story.id } })).body)).toContain('"alt":"The ferry at the quay"');

  // With the picture selected, Image adds another after it instead of replacing it.
  const another = `Quay at dusk ${Date.now()}`;
  await createImage(db, { alt: another });
  await expect(panel).toBeVisible();
  await page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'Insert image from library' }).tap();
  const picker = page.getByRole('dialog', { name: 'Insert an image' });
  await picker.getByLabel('Search the library').fill(another);
  await picker.getByRole('option', { name: another }).tap();
  await picker.getByRole('button', { name: 'Insert image' }).tap();
  const figures = page.getByRole('textbox', { name: 'Story body' }).locator('figure');
  await expect(figures).toHaveCount(2);
  await expect(figures.first().locator('img')).toHaveAttribute('alt', 'The ferry at the quay');
  await expect(figures.nth(1).locator('img')).toHaveAttribute('alt', another);
  await context.close();
});

test('galleries found by searching: one shown with the story, one embedded in its text, and readers see both', async ({ browser }) => {
  const editor = await staffPage(browser, 'EDITOR');
  const { page } = editor;
  const topic = Date.now().toString(36);
  const photos = await db.image.findMany({ where: { NOT: { alt: '' } }, orderBy: { id: 'asc' }, take: 3, select: { id: true } });
  const [harbour] = await Promise.all(
    ['Harbour', 'Market'].map((place) => createGallery(db, { title: `${place} at Şəki ${topic}`, createdById: editor.person.id, imageIds: photos.map((photo) => photo.id) })),
  );
  const id = await writeStory(page, { headline: `Silk road pictures ${topic}`, standfirst: 'Two galleries.', body: 'The caravanserai is open again.' });

  await page.getByRole('button', { name: 'Choose gallery' }).click();
  const attach = page.getByRole('dialog', { name: 'Show a gallery with the story' });
  await attach.getByLabel('Search galleries').fill(`HARBOUR şəki ${topic}`);
  await expect(attach.getByRole('status')).toHaveText(`1 gallery matches “HARBOUR şəki ${topic}”.`);
  await attach.getByRole('button', { name: new RegExp(`^Harbour at Şəki ${topic}`) }).click();
  await expect(attach).toBeHidden();
  await expect(page.getByRole('button', { name: 'Change gallery' })).toBeFocused();
  await expect(page.getByRole('group', { name: 'Gallery', exact: true })).toContainText(`Harbour at Şəki ${topic} (3 photos)`);

  await page.getByRole('textbox', { name: 'Story body' }).click();
  await page.keyboard.press('End');
  await page.getByRole('button', { name: 'Embed gallery' }).click();
  const embed = page.getByRole('dialog', { name: 'Embed a gallery' });
  await embed.getByLabel('Search galleries').fill(`${topic} nowhere`);
  await expect(embed.getByRole('status')).toHaveText(`No gallery matches “${topic} nowhere”.`);
  await embed.getByLabel('Search galleries').fill(`Market ${topic}`);
  await embed.getByRole('button', { name: new RegExp(`^Market at Şəki ${topic}`) }).click();
  await expect(page.getByRole('textbox', { name: 'Story body' })).toContainText(`Market at Şəki ${topic}`);
  await expect(saveState(page)).toHaveText('Saved');
  await expect.poll(async () => (await db.article.findUniqueOrThrow({ where: { id }, select: { galleryId: true } })).galleryId).toBe(harbour.id);

  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(storyStatus(page)).toHaveText('Published');
  await page.goto(await publicPathOf(id));
  for (const place of ['Harbour', 'Market']) {
    await expect(page.getByRole('region', { name: `Gallery ${place} at Şəki ${topic}` })).toBeVisible();
  }
  await expect(page.locator('.story-body').getByRole('region', { name: `Gallery Market at Şəki ${topic}` })).toBeVisible();
  await editor.close();
});

test('on a phone the caret stays below the sticky status bar and formatting toolbar', async ({ browser }) => {
  const { person, page, close } = await staffPage(browser, 'AUTHOR');
  await page.setViewportSize({ width: 375, height: 812 });
  const section = await db.section.findFirstOrThrow({ select: { id: true } });
  const lines = Array.from({ length: 30 }, (_, index) => `Paragraph ${index + 1} of a long story, written to fill more than one phone screen.`);
  const story = await createStory(db, { sectionId: section.id, createdById: person.id, authorIds: [person.id], status: 'DRAFT', body: paragraphs(...lines) });
  await openStory(page, story.id);
  await page.getByRole('textbox', { name: 'Story body' }).click();
  await page.keyboard.press('Control+End');
  const caretBelowBars = async () => {
    const caret = await page.evaluate(() => window.getSelection()!.getRangeAt(0).getBoundingClientRect().top);
    const bars = await page.getByRole('toolbar', { name: 'Formatting' }).evaluate((toolbar) => toolbar.getBoundingClientRect().bottom);
    return caret >= bars;
  };
  // Up to the first paragraph by arrow keys (the browser scrolls), then typing there (the editor does).
  for (let press = 0; press < 120; press++) await page.keyboard.press('ArrowUp');
  expect(await caretBelowBars()).toBe(true);
  await page.keyboard.type('Still in sight. ');
  expect(await caretBelowBars()).toBe(true);

  // The formatting buttons are one row that scrolls sideways, not three rows over the text; the
  // last of them comes into sight when the keyboard reaches it.
  const toolbar = page.getByRole('toolbar', { name: 'Formatting' });
  expect((await toolbar.boundingBox())!.height).toBeLessThan(60);
  await toolbar.getByRole('button', { name: 'Paragraph' }).focus();
  await page.keyboard.press('End');
  await expect(toolbar.getByRole('button', { name: 'Undo' })).toBeFocused();
  // All of it, not a sliver at the row's edge.
  await expect(toolbar.getByRole('button', { name: 'Undo' })).toBeInViewport({ ratio: 1 });

  // The status bar above it is two rows: the state, then the steps and links in one row that
  // scrolls sideways, its last link reachable by keyboard.
  const bar = page.getByTestId('story-status').locator('..');
  expect((await bar.boundingBox())!.height).toBeLessThan(100);
  const steps = page.getByTestId('story-steps');
  await expect(steps.getByRole('button', { name: 'Publish' })).toBeInViewport({ ratio: 1 });
  await steps.getByRole('link', { name: 'Revisions' }).focus();
  await expect(steps.getByRole('link', { name: 'Revisions' })).toBeInViewport({ ratio: 1 });
  await close();
});
