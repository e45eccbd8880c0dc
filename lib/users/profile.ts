import 'server-only';
import { recordAudit } from '../audit/record';
import { assertCan, assertCanOnOwned, Conflict, Invalid, NotFound, parseInput } from '../auth/authorize';
import { emailInPassword, hashPassword, verifyPassword } from '../auth/password';
import { failureThrottle } from '../auth/throttle';
import type { Actor, Role } from '../auth/permissions';
import { PUBLIC_AUTHOR } from '../content/authors';
import { authorChangeTags } from '../content/tags';
import { authorPath } from '../content/urls';
import { db, Prisma } from '../db/client';
import { imageSrc } from '../media/variants';
import { retireAccessTokens } from './access-tokens';
import { changePasswordInput, profileInput, type ChangePasswordInput, type ProfileInput } from './input';

/**
 * A person's public face (display name, bio, photo: the author page and every byline) and their
 * own password. Everyone edits their own profile; Admins anyone's (permissions: editProfile). The
 * URL slug never changes with the name: author addresses are permanent. Each change and its audit
 * entry share a transaction; the caller expires the returned cache tags once it committed.
 */

const TRANSACTION = { maxWait: 10_000, timeout: 20_000 } as const;

export interface ProfilePhoto {
  id: number;
  /** Base URL for next/image (lib/media/variants.ts). */
  src: string;
  width: number;
  height: number;
  alt: string;
}

export interface ProfileForEditing {
  id: number;
  name: string;
  email: string;
  role: Role;
  bio: string;
  /** Their author page, once a story with their byline is published (null before: readers get a 404). */
  authorPath: string | null;
  photo: ProfilePhoto | null;
  isSelf: boolean;
}

const PROFILE_SELECT = {
  id: true,
  name: true,
  email: true,
  role: true,
  slug: true,
  bio: true,
  avatar: { select: { id: true, storageKey: true, width: true, height: true, alt: true } },
} as const satisfies Prisma.UserSelect;

type ProfileRow = Prisma.UserGetPayload<{ select: typeof PROFILE_SELECT }>;

async function toProfile(actor: Actor, row: ProfileRow, client: Prisma.TransactionClient = db): Promise<ProfileForEditing> {
  const { avatar } = row;
  const isPublic = (await client.user.count({ where: { id: row.id, ...PUBLIC_AUTHOR } })) > 0;
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    bio: row.bio,
    authorPath: isPublic ? authorPath(row.slug) : null,
    photo: avatar ? { id: avatar.id, src: imageSrc(avatar.storageKey), width: avatar.width, height: avatar.height, alt: avatar.alt } : null,
    isSelf: row.id === actor.id,
  };
}

const OTHERS = 'Only Admins change someone else’s name, bio or photo.';
const GONE = 'That person is no longer in the newsroom.';

export async function getProfile(actor: Actor, userId: number): Promise<ProfileForEditing> {
  assertCanOnOwned(actor, 'editProfile', userId, OTHERS);
  const row = await db.user.findUnique({ where: { id: userId }, select: PROFILE_SELECT });
  if (!row) throw new NotFound(GONE);
  return toProfile(actor, row);
}

const PHOTO_GONE = 'That image is no longer in the media library. Choose another.';

