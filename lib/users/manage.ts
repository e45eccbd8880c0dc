import { recordAudit } from '../audit/record';
import { invitationPath, resetPasswordPath } from '../auth/admin-paths';
import { assertCan, Conflict, Forbidden, Invalid, NotFound } from '../auth/authorize';
import { emailInPassword, hashPassword } from '../auth/password';
import { canInvite, ROLE_LABELS, type Actor, type Role } from '../auth/permissions';
import { absoluteUrl } from '../content/urls';
import { db, Prisma } from '../db/client';
import { issueAccessToken, retireAccessTokens } from './access-tokens';
import { handOver, type AccessLinkHandover, type AccountMailer } from './account-mail';
import type { ChangeRoleInput, CreateUserInput, InviteInput, UserRef } from './input';
import { lockAdminsAnd, refuseIfLastAdmin } from './last-admin';
import { uniqueUserSlug } from './user-slug';

/**
 * The newsroom's people, changed by the people allowed to (roles.md): Admins create, invite and
 * manage anyone; Editors invite Contributors and Authors. Every function takes the actor first
 * and checks the permissions table itself; each change and its audit entry share a transaction.
 *
 * Sessions: role and active flag are re-read on every request (lib/auth/current-user.ts), so a
 * role change applies at the next request without ending the person's session. Deactivation,
 * "sign out everywhere" and a completed password reset bump sessionVersion, which ends every
 * session issued before — a reactivated account does not bring old sessions back.
 */

type Tx = Prisma.TransactionClient;

const TRANSACTION = { maxWait: 10_000, timeout: 20_000 } as const;

export interface StaffMember {
  id: number;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  invitationPending: boolean;
}

const STAFF_SELECT = { id: true, email: true, name: true, role: true, active: true, passwordHash: true } as const;

function toStaffMember(user: { id: number; email: string; name: string; role: Role; active: boolean; passwordHash: string | null }): StaffMember {
  return { id: user.id, email: user.email, name: user.name, role: user.role, active: user.active, invitationPending: user.passwordHash === null };
}

const EMAIL_TAKEN = new Invalid('Someone with this email is already in the newsroom.', {
  email: 'Someone with this email is already in the newsroom. Find them in the list instead.',
});

function refuseInvitation(actor: Actor, role: Role): void {
  if (canInvite(actor, role)) return;
  if (actor.role === 'EDITOR') throw new Forbidden('Editors can invite Contributors and Authors. Ask an Admin to add an Editor or Admin.');
  throw new Forbidden('Your role cannot invite people. Ask an Editor or Admin.');
}

async function insertUser(tx: Tx, input: { email: string; name: string; role: Role; passwordHash: string | null }) {
  if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) throw EMAIL_TAKEN;
  return tx.user.create({
    data: { email: input.email, name: input.name, slug: await uniqueUserSlug(tx, input.name), role: input.role, passwordHash: input.passwordHash },
    select: STAFF_SELECT,
  });
}

/** Two requests creating the same email at once: the unique index decides, and says so plainly. */
async function withUniqueEmail<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') throw EMAIL_TAKEN;
    throw error;
  }
}

async function publicationName(): Promise<string> {
  const settings = await db.siteSettings.findUnique({ where: { id: 1 }, select: { publicationName: true } });
  return settings?.publicationName ?? 'Dateline';
}

async function actorName(actor: Actor): Promise<string> {
  const row = await db.user.findUnique({ where: { id: actor.id }, select: { name: true } });
  return row?.name ?? 'An Admin';
}

export interface Invitation {
  user: StaffMember;
  handover: AccessLinkHandover;
}

/** Someone new, who chooses their own password through a one-time link. */
export async function inviteUser(actor: Actor, input: InviteInput, mailer?: AccountMailer): Promise<Invitation> {
  refuseInvitation(actor, input.role);
  const { user, token, expiresAt } = await withUniqueEmail(() =>
    db.$transaction(async (tx) => {
      const user = await insertUser(tx, { ...input, passwordHash: null });
      const { token, expiresAt } = await issueAccessToken(tx, user.id, 'INVITE');
      await recordAudit(tx, { actorId: actor.id, action: 'user.invite', subjectType: 'user', subjectId: user.id, details: { email: user.email, role: user.role } });
      return { user, token, expiresAt };
    }, TRANSACTION),
  );
  return { user: toStaffMember(user), handover: await invitationHandover(actor, user, token, expiresAt, mailer) };
}

