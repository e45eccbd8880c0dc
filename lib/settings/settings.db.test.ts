import { beforeAll, describe, expect, it } from 'vitest';
import { Conflict, Invalid } from '../auth/authorize';
import type { Role } from '../auth/permissions';
import { db } from '../db/client';
import { createNewsroom, type TestStaff } from '../testing/actors';
import { getSettingsForEditing, updateSettings } from './settings';

let staff: Record<Role, TestStaff>;
beforeAll(async () => {
  staff = await createNewsroom(db);
});

const form = { publicationName: 'Dateline', tagline: '', timeZone: 'Asia/Baku', language: 'en', feedFullContent: false };

describe('site settings', () => {
  it('starts from the defaults, saves, and audits only what changed with its value before and after', async () => {
    const initial = await getSettingsForEditing(staff.ADMIN);
    expect(initial).toMatchObject({ publicationName: 'Dateline', timeZone: 'Asia/Baku', updatedAt: null });

    const saved = await updateSettings(staff.ADMIN, { ...form, publicationName: 'The Baku Dateline', timeZone: 'Europe/Istanbul', expectedUpdatedAt: '' });
    expect(saved.expire).toEqual(['settings']);
    expect(saved.value).toMatchObject({ publicationName: 'The Baku Dateline', timeZone: 'Europe/Istanbul' });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: 'settings.update' }, orderBy: { id: 'desc' } });
    expect(audit).toMatchObject({ actorId: staff.ADMIN.id, subjectType: 'settings', subjectId: '1' });
    expect(audit.details).toEqual({
      changes: { publicationName: { from: 'Dateline', to: 'The Baku Dateline' }, timeZone: { from: 'Asia/Baku', to: 'Europe/Istanbul' } },
    });

    // Saving the same values again writes no audit entry.
    await updateSettings(staff.ADMIN, { ...form, publicationName: 'The Baku Dateline', timeZone: 'Europe/Istanbul', expectedUpdatedAt: saved.value.updatedAt ?? '' });
    expect(await db.auditLog.count({ where: { action: 'settings.update' } })).toBe(1);
  });

  it('does not overwrite a save made meanwhile by another Admin', async () => {
    const loaded = await getSettingsForEditing(staff.ADMIN);
    await updateSettings(staff.ADMIN, { ...form, tagline: 'First', expectedUpdatedAt: loaded.updatedAt ?? '' });
    const error = await updateSettings(staff.ADMIN, { ...form, tagline: 'Second', expectedUpdatedAt: loaded.updatedAt ?? '' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Conflict);
    expect((await db.siteSettings.findUniqueOrThrow({ where: { id: 1 } })).tagline).toBe('First');
  });

  it('refuses bad input with field messages and changes nothing', async () => {
    const before = await db.siteSettings.findUniqueOrThrow({ where: { id: 1 } });
    const error = await updateSettings(staff.ADMIN, { ...form, timeZone: 'Nowhere/Town', facebookUrl: 'https://example.com/page' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Invalid);
    expect((error as Invalid).fieldErrors).toMatchObject({ timeZone: expect.any(String), facebookUrl: expect.any(String) });
    expect(await db.siteSettings.findUniqueOrThrow({ where: { id: 1 } })).toEqual(before);
  });
});
