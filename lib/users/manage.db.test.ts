import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { Conflict, Forbidden, Invalid } from '../auth/authorize';
import { checkCredentials } from '../auth/credentials';
import { verifyPassword } from '../auth/password';
import { MAX_FAILURES } from '../auth/throttle';
import { db } from '../db/client';
import { createNewsroom, createStaff, type TestStaff } from '../testing/actors';
import type { Role } from '../auth/permissions';
import { hashAccessToken } from './access-tokens';
import { chooseAccessPassword, inspectAccessLink } from './access-links';
import type { AccountMailer } from './account-mail';
import type { AccessLinkHandover } from './account-mail';
import {
  changeRole,
  createUser,
  createUserFromCommandLine,
  deactivateUser,
  inviteUser,
  issuePasswordReset,
  reactivateUser,
  reissueInvitation,
  signOutEverywhere,
} from './manage';

let staff: Record<Role, TestStaff>;

beforeAll(async () => {
  staff = await createNewsroom(db);
});

function linkOf(handover: AccessLinkHandover): string {
  if (handover.delivered) throw new Error('expected the link to be handed over');
  return handover.link;
}

const tokenOf = (link: string) => new URL(link).searchParams.get('token') ?? '';

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a refusal');
}

const uniqueEmail = (label: string) => `${label}-${Math.random().toString(36).slice(2)}@example.test`;

describe('inviting', () => {
  it('creates a person without a password, stores only a hash of the link, and hands the link over once', async () => {
    const email = uniqueEmail('Nigar');
    const { user, handover } = await inviteUser(staff.EDITOR, { email, name: 'Nigar Əliyeva', role: 'AUTHOR' });
    expect(user).toMatchObject({ email, name: 'Nigar Əliyeva', role: 'AUTHOR', active: true, invitationPending: true });
    const link = linkOf(handover);
    expect(link).toMatch(/^https?:\/\/[^/]+\/admin\/invitation\?token=[A-Za-z0-9_-]{43}$/);

    const tokens = await db.accessToken.findMany({ where: { userId: user.id } });
    expect(tokens).toHaveLength(1);
    expect(tokens[0].kind).toBe('INVITE');
    expect(tokens[0].tokenHash).toBe(hashAccessToken(tokenOf(link)));
    expect(JSON.stringify(tokens)).not.toContain(tokenOf(link));
    // Seven days, give or take the test's own runtime.
    expect(tokens[0].expiresAt.getTime() - Date.now()).toBeGreaterThan(7 * 24 * 3_600_000 - 60_000);

    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row).toMatchObject({ passwordHash: null, slug: 'nigar-eliyeva' });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: 'user.invite', subjectId: String(user.id) } });
    expect(audit).toMatchObject({ actorId: staff.EDITOR.id, subjectType: 'user', details: { email, role: 'AUTHOR' } });
  });

  it('lets Editors invite Contributors and Authors only, and Admins any role', async () => {
    for (const role of ['EDITOR', 'ADMIN'] as const) {
      const error = await rejection(inviteUser(staff.EDITOR, { email: uniqueEmail('x'), name: 'X', role }));
      expect(error).toBeInstanceOf(Forbidden);
      expect(error.message).toMatch(/Editors can invite Contributors and Authors/);
    }
    expect(await db.user.count({ where: { name: 'X' } })).toBe(0);
    const { user } = await inviteUser(staff.ADMIN, { email: uniqueEmail('new-admin'), name: 'New Admin', role: 'ADMIN' });
    expect(user.role).toBe('ADMIN');
  });

  it('refuses an email already in the newsroom, whatever its case', async () => {
    const error = await rejection(inviteUser(staff.ADMIN, { email: staff.AUTHOR.email.toUpperCase().toLowerCase(), name: 'Twin', role: 'AUTHOR' }));
    expect(error).toBeInstanceOf(Invalid);
    expect((error as Invalid).fieldErrors.email).toMatch(/already in the newsroom/);
  });

  it('gives a second person of the same name their own author slug', async () => {
    const first = await inviteUser(staff.ADMIN, { email: uniqueEmail('a'), name: 'Rauf Həsənov', role: 'AUTHOR' });
    const second = await inviteUser(staff.ADMIN, { email: uniqueEmail('b'), name: 'Rauf Həsənov', role: 'AUTHOR' });
    const slugs = await db.user.findMany({ where: { id: { in: [first.user.id, second.user.id] } }, select: { slug: true }, orderBy: { id: 'asc' } });
    expect(slugs.map((row) => row.slug)).toEqual(['rauf-hesenov', 'rauf-hesenov-2']);
  });

  it('says "sent" and shows no link when a mail sender delivered it', async () => {
    const sent: string[] = [];
    const mailer: AccountMailer = { send: async (message) => (sent.push(message.to.email), { sent: true }) };
    const email = uniqueEmail('mailed');
    const { handover } = await inviteUser(staff.ADMIN, { email, name: 'Mailed', role: 'CONTRIBUTOR' }, mailer);
    expect(handover).toEqual({ kind: 'invitation', delivered: true, email, expiresAt: expect.any(Date) });
    expect(sent).toEqual([email]);
  });

  it('a new invitation link retires the old one', async () => {
    const { user, handover } = await inviteUser(staff.EDITOR, { email: uniqueEmail('again'), name: 'Again', role: 'CONTRIBUTOR' });
    const second = await reissueInvitation(staff.EDITOR, { userId: user.id });
    expect((await inspectAccessLink('INVITE', tokenOf(linkOf(handover)))).valid).toBe(false);
    expect(await inspectAccessLink('INVITE', tokenOf(linkOf(second.handover)))).toMatchObject({ valid: true, name: 'Again' });
  });
});

