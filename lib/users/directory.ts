import 'server-only';
import { z } from 'zod';
import { Forbidden, NotFound } from '../auth/authorize';
import { can, canInvite, canInviteAnyone, canOnOwned, INVITABLE_ROLES, ROLES, type Actor, type Role } from '../auth/permissions';
import { db, type Prisma } from '../db/client';
import { likeLiteral, filterText } from '../db/text';

/**
 * The Users pages' read side: who is in the newsroom, and what the signed-in person may do to
 * each of them (the buttons shown; the server checks again when one is pressed). Open to anyone
 * who may invite (Editors and Admins).
 */

export const STATUSES = ['active', 'invited', 'deactivated'] as const;
export type StaffStatus = (typeof STATUSES)[number];

export const staffFilters = z.object({
  q: filterText().optional().catch(undefined),
  role: z.enum(ROLES).optional().catch(undefined),
  status: z.enum(STATUSES).optional().catch(undefined),
});
export type StaffFilters = z.infer<typeof staffFilters>;

export interface StaffRow {
  id: number;
  name: string;
  email: string;
  role: Role;
  status: StaffStatus;
  lastSignInAt: Date | null;
  createdAt: Date;
}

function statusOf(user: { active: boolean; passwordHash: string | null }): StaffStatus {
  if (!user.active) return 'deactivated';
  return user.passwordHash === null ? 'invited' : 'active';
}

function assertMayOpenUsers(actor: Actor): void {
  if (!canInviteAnyone(actor)) throw new Forbidden('Your role does not include managing people.');
}

const STATUS_WHERE: Record<StaffStatus, Prisma.UserWhereInput> = {
  active: { active: true, passwordHash: { not: null } },
  invited: { active: true, passwordHash: null },
  deactivated: { active: false },
};

export async function listStaff(actor: Actor, filters: StaffFilters = {}): Promise<StaffRow[]> {
  assertMayOpenUsers(actor);
  const where: Prisma.UserWhereInput[] = [];
  if (filters.q) {
    const text = likeLiteral(filters.q);
    where.push({ OR: [{ name: { contains: text, mode: 'insensitive' } }, { email: { contains: text, mode: 'insensitive' } }] });
  }
  if (filters.role) where.push({ role: filters.role });
  if (filters.status) where.push(STATUS_WHERE[filters.status]);
  const users = await db.user.findMany({
    where: { AND: where },
    orderBy: [{ active: 'desc' }, { name: 'asc' }, { id: 'asc' }],
    select: { id: true, name: true, email: true, role: true, active: true, passwordHash: true, lastSignInAt: true, createdAt: true },
    take: 500,
  });
  return users.map(({ passwordHash, active, ...user }) => ({ ...user, status: statusOf({ active, passwordHash }) }));
}

export interface StaffDetail extends StaffRow {
  may: {
    changeRole: boolean;
    /** Roles the actor may give this person (changing roles is for Admins). */
    roles: readonly Role[];
    deactivate: boolean;
    reactivate: boolean;
    resetPassword: boolean;
    signOutEverywhere: boolean;
    reissueInvitation: boolean;
    /** Name, bio and photo (lib/users/profile.ts): Admins anyone's, everyone their own. */
    editProfile: boolean;
  };
  isSelf: boolean;
}

export async function getStaffDetail(actor: Actor, userId: number): Promise<StaffDetail> {
  assertMayOpenUsers(actor);
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, email: true, role: true, active: true, passwordHash: true, lastSignInAt: true, createdAt: true },
  });
  if (!user) throw new NotFound('That person is no longer in the newsroom.');
  const { passwordHash, active, ...rest } = user;
  const status = statusOf({ active, passwordHash });
  const manage = can(actor, 'manageUsers');
  const isSelf = user.id === actor.id;
  return {
    ...rest,
    status,
    isSelf,
    may: {
      changeRole: manage,
      roles: manage ? ROLES : [],
      deactivate: manage && active && !isSelf,
      reactivate: manage && !active,
      resetPassword: manage && status === 'active',
      signOutEverywhere: manage && active,
      reissueInvitation: status === 'invited' && canInvite(actor, user.role),
      editProfile: canOnOwned(actor, 'editProfile', user.id),
    },
  };
}

/** The roles the actor may invite, for the invitation form. */
export function invitableRoles(actor: Actor): readonly Role[] {
  return INVITABLE_ROLES[actor.role];
}
