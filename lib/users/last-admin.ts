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

/** An Admin who can act now: active, and has a password (an unaccepted invitation cannot sign in). */
function canActAsAdmin(row: LockedUser): boolean {
  return row.role === 'ADMIN' && row.active && row.passwordHash !== null;
}

export async function lockAdminsAnd(
  tx: Prisma.TransactionClient,
  userId: number,
): Promise<{ target: LockedUser; activeAdminIds: number[]; invitedAdmins: number }> {
  const rows = await tx.$queryRaw<LockedUser[]>`
    SELECT id, email, name, role::text AS role, active, "passwordHash"
    FROM "User"
    WHERE (role = 'ADMIN' AND active) OR id = ${userId}
    ORDER BY id
    FOR UPDATE`;
  const target = rows.find((row) => row.id === userId);
  if (!target) throw new NotFound('That person is no longer in the newsroom.');
  return {
    target,
    activeAdminIds: rows.filter(canActAsAdmin).map((row) => row.id),
    invitedAdmins: rows.filter((row) => row.role === 'ADMIN' && row.active && row.passwordHash === null).length,
  };
}

export function refuseIfLastAdmin(
  target: LockedUser,
  admins: { activeAdminIds: readonly number[]; invitedAdmins: number },
  change: 'demote' | 'deactivate',
  actorId?: number,
): void {
  if (admins.activeAdminIds.some((id) => id !== target.id)) return;
  const self = actorId === target.id;
  const what = change === 'demote' ? (self ? 'change your own role' : 'change their role') : self ? 'deactivate yourself' : 'deactivate them';
  const invited = admins.invitedAdmins ? ' An Admin who has not accepted their invitation yet cannot sign in, so does not count.' : '';
  throw new Invalid(`${self ? 'You are' : `${target.name} is`} the only active Admin, so you cannot ${what}. Make someone else an Admin first.${invited}`);
}
