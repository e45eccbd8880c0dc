import { Invalid, NotFound } from '../auth/authorize';
import type { Role } from '../auth/permissions';
import type { Prisma } from '../db/client';

/**
 * There is always at least one active Admin. Two Admins demoting each other at the same moment
 * must not both succeed, so every change that could remove an Admin first locks, in one
 * statement and in id order (no deadlocks), the rows of every active Admin and of the person
 * being changed. A second transaction waits for the first; when it gets the locks PostgreSQL
 * re-checks the rows it waited for, so it sees the first change and counts correctly.
 */

export interface LockedUser {
  id: number;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  passwordHash: string | null;
}

export async function lockAdminsAnd(tx: Prisma.TransactionClient, userId: number): Promise<{ target: LockedUser; activeAdminIds: number[] }> {
  const rows = await tx.$queryRaw<LockedUser[]>`
    SELECT id, email, name, role::text AS role, active, "passwordHash"
    FROM "User"
    WHERE (role = 'ADMIN' AND active) OR id = ${userId}
    ORDER BY id
    FOR UPDATE`;
  const target = rows.find((row) => row.id === userId);
  if (!target) throw new NotFound('That person is no longer in the newsroom.');
  return { target, activeAdminIds: rows.filter((row) => row.role === 'ADMIN' && row.active).map((row) => row.id) };
}

export function refuseIfLastAdmin(target: LockedUser, activeAdminIds: readonly number[], change: 'demote' | 'deactivate'): void {
  if (activeAdminIds.some((id) => id !== target.id)) return;
  const what = change === 'demote' ? 'change their role' : 'deactivate them';
  throw new Invalid(`${target.name} is the only active Admin, so you cannot ${what}. Make someone else an Admin first.`);
}