/** A new link for someone who has not accepted their invitation yet; older links stop working. */
export async function reissueInvitation(actor: Actor, input: UserRef, mailer?: AccountMailer): Promise<Invitation> {
  const { user, token, expiresAt } = await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: STAFF_SELECT });
    if (!user) throw new NotFound('That person is no longer in the newsroom.');
    refuseInvitation(actor, user.role);
    if (user.passwordHash !== null) throw new Invalid(`${user.name} has already accepted their invitation.`);
    if (!user.active) throw new Invalid(`${user.name} is deactivated. Reactivate them first.`);
    const { token, expiresAt } = await issueAccessToken(tx, user.id, 'INVITE');
    await recordAudit(tx, { actorId: actor.id, action: 'user.invite', subjectType: 'user', subjectId: user.id, details: { email: user.email, role: user.role, reissued: true } });
    return { user, token, expiresAt };
  }, TRANSACTION);
  return { user: toStaffMember(user), handover: await invitationHandover(actor, user, token, expiresAt, mailer) };
}

async function invitationHandover(actor: Actor, user: { name: string; email: string }, token: string, expiresAt: Date, mailer?: AccountMailer) {
  return handOver(
    {
      kind: 'invitation',
      to: { name: user.name, email: user.email },
      link: absoluteUrl(invitationPath(token)),
      expiresAt,
      requestedBy: { name: await actorName(actor) },
      publicationName: await publicationName(),
    },
    mailer,
  );
}

/** An account with a password set by an Admin (who passes it on; the person can reset it later). */
export async function createUser(actor: Actor, input: CreateUserInput): Promise<StaffMember> {
  assertCan(actor, 'manageUsers', 'Only Admins create accounts with a password. Invite the person instead.');
  refuseInvitation(actor, input.role);
  refuseEmailInPassword(input);
  const passwordHash = await hashPassword(input.password);
  const user = await withUniqueEmail(() =>
    db.$transaction(async (tx) => {
      const user = await insertUser(tx, { email: input.email, name: input.name, role: input.role, passwordHash });
      await recordAudit(tx, { actorId: actor.id, action: 'user.create', subjectType: 'user', subjectId: user.id, details: { email: user.email, role: user.role } });
      return user;
    }, TRANSACTION),
  );
  return toStaffMember(user);
}

/**
 * For `npm run user -- create`: whoever can run commands on the server is trusted like an Admin.
 * Recorded with no actor ("the system") and `via: 'command line'`.
 */
export async function createUserFromCommandLine(input: CreateUserInput): Promise<StaffMember> {
  refuseEmailInPassword(input);
  const passwordHash = await hashPassword(input.password);
  const user = await withUniqueEmail(() =>
    db.$transaction(async (tx) => {
      const user = await insertUser(tx, { email: input.email, name: input.name, role: input.role, passwordHash });
      await recordAudit(tx, { actorId: null, action: 'user.create', subjectType: 'user', subjectId: user.id, details: { email: user.email, role: user.role, via: 'command line' } });
      return user;
    }, TRANSACTION),
  );
  return toStaffMember(user);
}

export async function changeRole(actor: Actor, input: ChangeRoleInput): Promise<StaffMember> {
  assertCan(actor, 'manageUsers', 'Only Admins change roles.');
  return db.$transaction(async (tx) => {
    const { target, ...admins } = await lockAdminsAnd(tx, input.userId);
    if (input.expectedRole && target.role !== input.expectedRole) {
      throw new Conflict(`${target.name}’s role was changed to ${ROLE_LABELS[target.role]} by someone else meanwhile. Check it and try again.`, target.role);
    }
    if (target.role === input.role) return toStaffMember(target);
    if (target.role === 'ADMIN' && target.active) refuseIfLastAdmin(target, admins, 'demote', actor.id);
    const user = await tx.user.update({ where: { id: target.id }, data: { role: input.role }, select: STAFF_SELECT });
    await recordAudit(tx, { actorId: actor.id, action: 'user.role_change', subjectType: 'user', subjectId: target.id, details: { from: target.role, to: input.role } });
    return toStaffMember(user);
  }, TRANSACTION);
}

