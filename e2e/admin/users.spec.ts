import { expect, test, type Browser, type Page } from '@playwright/test';
import { attemptRefusedSignIn, db, field, formAlert, holdPosts, newStaff, shown, signInAs } from './support';

/** A second, separate browser (its own cookies): the other person in the story. */
async function otherBrowser(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

async function openPerson(page: Page, name: string): Promise<void> {
  await page.goto(`/admin/users?q=${encodeURIComponent(name)}`);
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

function uniqueName(prefix: string): string {
  return `${prefix} ${Math.random().toString(36).slice(2, 8)}`;
}

test('an Admin invites an Author, who chooses a password with the one-time link and is signed in', async ({ page, browser }) => {
  const admin = await newStaff('ADMIN');
  await signInAs(page, admin);
  await page.getByRole('navigation', { name: 'Newsroom' }).getByRole('link', { name: 'Users' }).click();
  await page.getByRole('link', { name: 'Invite someone' }).click();

  const name = uniqueName('Leyla Quliyeva');
  const email = `${name.split(' ').pop()}@example.test`;
  await field(page, 'Name').fill(name);
  await field(page, 'Email').fill(email);
  await field(page, 'Role').selectOption({ label: 'Author' });
  await page.getByRole('button', { name: 'Create invitation' }).click();

  const panel = page.getByRole('status').filter({ hasText: `Invitation for ${name} is ready` });
  await expect(panel).toBeFocused();
  await expect(panel).toContainText('This newsroom does not send email yet.');
  await expect(panel).toContainText('This is the only time the link is shown');
  const link = await field(panel, 'One-time link').inputValue();
  expect(link).toMatch(/\/admin\/invitation\?token=[\w-]{43}$/);

  // Opened in the Admin's own browser, the page says whose session the link would replace.
  await page.goto(link);
  await expect(page.getByText(`This browser is signed in as ${admin.name} (${admin.email}). Setting this password signs it out of that account and in as ${email}.`)).toBeVisible();

  // The newcomer, in their own browser.
  const newcomer = await otherBrowser(browser);
  await newcomer.goto(link);
  await expect(newcomer.getByRole('heading', { name: 'Welcome to the newsroom' })).toBeVisible();
  await expect(newcomer.getByText('This browser is signed in as')).toHaveCount(0);
  await expect(field(newcomer, 'Email')).toHaveValue(email);
  await field(newcomer, 'New password').fill('too short');
  await field(newcomer, 'New password again').fill('too short');
  await newcomer.getByRole('button', { name: 'Set password and sign in' }).click();
  await expect(shown(newcomer, 'Passwords need at least 12 characters.')).toBeVisible();

  await field(newcomer, 'New password').fill('a password of my own');
  await field(newcomer, 'New password again').fill('a password of my own');
  await newcomer.getByRole('button', { name: 'Set password and sign in' }).click();
  await expect(newcomer).toHaveURL(/\/admin$/);
  await expect(newcomer.getByTestId('signed-in-name')).toHaveText(name);
  await expect(newcomer.getByTestId('signed-in-role')).toHaveText('Author');

  // The link worked once.
  await newcomer.goto(link);
  await expect(formAlert(newcomer)).toHaveText(/already been used/);

  // The Admin's list shows them as active now.
  await page.goto(`/admin/users?q=${encodeURIComponent(name)}`);
  await expect(page.getByRole('row', { name: new RegExp(name) })).toContainText('Active');
  await newcomer.context().close();
});

test('an Editor may invite Contributors and Authors only, and sees no account controls', async ({ page }) => {
  const editor = await newStaff('EDITOR');
  const author = await newStaff('AUTHOR');
  await signInAs(page, editor, '/admin/users/invite');
  await expect(field(page, 'Role').locator('option')).toHaveText(['Contributor', 'Author']);

  await openPerson(page, author.name);
  await expect(page.getByTestId('person-role').filter({ visible: true })).toHaveText('Author');
  await expect(page.getByRole('button', { name: /Change role|Deactivate|Sign out everywhere|reset link/ })).toHaveCount(0);
  await expect(shown(page, 'Only Admins change roles, deactivate accounts or reset passwords.')).toBeVisible();
  // Editors invite; creating an account with a password is for Admins: the page answers 403.
  expect((await page.goto('/admin/users/new'))?.status()).toBe(403);
  await expect(page.getByRole('heading', { name: 'Not available to your role' })).toBeVisible();
});

test('a role change made on the Users page applies at the person’s next request', async ({ page, browser }) => {
  const admin = await newStaff('ADMIN');
  const author = await newStaff('AUTHOR');
  const writer = await otherBrowser(browser);
  await signInAs(writer, author);
  const nav = writer.getByRole('navigation', { name: 'Newsroom' });
  await expect(nav.getByRole('link', { name: 'Sections' })).toHaveCount(0);

  await signInAs(page, admin);
  await openPerson(page, author.name);
  await field(page, 'Role').selectOption({ label: 'Editor' });
  await page.getByRole('button', { name: 'Change role' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Role saved: Editor' })).toBeVisible();
  await expect(page.getByTestId('person-role').filter({ visible: true })).toHaveText('Editor');

  await writer.reload();
  await expect(writer.getByTestId('signed-in-role')).toHaveText('Editor');
  await expect(nav.getByRole('link', { name: 'Sections' })).toBeVisible();

  // Someone else changed the role meanwhile: the stale form does not overwrite it.
  await db.user.update({ where: { id: author.id }, data: { role: 'CONTRIBUTOR' } });
  await field(page, 'Role').selectOption({ label: 'Admin' });
  await page.getByRole('button', { name: 'Change role' }).click();
  await expect(formAlert(page)).toHaveText(/changed to Contributor by someone else meanwhile/);
  expect((await db.user.findUniqueOrThrow({ where: { id: author.id } })).role).toBe('CONTRIBUTOR');

  // The writer's navigation, drawn while they were an Editor, still offers Sections: following
  // it now is refused by the server, on the client-side navigation too.
  await nav.getByRole('link', { name: 'Sections' }).click();
  await expect(writer.getByRole('heading', { name: 'Not available to your role' })).toBeVisible();
  await expect(writer).toHaveURL(/\/admin\/sections$/);
  await writer.context().close();
});

test('a role chosen while the last change is still saving stays chosen when the answer comes', async ({ page }) => {
  const admin = await newStaff('ADMIN');
  const author = await newStaff('AUTHOR');
  await signInAs(page, admin);
  await openPerson(page, author.name);

  // Hold the save on its way so there is time to choose again.
  const { sending, release } = await holdPosts(page, '**/admin/users/**');
  await field(page, 'Role').selectOption({ label: 'Editor' });
  await page.getByRole('button', { name: 'Change role' }).click();
  await sending;
  await field(page, 'Role').selectOption({ label: 'Contributor' });
  release();

  await expect(page.getByRole('status').filter({ hasText: 'Role saved: Editor' })).toBeVisible();
  expect((await db.user.findUniqueOrThrow({ where: { id: author.id } })).role).toBe('EDITOR');
  // The second choice was not sent; it is still there to be saved, not swapped for the first.
  await expect(field(page, 'Role')).toHaveValue('CONTRIBUTOR');
  await page.unroute('**/admin/users/**');
  await page.getByRole('button', { name: 'Change role' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Role saved: Contributor' })).toBeVisible();
  expect((await db.user.findUniqueOrThrow({ where: { id: author.id } })).role).toBe('CONTRIBUTOR');
});

test('deactivating someone on the Users page ends their live session; reactivating lets them back in', async ({ page, browser }) => {
  const admin = await newStaff('ADMIN');
  const author = await newStaff('AUTHOR');
  const writer = await otherBrowser(browser);
  await signInAs(writer, author);

  await signInAs(page, admin);
  await openPerson(page, author.name);
  await page.getByRole('button', { name: 'Deactivate' }).click();
  await expect(shown(page, `Deactivate ${author.name}? They lose access immediately.`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Yes, deactivate' })).toBeFocused();
  await page.getByRole('button', { name: 'Yes, deactivate' }).click();
  await expect(shown(page, 'Deactivated')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reactivate' })).toBeVisible();

  await writer.goto('/admin');
  await expect(writer).toHaveURL(/\/admin\/sign-in/);
  await attemptRefusedSignIn(writer, author.email, author.password);
  await expect(formAlert(writer)).toHaveText('That email and password do not match an active account.');

  await page.getByRole('button', { name: 'Reactivate' }).click();
  await expect(page.getByRole('button', { name: 'Deactivate' })).toBeVisible();
  await signInAs(writer, author);
  await expect(writer.getByTestId('signed-in-name')).toHaveText(author.name);

  const actions = await db.auditLog.findMany({ where: { subjectType: 'user', subjectId: String(author.id) }, orderBy: { id: 'asc' }, select: { action: true, actorId: true } });
  expect(actions).toEqual([
    { action: 'user.deactivate', actorId: admin.id },
    { action: 'user.reactivate', actorId: admin.id },
  ]);
  await writer.context().close();
});

test('a password reset link replaces the password and signs the person out everywhere', async ({ page, browser }) => {
  const admin = await newStaff('ADMIN');
  const editor = await newStaff('EDITOR');
  const laptop = await otherBrowser(browser);
  await signInAs(laptop, editor);

  await signInAs(page, admin);
  await openPerson(page, editor.name);
  await page.getByRole('button', { name: 'Create password reset link' }).click();
  const panel = page.getByRole('status').filter({ hasText: `Password reset link for ${editor.name}` });
  await expect(panel).toContainText('This newsroom does not send email yet.');
  const link = await field(panel, 'One-time link').inputValue();

  const phone = await otherBrowser(browser);
  await phone.goto(link);
  await field(phone, 'New password').fill('a fresh password now');
  await field(phone, 'New password again').fill('a different password');
  await phone.getByRole('button', { name: 'Save password and sign in' }).click();
  await expect(shown(phone, 'The two passwords are not the same.')).toBeVisible();
  await field(phone, 'New password').fill('a fresh password now');
  await field(phone, 'New password again').fill('a fresh password now');
  await phone.getByRole('button', { name: 'Save password and sign in' }).click();
  await expect(phone).toHaveURL(/\/admin$/);
  await expect(phone.getByTestId('signed-in-name')).toHaveText(editor.name);

  await laptop.reload();
  await expect(laptop).toHaveURL(/\/admin\/sign-in/);
  await attemptRefusedSignIn(laptop, editor.email, editor.password);
  await expect(formAlert(laptop)).toHaveText('That email and password do not match an active account.');
  await laptop.context().close();
  await phone.context().close();
});

test('"Sign out everywhere" on the Users page ends a live session', async ({ page, browser }) => {
  const admin = await newStaff('ADMIN');
  const contributor = await newStaff('CONTRIBUTOR');
  const writer = await otherBrowser(browser);
  await signInAs(writer, contributor);

  await signInAs(page, admin);
  await openPerson(page, contributor.name);
  await page.getByRole('button', { name: 'Sign out everywhere' }).click();
  await page.getByRole('button', { name: 'Yes, sign out everywhere' }).click();
  await expect(page.getByRole('status').filter({ hasText: `${contributor.name} is signed out everywhere.` })).toBeVisible();

  await writer.reload();
  await expect(writer).toHaveURL(/\/admin\/sign-in/);
  // Their password still works: only the sessions ended.
  await signInAs(writer, contributor);
  await writer.context().close();
});

test('an Admin’s own page offers no way to deactivate themselves', async ({ page }) => {
  const admin = await newStaff('ADMIN');
  await signInAs(page, admin);
  await openPerson(page, admin.name);
  await expect(shown(page, 'This is you.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Deactivate' })).toHaveCount(0);
});

test('filters narrow the list by role and status, and live in the address', async ({ page }) => {
  const admin = await newStaff('ADMIN');
  const gone = await newStaff('CONTRIBUTOR', { name: uniqueName('Gone Contributor') });
  await db.user.update({ where: { id: gone.id }, data: { active: false } });
  await signInAs(page, admin, '/admin/users');
  await field(page, 'Role').selectOption({ label: 'Contributor' });
  await field(page, 'Status').selectOption({ label: 'Deactivated' });
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page).toHaveURL(/role=CONTRIBUTOR/);
  await expect(page).toHaveURL(/status=deactivated/);
  await expect(page.getByRole('link', { name: gone.name })).toBeVisible();
  await expect(page.getByRole('link', { name: admin.name })).toHaveCount(0);
});