describe('accepting an invitation', () => {
  it('sets the password once; the link then stops working', async () => {
    const { user, handover } = await inviteUser(staff.ADMIN, { email: uniqueEmail('accept'), name: 'Accepting', role: 'AUTHOR' });
    const token = tokenOf(linkOf(handover));
    expect(await inspectAccessLink('INVITE', token)).toMatchObject({ valid: true, name: 'Accepting', email: user.email });

    // A password made of their own address is refused, and the link still works.
    const own = await rejection(chooseAccessPassword('INVITE', { token, password: `${user.email}!`, confirmation: `${user.email}!` }));
    expect(own).toBeInstanceOf(Invalid);
    expect((own as Invalid).fieldErrors.password).toBe('A password cannot be made of the account’s email address.');
    expect(await inspectAccessLink('INVITE', token)).toMatchObject({ valid: true });

    const result = await chooseAccessPassword('INVITE', { token, password: 'a brand new password', confirmation: 'a brand new password' });
    expect(result.email).toBe(user.email);
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(row.passwordHash ?? '', 'a brand new password')).toBe(true);
    expect(await db.auditLog.count({ where: { action: 'user.accept_invitation', actorId: user.id } })).toBe(1);

    const again = await rejection(chooseAccessPassword('INVITE', { token, password: 'another password 1', confirmation: 'another password 1' }));
    expect(again.message).toMatch(/already been used/);
    expect(await inspectAccessLink('INVITE', token)).toEqual({ valid: false, message: expect.stringMatching(/already been used/) });
  });

  it('refuses expired links, unknown links, reset links used as invitations, and deactivated accounts', async () => {
    const { user, handover } = await inviteUser(staff.ADMIN, { email: uniqueEmail('late'), name: 'Late', role: 'AUTHOR' });
    const token = tokenOf(linkOf(handover));
    const eightDaysLater = new Date(Date.now() + 8 * 24 * 3_600_000);
    expect((await rejection(chooseAccessPassword('INVITE', { token, password: 'long enough password', confirmation: 'long enough password' }, eightDaysLater))).message).toMatch(/expired/);
    expect(await inspectAccessLink('PASSWORD_RESET', token)).toMatchObject({ valid: false, message: expect.stringMatching(/not valid/) });
    expect(await inspectAccessLink('INVITE', 'x'.repeat(43))).toMatchObject({ valid: false, message: expect.stringMatching(/not valid/) });
    expect(await inspectAccessLink('INVITE', '../../etc/passwd')).toMatchObject({ valid: false });

    await deactivateUser(staff.ADMIN, { userId: user.id });
    // Deactivation retires pending links altogether.
    expect(await db.accessToken.count({ where: { userId: user.id } })).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBeNull();
  });

  it('of two submissions of one link at the same moment, exactly one wins', async () => {
    const { user, handover } = await inviteUser(staff.ADMIN, { email: uniqueEmail('twice'), name: 'Twice', role: 'AUTHOR' });
    const token = tokenOf(linkOf(handover));
    const results = await Promise.allSettled([
      chooseAccessPassword('INVITE', { token, password: 'first password here', confirmation: 'first password here' }),
      chooseAccessPassword('INVITE', { token, password: 'second password here', confirmation: 'second password here' }),
    ]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    expect(await db.auditLog.count({ where: { action: 'user.accept_invitation', actorId: user.id } })).toBe(1);
  });
});

