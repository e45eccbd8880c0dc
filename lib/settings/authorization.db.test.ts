import { beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../auth/permissions';
import { db } from '../db/client';
import { createNewsroom, type TestStaff } from '../testing/actors';
import { ADMINS, cells, outcomesByRole } from '../testing/authorization';
import { getSettingsForEditing, updateSettings } from './settings';

/** lib/settings against the roles table: "site settings" is no, no, no, yes. */

let staff: Record<Role, TestStaff>;
beforeAll(async () => {
  staff = await createNewsroom(db);
});

describe('settings authorization matrix', () => {
  it('getSettingsForEditing', async () => {
    expect(await outcomesByRole((role) => getSettingsForEditing(staff[role]))).toEqual(cells(ADMINS));
  });

  it('updateSettings', async () => {
    expect(
      await outcomesByRole((role) =>
        updateSettings(staff[role], { publicationName: `Saved by ${role}`, timeZone: 'Asia/Baku', language: 'en', feedFullContent: false }),
      ),
    ).toEqual(cells(ADMINS));
    expect((await db.siteSettings.findUniqueOrThrow({ where: { id: 1 } })).publicationName).toBe('Saved by ADMIN');
  });
});
