import { expect, test } from '@playwright/test';
import { ADMIN, attemptRefusedSignIn, db, formAlert, newStaff, signInThroughForm, submitSignIn } from './support';

test('without a session, admin pages answer 307 to sign-in and remember the destination', async ({ request }) => {
  const response = await request.get('/admin/users?role=EDITOR', { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers().location).toMatch(/\/admin\/sign-in\?next=%2Fadmin%2Fusers%3Frole%3DEDITOR$/);
  expect(response.headers()['x-robots-tag']).toContain('noindex');

  const signIn = await request.get('/admin/sign-in', { maxRedirects: 0 });
  expect(signIn.status()).toBe(200);
});

test('no other site can show the newsroom in a frame', async ({ page, baseURL }) => {
  const answer = await page.request.get('/admin/sign-in');
  expect(answer.headers()['content-security-policy']).toBe("frame-ancestors 'none'");
  expect(answer.headers()['x-frame-options']).toBe('DENY');

  // A page elsewhere framing the sign-in form gets Chromium's blocked-frame page instead.
  await page.setContent(`<iframe title="framed" src="${baseURL}/admin/sign-in"></iframe>`);
  const frame = page.frameLocator('iframe[title="framed"]');
  await expect.poll(async () => page.frames().at(-1)?.url()).toMatch(/^chrome-error:/);
  await expect(frame.getByRole('heading', { name: 'Sign in' })).toHaveCount(0);
});

test('an Admin signs in, lands where they were going, sees every area, and signs out', async ({ page }) => {
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/admin\/sign-in$/);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expect(page.getByText('Forgotten your password? Ask an Admin for a reset link.')).toBeVisible();

  await submitSignIn(page, ADMIN.email, ADMIN.password);

  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Newsroom' });
  for (const area of ['Stories', 'Review queue', 'Media', 'Galleries', 'Sections', 'Tags', 'Users', 'Settings', 'Audit log']) {
    await expect(nav.getByRole('link', { name: area, exact: true })).toBeVisible();
  }
  await expect(page.getByTestId('signed-in-role')).toHaveText('Admin');
  // One area is the current one: the dashboard on its own page only.
  const current = nav.locator('[aria-current="page"]');
  await expect(current).toHaveText(['Dashboard']);
  await nav.getByRole('link', { name: 'Stories', exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/stories$/);
  await expect(current).toHaveText(['Stories']);

  // A copy of the session cookie, as a stolen one would be.
  const copied = (await page.context().cookies()).filter((cookie) => cookie.name.includes('session-token'));
  expect(copied).not.toHaveLength(0);
  const header = { cookie: copied.map((cookie) => `${cookie.name}=${cookie.value}`).join('; ') };
  expect((await page.request.fetch('/admin/stories', { headers: header, maxRedirects: 0 })).status()).toBe(200);
  expect(await (await page.request.fetch('/api/auth/session', { headers: header })).json()).toMatchObject({ user: { email: ADMIN.email } });

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/admin\/sign-in/);
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/admin\/sign-in/);
  // Signing out ended the session itself, not only this browser's cookie.
  const replayed = await page.request.fetch('/admin/stories', { headers: header, maxRedirects: 0 });
  expect(replayed.status()).toBe(307);
  expect(await (await page.request.fetch('/api/auth/session', { headers: header })).json()).toBeNull();
});

test('a wrong password and an unknown email get the same answer, and the email is kept', async ({ page }) => {
  const author = await newStaff('AUTHOR');
  await page.goto('/admin/sign-in');
  await attemptRefusedSignIn(page, author.email, 'not the password');
  const alert = formAlert(page);
  await expect(alert).toHaveText('That email and password do not match an active account.');
  await expect(alert).toBeFocused();
  await expect(page.getByLabel('Email')).toHaveValue(author.email);
  await expect(page).toHaveURL(/\/admin\/sign-in/);

  await attemptRefusedSignIn(page, 'nobody-here@example.test', 'not the password');
  await expect(formAlert(page)).toHaveText('That email and password do not match an active account.');
  await expect(page.getByLabel('Email')).toHaveValue('nobody-here@example.test');

  // The right password still works after a couple of mistakes.
  await submitSignIn(page, author.email, author.password);
  await expect(page).toHaveURL(/\/admin$/);
});

test('repeated failures for one email are throttled, even when the right password follows', async ({ page }) => {
  const editor = await newStaff('EDITOR');
  await page.goto('/admin/sign-in');
  for (let attempt = 1; attempt <= 5; attempt++) {
    await attemptRefusedSignIn(page, editor.email, `guess number ${attempt}`);
    await expect(formAlert(page)).toHaveText('That email and password do not match an active account.');
  }
  await attemptRefusedSignIn(page, editor.email, editor.password);
  await expect(formAlert(page)).toHaveText('Too many failed attempts. Try again in 15 minutes.');
  await expect(page).toHaveURL(/\/admin\/sign-in/);
  expect(await db.auditLog.count({ where: { action: 'auth.sign_in_failed', details: { path: ['email'], equals: editor.email } } })).toBe(5);
});

test('sign-in returns to the newsroom page asked for, and never anywhere else', async ({ browser }) => {
  const author = await newStaff('AUTHOR');
  const first = await browser.newPage();
  await signInThroughForm(first, author, '/admin?from=bookmark');
  await expect(first).toHaveURL(/^http:\/\/[^/]+\/admin\?from=bookmark$/);
  await first.close();

  const second = await browser.newPage();
  await signInThroughForm(second, author, 'https://evil.example/admin');
  await expect(second).toHaveURL(/^http:\/\/[^/]+\/admin$/);
  await second.close();
});

test('without JavaScript, sign-in still returns to the newsroom page asked for', async ({ browser }) => {
  const editor = await newStaff('EDITOR');
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/admin/sign-in?next=${encodeURIComponent('/admin/stories?status=DRAFT')}`);
  await page.getByLabel('Email').fill(editor.email);
  await page.getByLabel('Password').fill(editor.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/^http:\/\/[^/]+\/admin\/stories\?status=DRAFT$/);
  // The newsroom itself is put in place by script: the page says so rather than loading for ever.
  // (Playwright's text locators skip <noscript>, so CSS finds the notice.)
  const notice = page.locator('main noscript p').first();
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('The newsroom needs JavaScript.');
  await context.close();
});

// Deactivation, role changes and "sign out everywhere" mid-session are driven through the Users
// page in users.spec.ts.