describe('password resets', () => {
  it('issues a one-day link; using it replaces the password and ends every session', async () => {
    const person = await createStaff(db, { role: 'AUTHOR', password: 'the old password' });
    const before = await db.user.findUniqueOrThrow({ where: { id: person.id } });
    const { handover } = await issuePasswordReset(staff.ADMIN, { userId: person.id });
    const token = tokenOf(linkOf(handover));
    expect(linkOf(handover)).toContain('/admin/reset-password?token=');
    const stored = await db.accessToken.findFirstOrThrow({ where: { userId: person.id, kind: 'PASSWORD_RESET' } });
    expect(stored.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(24 * 3_600_000);
    // Issuing alone changes nothing yet.
    expect((await db.user.findUniqueOrThrow({ where: { id: person.id } })).sessionVersion).toBe(before.sessionVersion);

    await chooseAccessPassword('PASSWORD_RESET', { token, password: 'the new password', confirmation: 'the new password' });
    const after = await db.user.findUniqueOrThrow({ where: { id: person.id } });
    expect(await verifyPassword(after.passwordHash ?? '', 'the new password')).toBe(true);
    expect(await verifyPassword(after.passwordHash ?? '', 'the old password')).toBe(false);
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await db.auditLog.count({ where: { action: 'user.password_reset', subjectId: String(person.id), actorId: staff.ADMIN.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: 'user.password_change', subjectId: String(person.id) } })).toBe(1);
  });

  it('lets someone locked out by failed sign-ins back in with the new password at once', async () => {
    const person = await createStaff(db, { role: 'EDITOR', password: 'the forgotten one' });
    for (let attempt = 0; attempt < MAX_FAILURES; attempt++) await checkCredentials(db, { email: person.email, password: `guess ${attempt}` }, '10.9.0.1');
    expect(await checkCredentials(db, { email: person.email, password: 'the forgotten one' }, '10.9.0.1')).toMatchObject({ kind: 'throttled' });

    const { handover } = await issuePasswordReset(staff.ADMIN, { userId: person.id });
    await chooseAccessPassword('PASSWORD_RESET', { token: tokenOf(linkOf(handover)), password: 'a remembered one', confirmation: 'a remembered one' });
    expect(await checkCredentials(db, { email: person.email, password: 'a remembered one' }, '10.9.0.1')).toMatchObject({ kind: 'ok' });
  });

  it('is refused for people who have not accepted their invitation, and for deactivated people', async () => {
    const { user } = await inviteUser(staff.ADMIN, { email: uniqueEmail('pending'), name: 'Pending', role: 'AUTHOR' });
    expect((await rejection(issuePasswordReset(staff.ADMIN, { userId: user.id }))).message).toMatch(/not accepted their invitation/);
    const gone = await createStaff(db, { role: 'AUTHOR', active: false });
    expect((await rejection(issuePasswordReset(staff.ADMIN, { userId: gone.id }))).message).toMatch(/deactivated/);
  });
});

