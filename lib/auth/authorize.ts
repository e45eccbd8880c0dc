import type { z } from 'zod';
import { can, canOnOwned, canOnStory, type Actor, type Permission, type StoryAccess } from './permissions';

/**
 * The refusals every domain function throws and the permission checks it starts with. No session
 * and no framework here, so the same rules run in server actions (through lib/auth/guard.ts,
 * which re-exports all of this), route handlers, `npm run user` and tests.
 */

/** Why a request has no working session: it ended (signed out, expired, revoked) or the account was deactivated. */
export type SessionEnd = 'ended' | 'deactivated';

export class NotSignedIn extends Error {
  constructor(readonly reason: SessionEnd = 'ended') {
    super(reason === 'deactivated' ? 'Your account has been deactivated. Ask an Admin if you need access again.' : 'Your session has ended. Sign in again.');
    this.name = 'NotSignedIn';
  }
}

export class Forbidden extends Error {
  constructor(message = 'You do not have permission to do that.') {
    super(message);
    this.name = 'Forbidden';
  }
}

/** Input that is well-formed but not acceptable ("Headline is required"). */
export class Invalid extends Error {
  constructor(
    message: string,
    readonly fieldErrors: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'Invalid';
  }
}

export class NotFound extends Error {
  constructor(message = 'That no longer exists.') {
    super(message);
    this.name = 'NotFound';
  }
}

/** Someone else saved first: the caller's version is stale. `current` lets the UI compare. */
export class Conflict<T = unknown> extends Error {
  constructor(
    message: string,
    readonly current?: T,
  ) {
    super(message);
    this.name = 'Conflict';
  }
}

export function assertCan(actor: Actor, permission: Permission, message?: string): void {
  if (!can(actor, permission)) throw new Forbidden(message);
}

export function assertCanOnStory(actor: Actor, permission: Permission, story: StoryAccess, message?: string): void {
  if (!canOnStory(actor, permission, story)) throw new Forbidden(message);
}

export function assertCanOnOwned(actor: Actor, permission: Permission, ownerId: number | null, message?: string): void {
  if (!canOnOwned(actor, permission, ownerId)) throw new Forbidden(message);
}

/**
 * Input checked inside a domain function (which may be called from anywhere, not only through
 * runAction): the parsed value, or Invalid with the first problem of each field.
 */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.infer<Schema> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new Invalid('Some fields need attention.', fieldErrorsOf(parsed.error));
}

/** A form's field errors from zod: the first problem of each field, the one to fix first. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) fieldErrors[issue.path.join('.') || 'form'] ??= issue.message;
  return fieldErrors;
}
