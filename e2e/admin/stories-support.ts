import { expect, type Browser, type Page } from '@playwright/test';
import { signInSession } from './server-actions';
import { db, newStaff } from './support';
import type { Role } from '../../lib/auth/permissions';

/** Helpers for the story specs: a signed-in page per role, and writing in the editor as a person does. */

export async function staffPage(browser: Browser, role: Role, name?: string) {
  const person = await newStaff(role, { name });
  const context = await browser.newContext();
  const page = await context.newPage();
  // Publish, unpublish and delete ask for confirmation.
  page.on('dialog', (dialog) => void dialog.accept());
  // Signed in, on no page yet: every story test opens the editor first.
  await signInSession(page.request, person);
  return { person, page, close: () => context.close() };
}

// Next keeps pages the browser left in hidden <Activity> boundaries: only visible matches count.
export function saveState(page: Page) {
  return page.getByTestId('save-state').filter({ visible: true });
}

export function storyStatus(page: Page) {
  return page.getByTestId('story-status').filter({ visible: true });
}

export function field(page: Page, label: string | RegExp) {
  return page.getByLabel(label, { exact: typeof label === 'string' }).filter({ visible: true });
}

/** Opens a story in the editor and waits until it is interactive (the body toolbar renders after hydration). */
export async function openStory(page: Page, id: number) {
  await page.goto(`/admin/stories/${id}`);
  await expect(page.getByRole('toolbar', { name: 'Formatting' })).toBeVisible();
}

export async function writeStory(page: Page, story: { headline: string; standfirst?: string; body: string }) {
  await page.goto('/admin/stories/new');
  await expect(page.getByRole('toolbar', { name: 'Formatting' })).toBeVisible();
  await field(page, 'Headline').fill(story.headline);
  if (story.standfirst !== undefined) await field(page, 'Standfirst').fill(story.standfirst);
  const body = page.getByRole('textbox', { name: 'Story body' });
  await body.click();
  await page.keyboard.type(story.body);
  await expect(saveState(page)).toHaveText('Saved');
  await expect(page).toHaveURL(/\/admin\/stories\/\d+$/);
  return Number(new URL(page.url()).pathname.split('/').pop());
}

export async function publicPathOf(id: number): Promise<string> {
  const row = await db.article.findUniqueOrThrow({ where: { id }, select: { slug: true, section: { select: { slug: true } } } });
  return `/${row.section.slug}/${row.slug}`;
}

export { db };
