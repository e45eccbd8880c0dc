import { beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../auth/permissions';
import { db } from '../db/client';
import { createNewsroom, type TestStaff } from '../testing/actors';
import { AUDIT_PAGE_SIZE, auditFilterOptions, auditFilters, listAuditEntries, startOfZonedDay } from './log';

let staff: Record<Role, TestStaff>;
const BAKU = 'Asia/Baku';

beforeAll(async () => {
  staff = await createNewsroom(db);
  const rows = [];
  // 120 sign-ins by the Editor, one a minute from 2031-03-10 00:00 Baku (2031-03-09 20:00 UTC).
  for (let i = 0; i < 120; i++) {
    rows.push({ actorId: staff.EDITOR.id, action: 'auth.sign_in', subjectType: 'sign_in', subjectId: `k${i}`, createdAt: new Date(Date.UTC(2031, 2, 9, 20, i)) });
  }
  rows.push({ actorId: staff.ADMIN.id, action: 'user.role_change', subjectType: 'user', subjectId: String(staff.AUTHOR.id), details: { from: 'CONTRIBUTOR', to: 'AUTHOR' }, createdAt: new Date(Date.UTC(2031, 2, 9, 19, 59)) });
  rows.push({ actorId: null, action: 'story.scheduled_publish', subjectType: 'story', subjectId: '999', createdAt: new Date(Date.UTC(2031, 2, 11, 8, 0)) });
  await db.auditLog.createMany({ data: rows });
});

const filters = (raw: Record<string, string>) => auditFilters.parse(raw);

describe('the audit log', () => {
  it('pages newest first with cursors in both directions', async () => {
    const first = await listAuditEntries(staff.ADMIN, filters({ action: 'auth.sign_in' }), BAKU);
    expect(first.rows).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.newer).toBeNull();
    expect(first.rows[0].subjectId).toBe('k119');
    const second = await listAuditEntries(staff.ADMIN, filters({ action: 'auth.sign_in', before: String(first.older) }), BAKU);
    expect(second.rows[0].subjectId).toBe('k69');
    const third = await listAuditEntries(staff.ADMIN, filters({ action: 'auth.sign_in', before: String(second.older) }), BAKU);
    expect(third.rows.map((row) => row.subjectId)).toHaveLength(20);
    expect(third.older).toBeNull();
    const back = await listAuditEntries(staff.ADMIN, filters({ action: 'auth.sign_in', after: String(second.newer) }), BAKU);
    expect(back.rows.map((row) => row.id)).toEqual(first.rows.map((row) => row.id));
  });

  it('filters by who, what, which thing, and days in the publication’s time zone', async () => {
    const byAdmin = await listAuditEntries(staff.ADMIN, filters({ actor: String(staff.ADMIN.id) }), BAKU);
    expect(byAdmin.rows.map((row) => row.action)).toEqual(['user.role_change']);
    expect(byAdmin.rows[0]).toMatchObject({
      actor: { id: staff.ADMIN.id, name: staff.ADMIN.name },
      summary: `changed ${staff.AUTHOR.name}’s role from Contributor to Author`,
      subjectHref: `/admin/users/${staff.AUTHOR.id}`,
    });

    const system = await listAuditEntries(staff.ADMIN, filters({ actor: 'system' }), BAKU);
    expect(system.rows.map((row) => row.action)).toEqual(['story.scheduled_publish']);
    expect(system.rows[0]).toMatchObject({ actor: null, subjectHref: null });

    const subject = await listAuditEntries(staff.ADMIN, filters({ subjectType: 'user', subjectId: String(staff.AUTHOR.id) }), BAKU);
    expect(subject.rows).toHaveLength(1);

    // 10 March in Baku starts at 9 March 20:00 UTC: the role change at 19:59 UTC was on the 9th there.
    const tenth = await listAuditEntries(staff.ADMIN, filters({ from: '2031-03-10', to: '2031-03-10' }), BAKU);
    expect(tenth.rows.every((row) => row.action === 'auth.sign_in')).toBe(true);
    const ninth = await listAuditEntries(staff.ADMIN, filters({ from: '2031-03-09', to: '2031-03-09' }), BAKU);
    expect(ninth.rows.map((row) => row.action)).toEqual(['user.role_change']);
    // Days given the wrong way round are the days between them.
    expect(filters({ from: '2031-03-10', to: '2031-03-09' })).toEqual({ from: '2031-03-09', to: '2031-03-10' });
    // The same days in UTC draw the line elsewhere.
    const ninthUtc = await listAuditEntries(staff.ADMIN, filters({ from: '2031-03-09', to: '2031-03-09' }), 'UTC');
    expect(ninthUtc.rows.length).toBe(50);
  });

  it('ignores malformed filters rather than failing', () => {
    expect(filters({ actor: 'drop table', from: '10/03/2031', before: '-1', action: 'User.Role' })).toEqual({});
  });

  it('offers the actions and kinds of thing that occur, and everyone on the staff', async () => {
    const options = await auditFilterOptions(staff.ADMIN);
    expect(options.actions).toEqual(['auth.sign_in', 'story.scheduled_publish', 'user.role_change']);
    expect(options.subjectTypes).toEqual(['sign_in', 'story', 'user']);
    expect(options.actors.map((actor) => actor.id)).toEqual(expect.arrayContaining(Object.values(staff).map((person) => person.id)));
  });

  it('finds the start of a day across a daylight saving change', () => {
    expect(startOfZonedDay('2031-03-30', 'Europe/London').toISOString()).toBe('2031-03-30T00:00:00.000Z');
    expect(startOfZonedDay('2031-03-31', 'Europe/London').toISOString()).toBe('2031-03-30T23:00:00.000Z');
    expect(startOfZonedDay('2031-03-10', BAKU).toISOString()).toBe('2031-03-09T20:00:00.000Z');
  });
});
