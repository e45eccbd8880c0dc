import { can, canOnStory, type Actor, type Permission, type StoryAccess } from './permissions';

/**
 * The refusals every domain function throws and the permission checks it starts with. No session
 * and no framework here, so the same rules run in server actions (through lib/auth/guard.ts,
 * which re-exports all of this), route handlers, `npm run user` and tests.
 */

export class NotSignedIn extends Error {
  constructor() {
    super('Your session has ended. Sign in again.');
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
