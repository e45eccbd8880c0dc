import { Forbidden } from '../auth/authorize';
import { ROLES, type Role } from '../auth/permissions';

/**
 * Test support for authorization matrices (`*.db.test.ts`): each domain function is called as
 * every role and the outcomes are compared with the cells of shared/docs/roles.md, written out
 * by hand in the test — never read from lib/auth/permissions.ts, so a wrong cell there fails.
 *
 *   const expected = cells(EDITORS);
 *   expect(await outcomesByRole((role) => renameTag(staff[role], { … }))).toEqual(expected);
 *
 * Anonymous and deactivated requests never reach a domain function (runAction / requireStaff
 * stop them); e2e/admin/authorization.spec.ts proves that over HTTP.
 */

export type Cell = Record<Role, boolean>;
export type Outcome = 'allowed' | 'forbidden';

export const ALL: Cell = { CONTRIBUTOR: true, AUTHOR: true, EDITOR: true, ADMIN: true };
export const AUTHORS_UP: Cell = { CONTRIBUTOR: false, AUTHOR: true, EDITOR: true, ADMIN: true };
export const EDITORS: Cell = { CONTRIBUTOR: false, AUTHOR: false, EDITOR: true, ADMIN: true };
export const ADMINS: Cell = { CONTRIBUTOR: false, AUTHOR: false, EDITOR: false, ADMIN: true };
export const NOBODY: Cell = { CONTRIBUTOR: false, AUTHOR: false, EDITOR: false, ADMIN: false };

export { ROLES };

/** 'forbidden' when the call throws Forbidden; any other error fails the test as it should. */
export async function outcome(promise: Promise<unknown>): Promise<Outcome> {
  try {
    await promise;
    return 'allowed';
  } catch (error) {
    if (error instanceof Forbidden) return 'forbidden';
    throw error;
  }
}

export function cells(cell: Cell): Record<Role, Outcome> {
  return Object.fromEntries(ROLES.map((role) => [role, cell[role] ? 'allowed' : 'forbidden'])) as Record<Role, Outcome>;
}

/** Runs `call` once per role, one after another (each call may prepare its own subject). */
export async function outcomesByRole(call: (role: Role) => Promise<unknown>): Promise<Record<Role, Outcome>> {
  const result = {} as Record<Role, Outcome>;
  for (const role of ROLES) result[role] = await outcome(call(role));
  return result;
}
