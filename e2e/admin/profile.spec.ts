import { randomBytes } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import sharp from 'sharp';
import { createStory } from '../../lib/testing/newsroom';
import { attemptRefusedSignIn, db, field, formAlert, newStaff, shown, signInAs } from './support';

/**
 * Your profile (/admin/profile) and an Admin editing someone's from the Users page: name, bio
 * and photo reach the public author page at once (its cached copy is expired), and a password
 * changes only with the current one.
 */

const word = () => `p${randomBytes(4).toString('hex')}`;

async function upload(page: Page, alt: string) {
  const buffer = await sharp({ create: { width: 900, height: 900, channels: 3, background: '#7d3c98' } }).jpeg().toBuffer();
  const response = await page.request.post('/api/media/images', { multipart: { file: { name: `${alt}.jpg`, mimeType: 'image/jpeg', buffer }, alt } });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { image: { id: number } }).image;
}

test('an Author sets name, bio and photo on Your profile, and their author page shows them at the same address', async ({ page }) => {
  const topic = word();
  const author = await newStaff('AUTHOR', { name: `Nigar Əliyeva ${topic}` });
  const { id: sectionId } = await db.section.findFirstOrThrow({ select: { id: true } });
  // A published byline makes the author page public; reading it now puts it in the cache.
  await createStory(db, { sectionId, createdById: author.id, authorIds: [author.id], headline: `Harbour report ${topic}` });
  const { slug } = await db.user.findUniqueOrThrow({ where: { id: author.id }, select: { slug: true } });
  const before = await page.request.get(`/author/${slug}`);
  expect(before.status()).toBe(200);
  expect(await before.text()).not.toContain('Covers the ports');

  await signInAs(page, author);
  const alt = `Nigar on the quay ${topic}`;
  await upload(page, alt);
  await page.getByRole('link', { name: 'Your profile' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your profile' })).toBeVisible();

  const name = `Nigar Aliyeva ${topic}`;
  const bio = 'Covers the ports and the Caspian shipping lanes. Ask her about ferry timetables.';
  await field(page, 'Display name').fill(name);
  await field(page, 'Bio').fill(bio);
  await expect(shown(page, `${bio.length}/500`)).toBeVisible();

  await page.getByRole('button', { name: 'Choose photo' }).click();
  const picker = page.getByRole('dialog', { name: 'Choose your photo' });
  await picker.getByRole('searchbox', { name: 'Search the library' }).fill(topic);
  await picker.getByRole('option', { name: alt }).click();
  await picker.getByRole('button', { name: 'Use as profile photo' }).click();
  await expect(picker).toBeHidden();
  await expect(page.getByRole('img', { name: `Photo: ${alt}` })).toBeVisible();

  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your profile is saved.' })).toBeVisible();
  await expect(page.getByTestId('signed-in-name')).toHaveText(name);

  // The same address as before the new name: author URLs are permanent.
  expect((await db.user.findUniqueOrThrow({ where: { id: author.id } })).slug).toBe(slug);
  await page.goto(`/author/${slug}`);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByText(bio)).toBeVisible();
  await expect(page.getByRole('img', { name: alt })).toBeVisible();
});

test('changing your password needs the current one; the new one works and other sessions end', async ({ page, browser }) => {
  const person = await newStaff('CONTRIBUTOR');
  const elsewhere = await (await browser.newContext()).newPage();
  await signInAs(elsewhere, person);
  await signInAs(page, person, '/admin/profile');
  const fresh = 'a new password of my own';

  await field(page, 'Current password').fill('not my password at all');
  await field(page, 'New password').fill(fresh);
  await field(page, 'New password again').fill(fresh);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(shown(page, 'That is not your current password.')).toBeVisible();
  await expect(formAlert(page)).toHaveText('Your current password was not right. Nothing was changed.');

  await field(page, 'Current password').fill(person.password);
  await field(page, 'New password').fill(fresh);
  await field(page, 'New password again').fill(fresh);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page).toHaveURL(/\/admin\/profile\?password=changed$/);
  await expect(page.getByRole('status').filter({ hasText: 'Password changed.' })).toBeVisible();

  // This browser stays signed in; the other one is signed out.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Your profile' })).toBeVisible();
  await elsewhere.goto('/admin');
  await expect(elsewhere).toHaveURL(/\/admin\/sign-in/);
  await attemptRefusedSignIn(elsewhere, person.email, person.password);
  await expect(formAlert(elsewhere)).toHaveText('That email and password do not match an active account.');
  await signInAs(elsewhere, { email: person.email, password: fresh });
  await expect(elsewhere.getByTestId('signed-in-name')).toHaveText(person.name);
  await elsewhere.context().close();
});

test('an Admin edits someone’s bio from the Users page', async ({ page }) => {
  const admin = await newStaff('ADMIN');
  const author = await newStaff('AUTHOR', { name: `Elvin Bağırov ${word()}` });
  await signInAs(page, admin);
  await page.getByRole('navigation', { name: 'Newsroom' }).getByRole('link', { name: 'Users' }).click();
  await field(page, 'Name or email').fill(author.name);
  await field(page, 'Name or email').press('Enter');
  await page.getByRole('link', { name: author.name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: author.name })).toBeVisible();

  const form = page.getByRole('form', { name: `${author.name}’s profile` });
  await field(form, 'Bio').fill('Writes about banking, prices and small businesses.');
  await form.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByRole('status').filter({ hasText: `${author.name}’s profile is saved.` })).toBeVisible();

  expect((await db.user.findUniqueOrThrow({ where: { id: author.id } })).bio).toBe('Writes about banking, prices and small businesses.');
  const entry = await db.auditLog.findFirstOrThrow({ where: { action: 'user.profile_update', subjectId: String(author.id) } });
  expect(entry.actorId).toBe(admin.id);
});
