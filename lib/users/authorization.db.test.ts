import { beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../auth/permissions';
import { db } from '../db/client';
import { createNewsroom, createStaff, type TestStaff } from '../testing/actors';
import { ADMINS, ALL, cells, EDITORS, outcomesByRole } from '../testing/authorization';
import { getStaffDetail, listStaff } from './directory';
import {
  changeRole,
  createUser,
  deactivateUser,
  inviteUser,
  issuePasswordReset,
  reactivateUser,
  reissueInvitation,
  signOutEverywhere,
} from './manage';
import { changeOwnPassword, getProfile, updateProfile } from './profile';

/**
 * lib/users against the roles table (shared/docs/roles.md), each cell written out by hand:
 *   invite users                                    no, no, Contributors and Authors, any role
 *   change roles, deactivate users, reset passwords no, no, no, yes
 *   change someone's name, bio or photo ("change users") no, no, no, yes; one's own: everyone
 * Every call gets a fresh subject, so an allowed call succeeds rather than tripping on state.
 */

let staff: Record<Role, TestStaff>;
const email = () => `matrix-${Math.random().toString(36).slice(2)}@example.test`;

beforeAll(async () => {
  staff = await createNewsroom(db);
});

const person = (role: Role = 'AUTHOR', options: { active?: boolean; password?: string } = {}) =>
  createStaff(db, { role, active: options.active, password: options.password });
const pending = async (role: Role) => (await inviteUser(staff.ADMIN, { email: email(), name: 'Pending', role })).user;

describe('users authorization matrix', () => {
  const invitable: [Role, typeof EDITORS][] = [
    ['CONTRIBUTOR', EDITORS],
    ['AUTHOR', EDITORS],
    ['EDITOR', ADMINS],
    ['ADMIN', ADMINS],
  ];

  for (const [invitee, cell] of invitable) {
    it(`inviteUser of a ${invitee}`, async () => {
      expect(await outcomesByRole((role) => inviteUser(staff[role], { email: email(), name: 'Invitee', role: invitee }))).toEqual(cells(cell));
    });
    it(`reissueInvitation for a pending ${invitee}`, async () => {
      expect(await outcomesByRole(async (role) => reissueInvitation(staff[role], { userId: (await pending(invitee)).id }))).toEqual(cells(cell));
    });
  }

  it('createUser (with a password)', async () => {
    expect(await outcomesByRole((role) => createUser(staff[role], { email: email(), name: 'Made', role: 'CONTRIBUTOR', password: 'a good long password' }))).toEqual(cells(ADMINS));
  });

  const onSomeoneElse: [string, (actor: TestStaff, userId: number) => Promise<unknown>, () => Promise<{ id: number }>][] = [
    ['changeRole', (actor, userId) => changeRole(actor, { userId, role: 'EDITOR' }), () => person('AUTHOR')],
    ['deactivateUser', (actor, userId) => deactivateUser(actor, { userId }), () => person('AUTHOR')],
    ['reactivateUser', (actor, userId) => reactivateUser(actor, { userId }), () => person('AUTHOR', { active: false })],
    ['issuePasswordReset', (actor, userId) => issuePasswordReset(actor, { userId }), () => person('AUTHOR', { password: 'has a password already' })],
    ['signOutEverywhere', (actor, userId) => signOutEverywhere(actor, { userId }), () => person('AUTHOR')],
    ['updateProfile', (actor, userId) => updateProfile(actor, { userId, name: 'Renamed', bio: 'A new bio.', avatarId: null }), () => person('AUTHOR')],
    ['getProfile', (actor, userId) => getProfile(actor, userId), () => person('AUTHOR')],
  ];
  for (const [name, call, subject] of onSomeoneElse) {
    it(`${name} on someone else`, async () => {
      expect(await outcomesByRole(async (role) => call(staff[role], (await subject()).id))).toEqual(cells(ADMINS));
    });
  }

  it('changeRole and signOutEverywhere on oneself: still Admins only', async () => {
    // Each role's own account, fresh, so the Admin's self-demotion leaves other Admins behind.
    const self = async (role: Role) => createStaff(db, { role });
    expect(await outcomesByRole(async (role) => { const me = await self(role); return changeRole(me, { userId: me.id, role: 'CONTRIBUTOR' }); })).toEqual(cells(ADMINS));
    expect(await outcomesByRole(async (role) => { const me = await self(role); return signOutEverywhere(me, { userId: me.id }); })).toEqual(cells(ADMINS));
  });

  it('updateProfile and changeOwnPassword on oneself: everyone', async () => {
    expect(await outcomesByRole(async (role) => { const me = await createStaff(db, { role }); return updateProfile(me, { userId: me.id, name: 'Me, renamed', bio: 'About me.', avatarId: null }); })).toEqual(cells(ALL));
    expect(
      await outcomesByRole(async (role) => {
        const me = await createStaff(db, { role, password: 'my current password' });
        return changeOwnPassword(me, { currentPassword: 'my current password', password: 'my brand new password', confirmation: 'my brand new password' });
      }),
    ).toEqual(cells(ALL));
  });

  it('listStaff and getStaffDetail: whoever may invite (Editors and Admins)', async () => {
    const subject = await person();
    expect(await outcomesByRole((role) => listStaff(staff[role]))).toEqual(cells(EDITORS));
    expect(await outcomesByRole((role) => getStaffDetail(staff[role], subject.id))).toEqual(cells(EDITORS));
  });

  it('a refused call changes nothing', async () => {
    const subject = await person('AUTHOR');
    const before = await db.user.findUniqueOrThrow({ where: { id: subject.id } });
    for (const role of ['CONTRIBUTOR', 'AUTHOR', 'EDITOR'] as const) {
      await changeRole(staff[role], { userId: subject.id, role: 'ADMIN' }).catch(() => {});
      await deactivateUser(staff[role], { userId: subject.id }).catch(() => {});
      await signOutEverywhere(staff[role], { userId: subject.id }).catch(() => {});
      await updateProfile(staff[role], { userId: subject.id, name: 'Hijacked', bio: 'Not theirs.', avatarId: null }).catch(() => {});
    }
    expect(await db.user.findUniqueOrThrow({ where: { id: subject.id } })).toEqual(before);
    expect(await db.auditLog.count({ where: { subjectType: 'user', subjectId: String(subject.id) } })).toBe(0);
  });
});
