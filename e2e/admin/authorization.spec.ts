import { expect, test, type Page } from '@playwright/test';
import { createStory, paragraphs } from '../../lib/testing/newsroom';
import { db, field, newStaff, signInAs } from './support';

/**
 * Anonymous and deactivated requests never reach a domain function: proxy.ts sends page visits
 * without a live session to sign-in (a real 307, before anything streams), and runAction refuses
 * server actions. The domain's own checks are proven per role in the *.db.test.ts matrices.
 */

const STATIC_PAGES = [
  '/admin',
  '/admin/users',
  '/admin/users/invite',
  '/admin/users/new',
  '/admin/front-page',
  '/admin/sections',
  '/admin/tags',
  '/admin/settings',
  '/admin/audit',
  '/admin/profile',
  // Other areas' pages: the gate answers before any page runs.
  '/admin/stories',
  '/admin/review',
  '/admin/media',
  '/admin/galleries',
];

async function allAdminPages(): Promise<string[]> {
  const [user, section, tag] = await Promise.all([
    db.user.findFirstOrThrow({ select: { id: true } }),
    db.section.findFirstOrThrow({ select: { id: true } }),
    db.tag.findFirstOrThrow({ select: { id: true } }),
  ]);
  return [...STATIC_PAGES, `/admin/users/${user.id}`, `/admin/sections/${section.id}`, `/admin/tags/${tag.id}`];
}

function expectSentToSignIn(response: { status(): number; headers(): Record<string, string> }, path: string) {
  expect(response.status(), path).toBe(307);
  const location = new URL(response.headers().location, 'http://site.invalid');
  const expected = path === '/admin' ? '/admin/sign-in' : `/admin/sign-in?next=${encodeURIComponent(path)}`;
  expect(`${location.pathname}${location.search}`, path).toBe(expected);
}

test('an anonymous request to any admin page is sent to sign-in with a 307', async ({ request }) => {
  for (const path of await allAdminPages()) {
    expectSentToSignIn(await request.get(path, { maxRedirects: 0 }), path);
  }
});

test('a deactivated user’s live session, and a revoked one, are sent to sign-in from every admin page', async ({ page }) => {
  const pages = await allAdminPages();
  const admin = await newStaff('ADMIN');
  await signInAs(page, admin);
  // The session works: the same requests are answered by the pages.
  expect((await page.request.get('/admin/settings', { maxRedirects: 0 })).status()).toBe(200);

  await db.user.update({ where: { id: admin.id }, data: { active: false } });
  for (const path of pages) expectSentToSignIn(await page.request.get(path, { maxRedirects: 0 }), path);

  // Reactivated, the same cookie works again; "sign out everywhere" ends it for good.
  await db.user.update({ where: { id: admin.id }, data: { active: true } });
  expect((await page.request.get('/admin/settings', { maxRedirects: 0 })).status()).toBe(200);
  await db.user.update({ where: { id: admin.id }, data: { sessionVersion: { increment: 1 } } });
  for (const path of pages) expectSentToSignIn(await page.request.get(path, { maxRedirects: 0 }), path);
});

type Mode = 'anonymous' | 'deactivated';

/** Makes the open page's session dead the given way, as if it happened while the page was open. */
async function endSession(page: Page, mode: Mode, userId: number): Promise<void> {
  if (mode === 'anonymous') await page.context().clearCookies();
  else await db.user.update({ where: { id: userId }, data: { active: false } });
}

/** Back to a working session on `path`: signing in again, or (deactivated) being reactivated, which revives the cookie. */
async function resume(page: Page, mode: Mode, admin: { id: number; email: string; password: string }, path: string): Promise<void> {
  if (mode === 'anonymous') return signInAs(page, admin, path);
  await db.user.update({ where: { id: admin.id }, data: { active: true } });
  await page.goto(path);
}

const SESSION_ENDED: Record<Mode, string> = {
  anonymous: 'Your session has ended. Sign in again.',
  deactivated: 'Your account has been deactivated. Ask an Admin if you need access again.',
};

for (const mode of ['anonymous', 'deactivated'] as const) {
  test(`server actions of every area refuse a request that is ${mode}, changing nothing, and say why`, async ({ page }) => {
    const admin = await newStaff('ADMIN');
    const person = await newStaff('AUTHOR');
    const key = Math.random().toString(36).slice(2, 8);
    const tag = await db.tag.create({ data: { name: `Guarded ${key}`, slug: `guarded-${key}` } });
    const alert = () => page.locator('main').getByRole('alert');
    try {
      // Users: deactivate someone.
      await signInAs(page, admin, `/admin/users/${person.id}`);
      await page.getByRole('button', { name: 'Deactivate' }).click();
      await endSession(page, mode, admin.id);
      await page.getByRole('button', { name: 'Yes, deactivate' }).click();
      await expect(alert()).toHaveText(SESSION_ENDED[mode]);
      expect((await db.user.findUniqueOrThrow({ where: { id: person.id } })).active).toBe(true);

      // Sections: create one.
      await resume(page, mode, admin, '/admin/sections');
      const form = page.getByRole('region', { name: 'New section' });
      await field(form, 'Name').fill(`Refused ${key}`);
      await endSession(page, mode, admin.id);
      await form.getByRole('button', { name: 'Create section' }).click();
      await expect(alert()).toHaveText(SESSION_ENDED[mode]);
      expect(await db.section.count({ where: { name: `Refused ${key}` } })).toBe(0);

      // Tags: rename one.
      await resume(page, mode, admin, `/admin/tags/${tag.id}`);
      await field(page, 'Name').fill(`Renamed ${key}`);
      await endSession(page, mode, admin.id);
      await page.getByRole('button', { name: 'Save tag' }).click();
      await expect(alert()).toHaveText(SESSION_ENDED[mode]);
      expect((await db.tag.findUniqueOrThrow({ where: { id: tag.id } })).name).toBe(`Guarded ${key}`);

      // Settings: save a tagline.
      await resume(page, mode, admin, '/admin/settings');
      await field(page, 'Tagline').fill(`Refused ${key}`);
      await endSession(page, mode, admin.id);
      await page.getByRole('button', { name: 'Save settings' }).click();
      await expect(alert()).toHaveText(SESSION_ENDED[mode]);
      expect((await db.siteSettings.findUnique({ where: { id: 1 } }))?.tagline).not.toBe(`Refused ${key}`);

      // Stories: publish a draft.
      const section = await db.section.findFirstOrThrow({ select: { id: true } });
      const story = await createStory(db, { sectionId: section.id, createdById: admin.id, authorIds: [admin.id], status: 'DRAFT', headline: `Guarded story ${key}`, body: paragraphs('Not for readers yet.') });
      await resume(page, mode, admin, `/admin/stories/${story.id}`);
      await expect(page.getByRole('toolbar', { name: 'Formatting' })).toBeVisible();
      await endSession(page, mode, admin.id);
      page.once('dialog', (dialog) => void dialog.accept());
      await page.getByRole('button', { name: 'Publish', exact: true }).click();
      await expect(alert()).toHaveText(`${SESSION_ENDED[mode]} Your text is kept in this browser.`);
      expect((await db.article.findUniqueOrThrow({ where: { id: story.id } })).status).toBe('DRAFT');

      // None of it reached the audit trail.
      expect(await db.auditLog.count({ where: { actorId: admin.id, action: { not: 'auth.sign_in' } } })).toBe(0);
    } finally {
      await db.tag.delete({ where: { id: tag.id } });
    }
  });
}
