import { randomBytes } from 'node:crypto';
import { getDb } from '../db/client';
import type { Actor, Role } from '../auth/permissions';

/**
 * Test support: real staff rows in the test database, returned as the Actor every domain
 * function takes first. (Never imported by the app.)
 */
export interface TestStaff extends Actor {
  name: string;
  email: string;
}

export async function createStaff(role: Role, name = `${role.toLowerCase()} ${randomBytes(3).toString('hex')}`): Promise<TestStaff> {
  const suffix = randomBytes(4).toString('hex');
  const user = await getDb().user.create({
    data: { email: `${role.toLowerCase()}-${suffix}@example.test`, name, slug: `${role.toLowerCase()}-${suffix}`, role },
    select: { id: true, role: true, name: true, email: true },
  });
  return user;
}

/** One of each role, for authorization matrices. */
export async function createNewsroomStaff(): Promise<Record<Role, TestStaff>> {
  return {
    CONTRIBUTOR: await createStaff('CONTRIBUTOR'),
    AUTHOR: await createStaff('AUTHOR'),
    EDITOR: await createStaff('EDITOR'),
    ADMIN: await createStaff('ADMIN'),
  };
}