describe('creating users with a password', () => {
  it('is for Admins; the command line records no actor', async () => {
    const email = uniqueEmail('made');
    const user = await createUser(staff.ADMIN, { email, name: 'Made', role: 'EDITOR', password: 'set by the admin' });
    expect(user).toMatchObject({ email, role: 'EDITOR', invitationPending: false });
    expect(await rejection(createUser(staff.EDITOR, { email: uniqueEmail('e'), name: 'E', role: 'AUTHOR', password: 'set by an editor' }))).toBeInstanceOf(Forbidden);

    const own = uniqueEmail('own');
    const refused = await rejection(createUser(staff.ADMIN, { email: own, name: 'Own', role: 'AUTHOR', password: own }));
    expect((refused as Invalid).fieldErrors.password).toBe('A password cannot be made of the account’s email address.');
    expect(await db.user.count({ where: { email: own } })).toBe(0);

    const cli = await createUserFromCommandLine({ email: uniqueEmail('cli'), name: 'From CLI', role: 'ADMIN', password: 'typed in a terminal' });
    expect(await db.auditLog.findFirstOrThrow({ where: { action: 'user.create', subjectId: String(cli.id) } })).toMatchObject({
      actorId: null,
      details: { via: 'command line', role: 'ADMIN' },
    });
  });
});