/** Saves name, bio and photo; returns the profile and the cache tags to expire (none when nothing changed). */
export async function updateProfile(actor: Actor, raw: ProfileInput): Promise<{ value: ProfileForEditing; expire: string[] }> {
  const input = parseInput(profileInput, raw);
  assertCanOnOwned(actor, 'editProfile', input.userId, OTHERS);
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.user.findUnique({ where: { id: input.userId }, select: { name: true, bio: true, avatarId: true } });
      if (!before) throw new NotFound(GONE);
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      if (before.name !== input.name) changes.name = { from: before.name, to: input.name };
      if (before.bio !== input.bio) changes.bio = { from: before.bio, to: input.bio };
      if (before.avatarId !== input.avatarId) changes.photo = { from: before.avatarId, to: input.avatarId };
      if (!Object.keys(changes).length) {
        const row = await tx.user.findUniqueOrThrow({ where: { id: input.userId }, select: PROFILE_SELECT });
        return { value: await toProfile(actor, row, tx), expire: [] };
      }
      if (changes.photo && input.avatarId !== null) {
        // Any library image will do (every role may use them); only its uploader or an editor changes its alt text.
        assertCan(actor, 'useLibraryImages');
        if (!(await tx.image.findUnique({ where: { id: input.avatarId }, select: { id: true } }))) throw new Invalid(PHOTO_GONE, { avatarId: PHOTO_GONE });
      }
      const row = await tx.user.update({
        where: { id: input.userId },
        data: { name: input.name, bio: input.bio, avatarId: input.avatarId },
        select: PROFILE_SELECT,
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'user.profile_update',
        subjectType: 'user',
        subjectId: input.userId,
        details: { name: row.name, changes, ...(input.userId === actor.id ? { own: true } : {}) },
      });
      return { value: await toProfile(actor, row, tx), expire: authorChangeTags(input.userId) };
    }, TRANSACTION);
  } catch (error) {
    // The image was deleted between the check and the write.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2003') throw new Invalid(PHOTO_GONE, { avatarId: PHOTO_GONE });
    throw error;
  }
}

const WRONG_PASSWORD = 'That is not your current password.';

/**
 * Someone holding a signed-in browser must not be able to find the password by trying: after
 * MAX_FAILURES wrong ones within the sign-in throttle's window, the form waits, as sign-in does.
 * Counted in the audit log, so every app instance sees the same count.
 */
async function assertNotGuessing(userId: number): Promise<void> {
  const throttle = await failureThrottle(db, { action: 'user.password_change_failed', subjectType: 'user', subjectId: String(userId) });
  if (!throttle.throttled) return;
  const minutes = throttle.retryAfterMinutes;
  const message = `Too many wrong passwords. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
  throw new Invalid(message, { currentPassword: message });
}

/**
 * The actor's own password, and only theirs: there is no user to name here (Admins help others
 * with a reset link). The current password must be right. Every session of the account ends,
 * as after a reset (a stolen session must not outlive the password change); the caller signs
 * this browser in again with the new password. Unused reset links stop working too.
 * Returns the email to sign in with.
 */
export async function changeOwnPassword(actor: Actor, raw: ChangePasswordInput): Promise<{ email: string }> {
  const input = parseInput(changePasswordInput, raw);
  assertCanOnOwned(actor, 'editProfile', actor.id);
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { email: true, passwordHash: true } });
  if (!user) throw new NotFound(GONE);
  await assertNotGuessing(actor.id);
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    await recordAudit(db, { actorId: actor.id, action: 'user.password_change_failed', subjectType: 'user', subjectId: actor.id });
    throw new Invalid('Your current password was not right. Nothing was changed.', { currentPassword: WRONG_PASSWORD });
  }
  const problem = emailInPassword(input.password, user.email);
  if (problem) throw new Invalid('Your new password needs another look. Nothing was changed.', { password: problem });
  // Hash first: argon2 takes a moment and the transaction should not wait for it.
  const passwordHash = await hashPassword(input.password);
  await db.$transaction(async (tx) => {
    // Only over the password just checked: of two changes at once, the second is refused.
    const changed = await tx.user.updateMany({
      where: { id: actor.id, passwordHash: user.passwordHash },
      data: { passwordHash, sessionVersion: { increment: 1 } },
    });
    if (changed.count !== 1) throw new Conflict('Your password was changed meanwhile, perhaps in another window. Sign in again with the new one.');
    await retireAccessTokens(tx, actor.id, 'PASSWORD_RESET');
    await recordAudit(tx, { actorId: actor.id, action: 'user.password_change', subjectType: 'user', subjectId: actor.id, details: { via: 'profile' } });
  }, TRANSACTION);
  return { email: user.email };
}
