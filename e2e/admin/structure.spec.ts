import { expect, test, type Page } from '@playwright/test';
import { db, field, holdPosts, newStaff, shown, signInAs } from './support';
import { saveState } from './stories-support';

/**
 * Sections and tags, as an Editor manages them. The e2e database is shared with the reader specs,
 * so these tests add their own sections at the end of the navigation, file only stories published
 * long ago (never on a listing's first page), and delete what they made before they finish.
 */

// In order, in one worker: the sections list is one shared thing, and the reorder test sends the
// whole order, which another test adding or removing a section at that moment would falsify.
test.describe.configure({ mode: 'default' });

const unique = () => Math.random().toString(36).slice(2, 8);

async function createSectionThroughForm(page: Page, name: string, slug: string): Promise<number> {
  const form = page.getByRole('region', { name: 'New section' });
  await field(form, 'Name').fill(name);
  await field(form, 'Slug').fill(slug);
  await form.getByRole('button', { name: 'Create section' }).click();
  // The new section joins the list (a confirmation from an earlier creation may still be showing).
  await expect(page.getByRole('list', { name: 'Sections in navigation order' }).getByRole('link', { name, exact: true })).toBeVisible();
  await expect(form.getByRole('status')).toHaveText('Section created. It is at the end of the navigation.');
  const section = await db.section.findUniqueOrThrow({ where: { slug } });
  return section.id;
}

async function storyIn(sectionId: number, authorId: number, status: 'PUBLISHED' | 'DRAFT', tagIds: number[] = []) {
  const longAgo = new Date('2001-02-03T04:05:06Z');
  return db.article.create({
    data: {
      slug: `structure-${unique()}`,
      headline: `Structure test ${unique()}`,
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Filed for the structure tests.' }] }] },
      bodyText: 'Filed for the structure tests.',
      status,
      sectionId,
      createdById: authorId,
      firstPublishedAt: status === 'PUBLISHED' ? longAgo : null,
      publishedAt: status === 'PUBLISHED' ? longAgo : null,
      updatedAt: longAgo,
      authors: { create: [{ userId: authorId, position: 0 }] },
      tags: { create: tagIds.map((tagId, position) => ({ tagId, position })) },
    },
  });
}

test('a name as long as names may be keeps the stories list and the story editor within a phone', async ({ page }) => {
  // Staff pickers list every name: a select is as wide as its longest option unless held back.
  await newStaff('AUTHOR', { name: `Longname ${'Məmmədəliyeva'.repeat(8)}`.slice(0, 120) });
  const editor = await newStaff('EDITOR');
  await signInAs(page, editor, '/admin/stories');
  await page.setViewportSize({ width: 375, height: 800 });
  for (const path of ['/admin/stories', '/admin/stories/new']) {
    await page.goto(path);
    await expect(page.getByRole('combobox', { name: /author/i }).first()).toBeAttached();
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(375);
  }
});

