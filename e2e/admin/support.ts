import { expect, type Locator, type Page } from '@playwright/test';
import { db } from '../../lib/db/client';
import type { Role } from '../../lib/auth/permissions';
import { createStaff, type TestStaff } from '../../lib/testing/actors';
import { signInSession } from './server-actions';

/**
 * Shared by the admin e2e specs: people of any role in the e2e database, and signing them in.
 * Never fail a sign-in as the seeded Admin: failures are throttled per email and address, and
 * every spec shares that account.
 */

export const ADMIN = { email: 'admin@example.com', password: 'e2e-admin-password' } as const;

export { db };

export function newStaff(role: Role, options: { name?: string } = {}): Promise<TestStaff & { password: string }> {
  const password = `pw-${role.toLowerCase()}-${Math.random().toString(36).slice(2)}`;
  return createStaff(db, { role, password, name: options.name }) as Promise<TestStaff & { password: string }>;
}

/**
 * Signs the page's browser in and opens `next` (default the dashboard). The sign-in form's own
 * action is posted over HTTP with the page's cookies (page.request shares them), so a spec about
 * something else does not load and hydrate the sign-in page each time; the form itself is
 * sign-in.spec.ts's subject (signInThroughForm).
 */
export async function signInAs(page: Page, who: { email: string; password?: string }, next = '/admin'): Promise<void> {
  await signInSession(page.request, who);
  await page.goto(next);
}

/** Signs in as a person does: the sign-in page, asked to return to `next`. */
export async function signInThroughForm(page: Page, who: { email: string; password?: string }, next?: string): Promise<void> {
  await page.goto(next ? `/admin/sign-in?next=${encodeURIComponent(next)}` : '/admin/sign-in');
  await submitSignIn(page, who.email, who.password ?? '');
  await expect(page).not.toHaveURL(/\/admin\/sign-in/);
}

/** Fills and sends the sign-in form on the current page; resolves when the server has answered. */
export async function submitSignIn(page: Page, email: string, password: string): Promise<void> {
  // Sent before React hydrates, the form would post as a plain HTML form and reload the page;
  // Next's router mounts its route announcer once the page is live.
  await page.locator('next-route-announcer').waitFor({ state: 'attached' });
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  const answered = page.waitForResponse((response) => response.request().method() === 'POST' && new URL(response.url()).pathname === '/admin/sign-in');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await answered;
}

/**
 * A sign-in that should be refused: resolves once the refusal is on screen. React resets the form
 * after each answer (the email comes back, the password is cleared), so the next attempt must
 * wait for that or its typing would be wiped.
 */
export async function attemptRefusedSignIn(page: Page, email: string, password: string): Promise<void> {
  await submitSignIn(page, email, password);
  await expect(page.getByLabel('Password')).toHaveValue('');
  await expect(page.getByLabel('Email')).toHaveValue(email);
}

/** The message a form shows after its action answered (FormAlert), not Next's route announcer. */
export function formAlert(page: Page): Locator {
  return page.locator('main').getByRole('alert');
}

/**
 * A labelled field of the page in view. Next keeps up to three earlier pages in the DOM, hidden,
 * for back and forward; label and text locators would find their fields too.
 */
export function field(scope: Page | Locator, label: string): Locator {
  return scope.getByLabel(label, { exact: true }).filter({ visible: true });
}

/** Text on the page in view (see `field`). */
export function shown(scope: Page | Locator, text: string | RegExp): Locator {
  return scope.getByText(text, typeof text === 'string' ? { exact: true } : undefined).filter({ visible: true });
}

/**
 * Holds the form posts to `url` on their way to the server, so a test can type while a save is
 * in flight: `sending` settles when one leaves the browser, `release()` lets them through.
 */
export async function holdPosts(page: Page, url: string): Promise<{ sending: Promise<void>; release: () => void }> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let sent!: () => void;
  const sending = new Promise<void>((resolve) => (sent = resolve));
  await page.route(url, async (route) => {
    if (route.request().method() === 'POST') {
      sent();
      await held;
    }
    await route.continue();
  });
  return { sending, release };
}
