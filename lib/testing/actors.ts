import { randomBytes } from 'node:crypto';
import argon2 from 'argon2';
import type { Actor, Role } from '../auth/permissions';
import { getDb, type PrismaClient } from '../db/client';

/**
 * Test support (never imported by the app): staff members of any role, written straight into the
 * test database, for integration tests (`*.db.test.ts`, the authorization matrices) and e2e setup.
 * A TestStaff is also the Actor every domain function takes first.
 *
 *   const editor = await createStaff(db, { role: 'EDITOR' });
 *   const author = await createStaff(db, { role: 'AUTHOR', password: 'a-long-password-1' });
 *   const other = await createStaff('EDITOR', 'Someone else');   // short form, the test database
 *   await signInAs(page, author);   // e2e only, see e2e/admin/support.ts
 *
 * Each call makes a new person with a unique email and slug.
 */

/**
 * argon2id at its lowest cost. Sign-in verifies with the cost written in the hash, so test people
 * still go through the real argon2 check, without the half CPU second the production cost takes
 * on each hash and each sign-in (hundreds per run). The app's own hashing is lib/auth/password.ts.
 */
export function testPasswordHash(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id, memoryCost: 1024, timeCost: 1, parallelism: 1 });
}

export interface TestStaff extends Actor {
  email: string;
  name: string;
  /** Present when a password was set. */
  password?: string;
}

export interface StaffOptions {
  role: Role;
  name?: string;
  password?: string;
  active?: boolean;
  /** Invited but not signed up yet: no password at all (lib/users/directory.ts). */
  invited?: boolean;
}

/** Staff made without a password have one nobody knows, like anyone who accepted their invitation. */
let unknownPasswordHash: Promise<string> | undefined;

export async function createStaff(db: PrismaClient, options: StaffOptions): Promise<TestStaff>;
export async function createStaff(role: Role, name?: string): Promise<TestStaff>;
export async function createStaff(first: PrismaClient | Role, second?: StaffOptions | string): Promise<TestStaff> {
  const [db, options] =
    typeof first === 'string' ? [getDb(), { role: first, name: typeof second === 'string' ? second : undefined }] : [first, second as StaffOptions];
  const tag = randomBytes(4).toString('hex');
  const name = options.name ?? `${options.role[0]}${options.role.slice(1).toLowerCase()} ${tag}`;
  const user = await db.user.create({
    data: {
      email: `${options.role.toLowerCase()}-${tag}@example.test`,
      name,
      slug: `${options.role.toLowerCase()}-${tag}`,
      role: options.role,
      active: options.active ?? true,
      passwordHash: options.invited
        ? null
        : await (options.password ? testPasswordHash(options.password) : (unknownPasswordHash ??= testPasswordHash(randomBytes(12).toString('hex')))),
    },
    select: { id: true, email: true, name: true, role: true },
  });
  return { ...user, password: options.password };
}

/** One active member of every role, for tests that walk the whole roles table. */
export async function createNewsroom(db: PrismaClient = getDb()): Promise<Record<Role, TestStaff>> {
  return {
    CONTRIBUTOR: await createStaff(db, { role: 'CONTRIBUTOR' }),
    AUTHOR: await createStaff(db, { role: 'AUTHOR' }),
    EDITOR: await createStaff(db, { role: 'EDITOR' }),
    ADMIN: await createStaff(db, { role: 'ADMIN' }),
  };
}

/** The same, under the name the editorial tests use. */
export const createNewsroomStaff = (): Promise<Record<Role, TestStaff>> => createNewsroom();