test('a section name of one unbroken 80-letter word wraps on a phone: newsroom, navigation, menu, footer and its page', async ({ page }) => {
  const editor = await newStaff('EDITOR');
  const name = `${'B'.repeat(74)}${unique()}`;
  const slug = `long-${unique()}`;
  await signInAs(page, editor, '/admin/sections');
  // Through the form, so the public navigation and footer carry it too.
  const id = await createSectionThroughForm(page, name, slug);
  try {
    await page.setViewportSize({ width: 375, height: 800 });
    for (const path of ['/admin/sections', `/admin/sections/${id}`, `/${slug}`, '/']) {
      await page.goto(path);
      if (path === '/') {
        await page.locator('summary', { hasText: 'Menu' }).click();
        await expect(page.getByRole('navigation', { name: 'All sections' }).getByText(name)).toBeVisible();
        await expect(page.getByRole('navigation', { name: 'Sections (footer)' }).getByText(name)).toBeVisible();
      } else {
        await expect(page.locator('main').getByText(name).first()).toBeVisible();
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(375);
    }
  } finally {
    await page.goto(`/admin/sections/${id}`);
    await page.getByRole('button', { name: 'Delete section' }).click();
    await page.getByRole('button', { name: 'Yes, delete section' }).click();
    await expect(page).toHaveURL(/\/admin\/sections\?deleted=1$/);
  }
});

test('an Editor creates sections, reorders them by keyboard and buttons, and deletes an empty one', async ({ page }) => {
  const editor = await newStaff('EDITOR');
  await signInAs(page, editor, '/admin/sections');
  const tag = unique();
  const first = await createSectionThroughForm(page, `Alpha ${tag}`, `alpha-${tag}`);
  const second = await createSectionThroughForm(page, `Beta ${tag}`, `beta-${tag}`);
  try {
    const list = page.getByRole('list', { name: 'Sections in navigation order' });
    const names = async () => (await list.getByRole('link').allTextContents()).filter((name) => name.endsWith(tag));
    await expect.poll(names).toEqual([`Alpha ${tag}`, `Beta ${tag}`]);

    // Keyboard: Alt+↑ on Beta's button moves it above Alpha; focus stays with Beta.
    await page.getByRole('button', { name: `Move Beta ${tag} up` }).focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect(page.getByRole('status').filter({ hasText: `Beta ${tag} moved to position` })).toContainText('Order saved.');
    await expect(page.getByRole('button', { name: `Move Beta ${tag} up` })).toBeFocused();
    await expect.poll(names).toEqual([`Beta ${tag}`, `Alpha ${tag}`]);

    // Buttons: move Alpha back up.
    await page.getByRole('button', { name: `Move Alpha ${tag} up` }).click();
    await expect(page.getByRole('status').filter({ hasText: `Alpha ${tag} moved to position` })).toContainText('Order saved.');
    const stored = await db.section.findMany({ where: { id: { in: [first, second] } }, orderBy: { position: 'asc' }, select: { id: true } });
    expect(stored.map((row) => row.id)).toEqual([first, second]);

    await page.reload();
    await expect.poll(names).toEqual([`Alpha ${tag}`, `Beta ${tag}`]);

    // A reserved slug is refused, what was typed stays.
    const form = page.getByRole('region', { name: 'New section' });
    await field(form, 'Name').fill('Admin pages');
    await field(form, 'Slug').fill('admin');
    await form.getByRole('button', { name: 'Create section' }).click();
    await expect(shown(form, 'That address belongs to the site itself. Choose another slug.')).toBeVisible();
    await expect(field(form, 'Name')).toHaveValue('Admin pages');
  } finally {
    // Delete both through the section page, as an Editor would.
    for (const id of [second, first]) {
      await page.goto(`/admin/sections/${id}`);
      await page.getByRole('button', { name: 'Delete section' }).click();
      await page.getByRole('button', { name: 'Yes, delete section' }).click();
      await expect(page).toHaveURL(/\/admin\/sections\?deleted=1$/);
    }
  }
  expect(await db.section.count({ where: { id: { in: [first, second] } } })).toBe(0);
});

test('what is typed while a form is saving stays in the form when the answer comes', async ({ page }) => {
  const editor = await newStaff('EDITOR');
  await signInAs(page, editor, '/admin/sections');
  const tag = unique();
  const form = page.getByRole('region', { name: 'New section' });
  await field(form, 'Name').fill(`Gamma ${tag}`);
  await field(form, 'Slug').fill(`gamma-${tag}`);

  // Hold the save on its way so there is time to type.
  const { sending, release } = await holdPosts(page, '**/admin/sections');
  await form.getByRole('button', { name: 'Create section' }).click();
  await sending;
  await field(form, 'Description').fill('Typed while the section was being created');
  release();

  await expect(form.getByRole('status')).toHaveText('Section created. It is at the end of the navigation.');
  const section = await db.section.findUniqueOrThrow({ where: { slug: `gamma-${tag}` } });
  try {
    expect(section.description).toBe('');
    // The sent fields are cleared for the next section; the text typed meanwhile is still there.
    await expect(field(form, 'Name')).toHaveValue('');
    await expect(field(form, 'Description')).toHaveValue('Typed while the section was being created');
  } finally {
    await db.section.delete({ where: { id: section.id } });
  }
});

test('a form whose answer is lost keeps what was typed and says it may or may not have been saved', async ({ page }) => {
  const editor = await newStaff('EDITOR');
  await signInAs(page, editor, '/admin/sections');
  const tag = unique();
  const form = page.getByRole('region', { name: 'New section' });
  await field(form, 'Name').fill(`Lost ${tag}`);
  await field(form, 'Slug').fill(`lost-${tag}`);
  // The server creates the section; a proxy then answers 502 instead of the action's answer.
  await page.route('**/admin/sections', async (route) => {
    if (route.request().method() !== 'POST') return route.continue();
    await route.fetch();
    await route.fulfill({ status: 502, contentType: 'text/html', body: '<html><body>Bad gateway</body></html>' });
  });
  await form.getByRole('button', { name: 'Create section' }).click();

  await expect(form.getByRole('alert')).toHaveText('The server’s answer did not arrive, so this may or may not have been saved. What you typed is still here: reload the page to check before sending it again.');
  await expect(field(form, 'Name')).toHaveValue(`Lost ${tag}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Sections' })).toBeVisible();
  const section = await db.section.findUniqueOrThrow({ where: { slug: `lost-${tag}` } });
  await db.section.delete({ where: { id: section.id } });
});

test('changing a section’s slug keeps its stories’ old addresses answering 301', async ({ page, request }) => {
  const editor = await newStaff('EDITOR');
  const tag = unique();
  const section = await db.section.create({ data: { name: `Regions ${tag}`, slug: `regions-${tag}`, position: 10_000 } });
  const story = await storyIn(section.id, editor.id, 'PUBLISHED');
  try {
    await signInAs(page, editor, `/admin/sections/${section.id}`);
    await expect(shown(page, /Changing it moves its published story to new addresses/)).toBeVisible();
    await field(page, 'Slug').fill(`provinces-${tag}`);
    await page.getByRole('button', { name: 'Save section' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Section saved.' })).toBeVisible();

    const old = await request.get(`/regions-${tag}/${story.slug}`, { maxRedirects: 0 });
    expect(old.status()).toBe(301);
    expect(new URL(old.headers().location, 'http://x').pathname).toBe(`/provinces-${tag}/${story.slug}`);
    expect((await request.get(`/provinces-${tag}/${story.slug}`)).status()).toBe(200);

    // The section cannot be deleted while a story is filed in it.
    await page.reload();
    await expect(page.getByRole('button', { name: 'Delete section' })).toHaveCount(0);
    await expect(shown(page, /Only an empty section can be deleted\. One story is filed here/)).toBeVisible();

    const audit = await db.auditLog.findFirstOrThrow({ where: { action: 'section.update', subjectId: String(section.id) } });
    expect(audit).toMatchObject({ actorId: editor.id, details: { slug: { from: `regions-${tag}`, to: `provinces-${tag}` }, redirectsAdded: 1 } });
  } finally {
    await db.article.delete({ where: { id: story.id } });
    await db.section.delete({ where: { id: section.id } });
  }
});

test('an Editor renames, merges and deletes tags; stories keep one of each', async ({ page }) => {
  const editor = await newStaff('EDITOR');
  const tag = unique();
  const section = await db.section.findFirstOrThrow({ orderBy: { position: 'asc' } });
  const football = await db.tag.create({ data: { name: `football ${tag}`, slug: `football-${tag}` } });
  const soccer = await db.tag.create({ data: { name: `Soccer ${tag}`, slug: `soccer-${tag}` } });
  const both = await storyIn(section.id, editor.id, 'DRAFT', [football.id, soccer.id]);
  const onlyFootball = await storyIn(section.id, editor.id, 'DRAFT', [football.id]);
  const untagged = await storyIn(section.id, editor.id, 'DRAFT');
  try {
    await signInAs(page, editor, `/admin/tags?q=${encodeURIComponent(tag)}`);
    await page.getByRole('link', { name: `football ${tag}` }).click();
    await expect(page.getByRole('heading', { level: 1, name: `football ${tag}` })).toBeVisible();

    await field(page, 'Name').fill(`Football ${tag}`);
    await field(page, 'Slug').fill('');
    await page.getByRole('button', { name: 'Save tag' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Tag saved.' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: `Football ${tag}` })).toBeVisible();
    expect(await db.tag.findUniqueOrThrow({ where: { id: football.id } })).toMatchObject({ name: `Football ${tag}`, slug: `football-${tag}` });

    // A merge cannot be undone: the first press asks, naming both tags, and Cancel changes nothing.
    await field(page, 'Merge into').fill(`soccer-${tag}`);
    await page.getByRole('button', { name: 'Merge tags' }).click();
    await expect(page.getByText(`Merge “Football ${tag}” into “Soccer ${tag}”? Its 2 stories move to “Soccer ${tag}”, and “Football ${tag}” is deleted.`)).toBeVisible();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('button', { name: 'Merge tags' })).toBeFocused();
    expect(await db.tag.findUnique({ where: { id: football.id } })).not.toBeNull();
    await page.getByRole('button', { name: 'Merge tags' }).click();
    await expect(page.getByRole('button', { name: 'Yes, merge tags' })).toBeFocused();
    // A screen reader hears the question with the button that answers it.
    await expect(page.getByRole('button', { name: 'Yes, merge tags' })).toHaveAccessibleDescription(/^Merge “Football .*” into “Soccer .*”\?/);
    await page.getByRole('button', { name: 'Yes, merge tags' }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/tags/${soccer.id}\\?merged=2$`));
    await expect(shown(page, /Merged: 2 stories from the other tag now have this one\./)).toBeVisible();
    expect(await db.tag.findUnique({ where: { id: football.id } })).toBeNull();
    for (const story of [both, onlyFootball]) {
      expect(await db.articleTag.findMany({ where: { articleId: story.id }, select: { tagId: true } })).toEqual([{ tagId: soccer.id }]);
    }
    // An old tab on the merged tag's newsroom page, and any unknown newsroom address, say so in the newsroom.
    for (const path of [`/admin/tags/${football.id}`, '/admin/tags/not-a-number', '/admin/no-such-page/at-all']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1, name: 'Not found' }), path).toBeVisible();
      await expect(page.getByRole('navigation', { name: 'Newsroom' })).toBeVisible();
    }
    await page.goto(`/admin/tags/${soccer.id}`);
    // The merged tag's page sends readers and search engines on to the tag it went into.
    const merged = await page.request.get(`/tag/football-${tag}/page/2`, { maxRedirects: 0 });
    expect(merged.status()).toBe(301);
    expect(new URL(merged.headers().location, page.url()).pathname).toBe(`/tag/soccer-${tag}/page/2`);

    // In the story editor, the merged tag's old name offers the tag it went into, not a new tag.
    await page.goto(`/admin/stories/${untagged.id}`);
    await page.getByRole('combobox', { name: 'Tags' }).fill(`Football ${tag}`);
    const suggestions = page.getByRole('listbox', { name: 'Tag suggestions' }).getByRole('option');
    await expect(suggestions).toHaveText([`Soccer ${tag} (formerly football-${tag})`]);
    // Picked, then removed: focus goes back to the tag field, not to the page.
    await page.getByRole('combobox', { name: 'Tags' }).press('Enter');
    await page.getByRole('button', { name: `Remove tag Soccer ${tag}` }).click();
    await expect(page.getByRole('combobox', { name: 'Tags' })).toBeFocused();
    await expect(saveState(page)).toHaveText('Saved');
    // A name spelt another way that makes the tag's address is that tag: no new tag is offered.
    await page.getByRole('combobox', { name: 'Tags' }).fill(`Söccer ${tag}`);
    await expect(suggestions).toHaveText([`Soccer ${tag}`]);
    await page.goto(`/admin/tags/${soccer.id}`);

    await page.getByRole('button', { name: 'Delete tag' }).click();
    await expect(page.getByRole('button', { name: 'Yes, delete tag' })).toHaveAccessibleDescription(`Delete “Soccer ${tag}” and take it off 2 stories?`);
    await page.getByRole('button', { name: 'Yes, delete tag' }).click();
    await expect(page).toHaveURL(/\/admin\/tags\?deleted=/);
    await expect(shown(page, `The tag “Soccer ${tag}” was deleted.`)).toBeVisible();
    expect(await db.articleTag.count({ where: { articleId: { in: [both.id, onlyFootball.id] } } })).toBe(0);
    expect((await page.request.get(`/tag/football-${tag}`, { maxRedirects: 0 })).status()).toBe(404);
  } finally {
    await db.article.deleteMany({ where: { id: { in: [both.id, onlyFootball.id, untagged.id] } } });
    await db.tag.deleteMany({ where: { id: { in: [football.id, soccer.id] } } });
  }
});

test('Authors and Contributors are shown that sections and tags are not theirs to manage', async ({ page }) => {
  const author = await newStaff('AUTHOR');
  await signInAs(page, author, '/admin/sections');
  await expect(page.getByRole('heading', { name: 'Not available to your role' })).toBeVisible();
  expect((await page.goto('/admin/tags'))?.status()).toBe(403);
  await expect(page.getByRole('heading', { name: 'Not available to your role' })).toBeVisible();
});
