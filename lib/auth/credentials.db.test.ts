import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../db/client';
import { createStaff, type TestStaff } from '../testing/actors';
import { checkCredentials } from './credentials';
import { ACCOUNT_MAX_FAILURES, FAILURE_WINDOW_MINUTES, MAX_FAILURES, signInKey } from './throttle';

const password = 'correct horse battery';
let reporter: TestStaff;

beforeAll(async () => {
  reporter = await createStaff(db, { role: 'AUTHOR', password });
});

describe('checkCredentials', () => {
  it('signs in with the right password, case-insensitively by email, and records it', async () => {
    const check = await checkCredentials(db, { email: `  ${reporter.email.toUpperCase()} `, password }, '10.0.0.1');
    expect(check).toMatchObject({ kind: 'ok', user: { id: reporter.id, email: reporter.email } });
    const user = await db.user.findUniqueOrThrow({ where: { id: reporter.id } });
    expect(user.lastSignInAt).not.toBeNull();
    const entry = await db.auditLog.findFirst({ where: { action: 'auth.sign_in', actorId: reporter.id } });
    expect(entry?.subjectId).toBe(signInKey(reporter.email, '10.0.0.1'));
  });

  it('takes a password as it was set: control characters, which setting one drops, are ignored', async () => {
    const check = await checkCredentials(db, { email: reporter.email, password: `correct\u0001 horse battery\u0000` }, '10.0.0.9');
    expect(check).toMatchObject({ kind: 'ok', user: { id: reporter.id } });
  });

  it('gives one answer for a wrong password, an unknown email, a deactivated account and an invitation not yet accepted', async () => {
    const gone = await createStaff(db, { role: 'EDITOR', password, active: false });
    const invited = await createStaff(db, { role: 'EDITOR' });
    const answers = await Promise.all([
      checkCredentials(db, { email: reporter.email, password: 'wrong password!' }, '10.0.0.2'),
      checkCredentials(db, { email: 'nobody@example.test', password }, '10.0.0.2'),
      checkCredentials(db, { email: gone.email, password }, '10.0.0.2'),
      checkCredentials(db, { email: invited.email, password }, '10.0.0.2'),
      checkCredentials(db, { email: 'not an email', password }, '10.0.0.2'),
    ]);
    expect(answers).toEqual(Array(5).fill({ kind: 'invalid' }));
  });

  it(`refuses further attempts after ${MAX_FAILURES} failures for one email and address, even with the right password`, async () => {
    const victim = await createStaff(db, { role: 'EDITOR', password });
    for (let attempt = 0; attempt < MAX_FAILURES; attempt++) {
      expect(await checkCredentials(db, { email: victim.email, password: `guess ${attempt}` }, '10.0.0.3')).toEqual({ kind: 'invalid' });
    }
    expect(await checkCredentials(db, { email: victim.email, password }, '10.0.0.3')).toEqual({
      kind: 'throttled',
      retryAfterMinutes: FAILURE_WINDOW_MINUTES,
    });
    // The same person from elsewhere is not locked out by someone guessing from 10.0.0.3.
    expect(await checkCredentials(db, { email: victim.email, password }, '10.0.0.4')).toMatchObject({ kind: 'ok' });
    // Throttled attempts are not counted again.
    expect(await db.auditLog.count({ where: { action: 'auth.sign_in_failed', subjectId: signInKey(victim.email, '10.0.0.3') } })).toBe(
      MAX_FAILURES,
    );
  });

  it(`caps one email at ${ACCOUNT_MAX_FAILURES} failures from all addresses together, so a faked address buys no more guesses`, async () => {
    const victim = await createStaff(db, { role: 'EDITOR', password });
    for (let attempt = 0; attempt < ACCOUNT_MAX_FAILURES; attempt++) {
      expect(await checkCredentials(db, { email: victim.email, password: `guess ${attempt}` }, `10.1.0.${attempt}`)).toEqual({ kind: 'invalid' });
    }
    expect(await checkCredentials(db, { email: victim.email, password }, '10.1.1.1')).toMatchObject({ kind: 'throttled' });
    // Other accounts are not held up.
    expect(await checkCredentials(db, { email: reporter.email, password }, '10.1.1.1')).toMatchObject({ kind: 'ok' });
  });

  it('throttles unknown emails exactly like real ones', async () => {
    for (let attempt = 0; attempt < MAX_FAILURES; attempt++) {
      await checkCredentials(db, { email: 'ghost@example.test', password: 'anything at all' }, '10.0.0.5');
    }
    expect(await checkCredentials(db, { email: 'ghost@example.test', password: 'anything at all' }, '10.0.0.5')).toMatchObject({
      kind: 'throttled',
    });
  });

  it('lets attempts through again once the failures leave the window', async () => {
    const key = signInKey(reporter.email, '10.0.0.6');
    const old = new Date(Date.now() - (FAILURE_WINDOW_MINUTES + 1) * 60_000);
    await db.auditLog.createMany({
      data: Array.from({ length: MAX_FAILURES }, () => ({ action: 'auth.sign_in_failed', subjectType: 'sign_in', subjectId: key, createdAt: old })),
    });
    expect(await checkCredentials(db, { email: reporter.email, password }, '10.0.0.6')).toMatchObject({ kind: 'ok' });
  });

  it('starts counting afresh after a successful sign-in', async () => {
    const address = '10.0.0.7';
    for (let attempt = 0; attempt < MAX_FAILURES - 1; attempt++) {
      await checkCredentials(db, { email: reporter.email, password: 'typo typo typo' }, address);
    }
    expect(await checkCredentials(db, { email: reporter.email, password }, address)).toMatchObject({ kind: 'ok' });
    expect(await checkCredentials(db, { email: reporter.email, password: 'typo once more' }, address)).toEqual({ kind: 'invalid' });
    expect(await checkCredentials(db, { email: reporter.email, password }, address)).toMatchObject({ kind: 'ok' });
  });
});
