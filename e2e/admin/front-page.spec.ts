import { expect, test } from '@playwright/test';
import { createImage, createSection, createStory } from '../../lib/testing/newsroom';
import { db, formAlert, newStaff, shown, signInAs } from './support';

/**
 * An editor chooses the story that leads the home page, and hands the choice back. (Run after the
 * desktop project, like the authorization matrix: the home page specs there expect the newest
 * story with a picture to lead, and must not see a pin come and go under them.)
 */

test('an editor pins a story to lead the home page, is told when another editor changed it meanwhile, and unpins it', async ({ browser, page }) => {
  const key = Date.now().toString(36);
  const editor = await newStaff('EDITOR', { name: 'Rauf Məmmədli' });
  const section = await createSection(db, { name: `Front ${key}` });
  // Three days old and without a picture: never the automatic lead.
  const story = await createStory(db, {
    sectionId: section.id,
    createdById: editor.id,
    headline: `Parliament approves the budget ${key}`,
    firstPublishedAt: new Date(Date.now() - 3 * 86_400_000),
  });
  const other = await createStory(db, { sectionId: section.id, createdById: editor.id, headline: `Ferry strike ends ${key}`, heroImageId: (await createImage(db, { alt: 'Ferry' })).id });

  // A second editor has the page open before the first one chooses.
  const rival = await browser.newPage();
  await signInAs(rival, await newStaff('EDITOR'), `/admin/front-page?q=${key}`);

  await signInAs(page, editor, '/admin/front-page');
  await expect(page.getByRole('navigation', { name: 'Newsroom' }).getByRole('link', { name: 'Front page' })).toHaveAttribute('aria-current', 'page');
  await page.getByRole('search', { name: 'Find a published story' }).getByLabel('Headline contains').fill(key);
  await page.getByRole('button', { name: 'Find' }).click();
  const row = page.getByRole('listitem').filter({ hasText: story.headline });
  await expect(row).toContainText('no picture');
  await row.getByRole('button', { name: 'Make lead' }).click();
  await expect(shown(page, 'Pinned: this story leads the home page now.')).toBeVisible();
  const leading = page.getByRole('region', { name: 'Leading now' });
  await expect(leading.getByRole('link', { name: story.headline })).toBeVisible();
  await expect(leading).toContainText('Pinned by Rauf Məmmədli on');

  // Readers see it lead at once, and not again among the top stories.
  const reader = await browser.newPage();
  await reader.goto('/');
  await expect(reader.getByRole('region', { name: 'Lead story' }).getByRole('heading', { level: 2 })).toHaveText(story.headline);
  await expect(reader.getByRole('region', { name: 'Top stories' }).getByRole('link', { name: story.headline })).toHaveCount(0);

  // The rival's page still shows the automatic lead: their choice is refused, and says why.
  await rival.getByRole('listitem').filter({ hasText: other.headline }).getByRole('button', { name: 'Make lead' }).click();
  await expect(formAlert(rival)).toHaveText(`Someone else changed the lead meanwhile: “${story.headline}” is pinned now. Reload to see it, then choose again.`);
  expect((await db.homeLead.findUniqueOrThrow({ where: { id: 1 } })).articleId).toBe(story.id);

  await leading.getByRole('button', { name: 'Unpin' }).click();
  await expect(shown(page, 'Unpinned: the home page chooses its lead itself again.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Leading now' })).toContainText('Chosen automatically: the newest story with a picture among the 6 newest (else the newest).');
  await reader.reload();
  await expect(reader.getByRole('region', { name: 'Lead story' }).getByRole('heading', { level: 2 })).not.toHaveText(story.headline);

  const audit = await db.auditLog.findMany({ where: { subjectId: String(story.id), action: { startsWith: 'story.home_lead' } }, orderBy: { id: 'asc' }, select: { action: true, actorId: true } });
  expect(audit).toEqual([
    { action: 'story.home_lead', actorId: editor.id },
    { action: 'story.home_lead_end', actorId: editor.id },
  ]);
  await Promise.all([rival.close(), reader.close()]);
});