describe('roles, deactivation and sessions', () => {
  it('changes a role with an audit entry and keeps the session (the role is re-read per request)', async () => {
    const person = await createStaff(db, { role: 'AUTHOR' });
    const before = await db.user.findUniqueOrThrow({ where: { id: person.id } });
    await changeRole(staff.ADMIN, { userId: person.id, role: 'EDITOR', expectedRole: 'AUTHOR' });
    const after = await db.user.findUniqueOrThrow({ where: { id: person.id } });
    expect(after).toMatchObject({ role: 'EDITOR', sessionVersion: before.sessionVersion });
    expect(await db.auditLog.findFirstOrThrow({ where: { action: 'user.role_change', subjectId: String(person.id) } })).toMatchObject({
      actorId: staff.ADMIN.id,
      details: { from: 'AUTHOR', to: 'EDITOR' },
    });
  });

  it('does not overwrite a role someone else changed meanwhile', async () => {
    const person = await createStaff(db, { role: 'AUTHOR' });
    await changeRole(staff.ADMIN, { userId: person.id, role: 'EDITOR', expectedRole: 'AUTHOR' });
    const error = await rejection(changeRole(staff.ADMIN, { userId: person.id, role: 'CONTRIBUTOR', expectedRole: 'AUTHOR' }));
    expect(error).toBeInstanceOf(Conflict);
    expect(error.message).toMatch(/changed to Editor by someone else/);
    expect((await db.user.findUniqueOrThrow({ where: { id: person.id } })).role).toBe('EDITOR');
  });

  it('deactivation ends sessions and is audited; reactivation does not revive old sessions', async () => {
    const person = await createStaff(db, { role: 'EDITOR' });
    const before = await db.user.findUniqueOrThrow({ where: { id: person.id } });
    await deactivateUser(staff.ADMIN, { userId: person.id });
    const deactivated = await db.user.findUniqueOrThrow({ where: { id: person.id } });
    expect(deactivated).toMatchObject({ active: false, sessionVersion: before.sessionVersion + 1 });
    await reactivateUser(staff.ADMIN, { userId: person.id });
    expect(await db.user.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({ active: true, sessionVersion: before.sessionVersion + 1 });
    const actions = await db.auditLog.findMany({ where: { subjectType: 'user', subjectId: String(person.id) }, orderBy: { id: 'asc' }, select: { action: true } });
    expect(actions.map((row) => row.action)).toEqual(['user.deactivate', 'user.reactivate']);
  });

  it('an Admin cannot deactivate themselves', async () => {
    const error = await rejection(deactivateUser(staff.ADMIN, { userId: staff.ADMIN.id }));
    expect(error.message).toMatch(/your own account/);
  });

  it('"sign out everywhere" bumps the session version', async () => {
    const person = await createStaff(db, { role: 'CONTRIBUTOR' });
    await signOutEverywhere(staff.ADMIN, { userId: person.id });
    await signOutEverywhere(staff.ADMIN, { userId: person.id });
    expect((await db.user.findUniqueOrThrow({ where: { id: person.id } })).sessionVersion).toBe(3);
    expect(await db.auditLog.count({ where: { action: 'user.sign_out_everywhere', subjectId: String(person.id) } })).toBe(2);
  });
});

describe('the last active Admin', () => {
  /** A newsroom whose only active Admins are the ones made here (others are demoted first). */
  async function onlyAdmins(count: number): Promise<TestStaff[]> {
    await db.user.updateMany({ where: { role: 'ADMIN' }, data: { role: 'EDITOR' } });
    const admins: TestStaff[] = [];
    for (let i = 0; i < count; i++) admins.push(await createStaff(db, { role: 'ADMIN' }));
    return admins;
  }

  it('cannot be demoted or deactivated; with two, one may go', async () => {
    const [first, second] = await onlyAdmins(2);
    await changeRole(first, { userId: second.id, role: 'EDITOR' });
    const demotion = await rejection(changeRole(first, { userId: first.id, role: 'AUTHOR' }));
    expect(demotion).toBeInstanceOf(Invalid);
    expect(demotion.message).toMatch(/^You are the only active Admin, so you cannot change your own role\./);

    // A deactivated Admin does not count.
    const dormant = await createStaff(db, { role: 'ADMIN', active: false });
    const helper = await createStaff(db, { role: 'ADMIN' });
    await deactivateUser(first, { userId: helper.id });
    expect((await rejection(deactivateUser(helper, { userId: first.id }))).message).toMatch(/only active Admin, so you cannot deactivate them/);
    expect(await db.user.count({ where: { role: 'ADMIN', active: true } })).toBe(1);
    expect(dormant.role).toBe('ADMIN');
  });

  it('an Admin invited but not yet signed up does not count', async () => {
    const [only] = await onlyAdmins(1);
    const invited = await createStaff(db, { role: 'ADMIN', invited: true });
    const refusal = await rejection(changeRole(only, { userId: only.id, role: 'EDITOR' }));
    expect(refusal).toBeInstanceOf(Invalid);
    expect(refusal.message).toMatch(/only active Admin, so you cannot change your own role\. .*has not accepted their invitation yet/);
    expect((await rejection(deactivateUser(invited, { userId: only.id }))).message).toMatch(/only active Admin/);
    // The invitation itself may be demoted: the Admin who can sign in stays.
    await changeRole(only, { userId: invited.id, role: 'EDITOR' });
  });

  it('two demotions racing each other cannot both succeed', async () => {
    const [first, second] = await onlyAdmins(2);
    // Hold the Admins' rows from another connection so both demotions are provably in flight at
    // once: without the lock in changeRole each would count two Admins and both would succeed.
    const blocker = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await blocker.connect();
    try {
      await blocker.query('BEGIN');
      await blocker.query(`SELECT id FROM "User" WHERE id = ANY($1) FOR UPDATE`, [[first.id, second.id]]);
      const race = Promise.allSettled([
        changeRole(first, { userId: second.id, role: 'EDITOR' }),
        changeRole(second, { userId: first.id, role: 'EDITOR' }),
      ]);
      await waitForLockWaiters(2);
      await blocker.query('COMMIT');
      const results = await race;
      expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
      const refusal = results.find((result) => result.status === 'rejected');
      expect(refusal?.status === 'rejected' && refusal.reason).toBeInstanceOf(Invalid);
    } finally {
      await blocker.end();
    }
    expect(await db.user.count({ where: { role: 'ADMIN', active: true } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: 'user.role_change', subjectId: { in: [String(first.id), String(second.id)] } } })).toBe(1);
  });

  it('a demotion racing a deactivation cannot remove both Admins either', async () => {
    const [first, second] = await onlyAdmins(2);
    const blocker = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await blocker.connect();
    try {
      await blocker.query('BEGIN');
      await blocker.query(`SELECT id FROM "User" WHERE id = ANY($1) FOR UPDATE`, [[first.id, second.id]]);
      const race = Promise.allSettled([changeRole(first, { userId: first.id, role: 'EDITOR' }), deactivateUser(first, { userId: second.id })]);
      await waitForLockWaiters(2);
      await blocker.query('COMMIT');
      expect((await race).map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    } finally {
      await blocker.end();
    }
    expect(await db.user.count({ where: { role: 'ADMIN', active: true } })).toBe(1);
  });
});

/** Until `count` sessions of this database are waiting for a row lock (asked outside the blocker's transaction, whose view of pg_stat_activity would stay frozen). */
async function waitForLockWaiters(count: number): Promise<void> {
  for (let attempt = 0; attempt < 400; attempt++) {
    const [{ waiting }] = await db.$queryRaw<{ waiting: number }[]>`
      SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`;
    if (waiting >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`${count} sessions never waited for the lock`);
}