export async function deactivateUser(actor: Actor, input: UserRef): Promise<StaffMember> {
  assertCan(actor, 'manageUsers', 'Only Admins deactivate accounts.');
  if (input.userId === actor.id) throw new Invalid('You cannot deactivate your own account. Ask another Admin.');
  return db.$transaction(async (tx) => {
    const { target, ...admins } = await lockAdminsAnd(tx, input.userId);
    if (!target.active) return toStaffMember(target);
    if (target.role === 'ADMIN') refuseIfLastAdmin(target, admins, 'deactivate', actor.id);
    const user = await tx.user.update({ where: { id: target.id }, data: { active: false, sessionVersion: { increment: 1 } }, select: STAFF_SELECT });
    // Pending invitation and reset links die with the account.
    await retireAccessTokens(tx, target.id);
    await recordAudit(tx, { actorId: actor.id, action: 'user.deactivate', subjectType: 'user', subjectId: target.id, details: { role: target.role } });
    return toStaffMember(user);
  }, TRANSACTION);
}

export async function reactivateUser(actor: Actor, input: UserRef): Promise<StaffMember> {
  assertCan(actor, 'manageUsers', 'Only Admins reactivate accounts.');
  return db.$transaction(async (tx) => {
    const target = await tx.user.findUnique({ where: { id: input.userId }, select: STAFF_SELECT });
    if (!target) throw new NotFound('That person is no longer in the newsroom.');
    if (target.active) return toStaffMember(target);
    const user = await tx.user.update({ where: { id: target.id }, data: { active: true }, select: STAFF_SELECT });
    await recordAudit(tx, { actorId: actor.id, action: 'user.reactivate', subjectType: 'user', subjectId: target.id, details: { role: target.role } });
    return toStaffMember(user);
  }, TRANSACTION);
}

export interface PasswordReset {
  user: StaffMember;
  handover: AccessLinkHandover;
}

/**
 * A one-time link with which the person chooses a new password. Their current password and
 * sessions keep working until they use it (then every session ends).
 */
export async function issuePasswordReset(actor: Actor, input: UserRef, mailer?: AccountMailer): Promise<PasswordReset> {
  assertCan(actor, 'manageUsers', 'Only Admins reset passwords.');
  const { user, token, expiresAt } = await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: STAFF_SELECT });
    if (!user) throw new NotFound('That person is no longer in the newsroom.');
    if (!user.active) throw new Invalid(`${user.name} is deactivated. Reactivate them first.`);
    if (user.passwordHash === null) throw new Invalid(`${user.name} has not accepted their invitation yet. Send a new invitation link instead.`);
    const { token, expiresAt } = await issueAccessToken(tx, user.id, 'PASSWORD_RESET');
    await recordAudit(tx, { actorId: actor.id, action: 'user.password_reset', subjectType: 'user', subjectId: user.id, details: { expiresAt: expiresAt.toISOString() } });
    return { user, token, expiresAt };
  }, TRANSACTION);
  const handover = await handOver(
    {
      kind: 'password_reset',
      to: { name: user.name, email: user.email },
      link: absoluteUrl(resetPasswordPath(token)),
      expiresAt,
      requestedBy: { name: await actorName(actor) },
      publicationName: await publicationName(),
    },
    mailer,
  );
  return { user: toStaffMember(user), handover };
}

/** Ends every session of the person at their next request (a lost laptop, a shared computer). */
export async function signOutEverywhere(actor: Actor, input: UserRef): Promise<StaffMember> {
  assertCan(actor, 'manageUsers', 'Only Admins sign people out.');
  return db.$transaction(async (tx) => {
    const target = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true } });
    if (!target) throw new NotFound('That person is no longer in the newsroom.');
    const user = await tx.user.update({ where: { id: target.id }, data: { sessionVersion: { increment: 1 } }, select: STAFF_SELECT });
    await recordAudit(tx, { actorId: actor.id, action: 'user.sign_out_everywhere', subjectType: 'user', subjectId: target.id });
    return toStaffMember(user);
  }, TRANSACTION);
}

function refuseEmailInPassword(input: CreateUserInput): void {
  const problem = emailInPassword(input.password, input.email);
  if (problem) throw new Invalid('The password needs another look.', { password: problem });
}
