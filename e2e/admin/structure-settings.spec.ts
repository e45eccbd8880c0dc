import { expect, test } from '@playwright/test';
import { db, field, formAlert, newStaff, shown, signInAs } from './support';

/**
 * Site settings. The e2e database is shared with the reader specs, which read the publication's
 * name, time zone and social links: these tests change only the tagline (and put it back), and
 * otherwise exercise refusals, which change nothing.
 */

test('an Admin changes the tagline; the audit log records it before and after', async ({ page }) => {
  const admin = await newStaff('ADMIN');
  const original = (await db.siteSettings.findUnique({ where: { id: 1 } }))?.tagline ?? '';
  const changed = `News from the Caspian, tested ${Math.random().toString(36).slice(2, 8)}`;
  await signInAs(page, admin, '/admin/settings');
  try {
    await field(page, 'Tagline').fill(changed);
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Settings saved.' })).toBeVisible();
    await page.reload();
    await expect(field(page, 'Tagline')).toHaveValue(changed);

    const entry = await db.auditLog.findFirstOrThrow({ where: { action: 'settings.update', actorId: admin.id } });
    expect(entry.details).toEqual({ changes: { tagline: { from: original, to: changed } } });
  } finally {
    await field(page, 'Tagline').fill(original);
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Settings saved.' })).toBeVisible();
  }
  expect((await db.siteSettings.findUniqueOrThrow({ where: { id: 1 } })).tagline).toBe(original);
});

test('an unknown time zone, a bad language tag and a link to the wrong network are refused, keeping what was typed', async ({ page }) => {
  const admin = await newStaff('ADMIN');
  const before = await db.siteSettings.findUnique({ where: { id: 1 } });
  await signInAs(page, admin, '/admin/settings');
  await expect(page.locator('datalist option[value="Asia/Baku"]')).toHaveCount(1);

  await field(page, 'Time zone').fill('Mars/Olympus_Mons');
  await field(page, 'Language').fill('english please');
  await field(page, 'Facebook page').fill('https://example.com/dateline');
  await page.getByRole('button', { name: 'Save settings' }).click();

  await expect(formAlert(page)).toHaveText('Some fields need attention.');
  await expect(shown(page, 'Choose a time zone from the list, like Asia/Baku or Europe/London.')).toBeVisible();
  await expect(shown(page, 'Enter a language tag like en, az or en-GB.')).toBeVisible();
  await expect(shown(page, 'Enter a Facebook address, like https://www.facebook.com/dateline.')).toBeVisible();
  await expect(field(page, 'Time zone')).toHaveValue('Mars/Olympus_Mons');
  await expect(field(page, 'Time zone')).toHaveAttribute('aria-invalid', 'true');
  // (The tagline may change meanwhile: another test saves it.)
  expect(await db.siteSettings.findUnique({ where: { id: 1 } })).toMatchObject({
    timeZone: before?.timeZone,
    language: before?.language,
    facebookUrl: before?.facebookUrl,
  });
});

test('settings are for Admins only', async ({ page }) => {
  const editor = await newStaff('EDITOR');
  await signInAs(page, editor, '/admin/settings');
  await expect(page.getByRole('heading', { name: 'Not available to your role' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save settings' })).toHaveCount(0);
});
