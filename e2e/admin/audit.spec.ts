import { expect, test } from '@playwright/test';
import { db, field, newStaff, shown, signInAs } from './support';

test('an Admin finds a role change in the audit log by who and what, in words', async ({ page }) => {
  const admin = await newStaff('ADMIN');
  const author = await newStaff('AUTHOR');
  await signInAs(page, admin, `/admin/users/${author.id}`);
  await field(page, 'Role').selectOption({ label: 'Editor' });
  await page.getByRole('button', { name: 'Change role' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Role saved: Editor' })).toBeVisible();

  await page.goto('/admin/audit');
  await field(page, 'Who').selectOption({ label: admin.name });
  await field(page, 'What').selectOption({ label: 'User: role change' });
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page).toHaveURL(new RegExp(`actor=${admin.id}`));

  const rows = page.getByRole('row').filter({ visible: true });
  await expect(rows).toHaveCount(2); // the header and the one change
  const entry = rows.nth(1);
  await expect(entry).toContainText(admin.name);
  await expect(entry).toContainText(`changed ${author.name}’s role from Author to Editor`);
  await entry.getByRole('link', { name: '(open)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: author.name })).toBeVisible();

  // A day range before anything happened finds nothing.
  await page.goto(`/admin/audit?actor=${admin.id}&from=2001-01-01&to=2001-01-31`);
  await expect(shown(page, 'No entries match.')).toBeVisible();
});

test('the audit log pages through a long trail, newest first', async ({ page }) => {
  const admin = await newStaff('ADMIN');
  const subject = `e2e-${Math.random().toString(36).slice(2, 8)}`;
  await db.auditLog.createMany({
    data: Array.from({ length: 60 }, (_, index) => ({
      actorId: admin.id,
      action: 'section.reorder',
      subjectType: 'section',
      subjectId: subject,
      createdAt: new Date(Date.UTC(2030, 0, 1, 0, index)),
    })),
  });
  await signInAs(page, admin, `/admin/audit?subjectType=section&subjectId=${subject}`);
  const rows = page.getByRole('row').filter({ visible: true });
  await expect(rows).toHaveCount(51);
  await page.getByRole('link', { name: 'Older →' }).click();
  await expect(rows).toHaveCount(11);
  await expect(page.getByRole('link', { name: 'Older →' })).toHaveCount(0);
  await page.getByRole('link', { name: '← Newer' }).click();
  await expect(rows).toHaveCount(51);
});

test('only Admins read the audit log', async ({ page }) => {
  const editor = await newStaff('EDITOR');
  await signInAs(page, editor, '/admin/audit');
  await expect(page.getByRole('heading', { name: 'Not available to your role' })).toBeVisible();
});
