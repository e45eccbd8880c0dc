import { beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../auth/permissions';
import { db } from '../db/client';
import { createNewsroom, type TestStaff } from '../testing/actors';
import { ADMINS, cells, outcomesByRole } from '../testing/authorization';
import { auditFilterOptions, listAuditEntries } from './log';

/** lib/audit against the roles table: "read the audit log" is no, no, no, yes. */

let staff: Record<Role, TestStaff>;
beforeAll(async () => {
  staff = await createNewsroom(db);
});

describe('audit log authorization matrix', () => {
  it('listAuditEntries', async () => {
    expect(await outcomesByRole((role) => listAuditEntries(staff[role], {}, 'Asia/Baku'))).toEqual(cells(ADMINS));
  });

  it('auditFilterOptions', async () => {
    expect(await outcomesByRole((role) => auditFilterOptions(staff[role]))).toEqual(cells(ADMINS));
  });
});
