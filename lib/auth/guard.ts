import 'server-only';
import { z } from 'zod';
import { Conflict, fieldErrorsOf, Forbidden, Invalid, NotFound, NotSignedIn } from './authorize';
import { getCurrentUser, whySignedOut, type CurrentUser } from './current-user';
import { withoutControlCharactersDeep } from '../db/text';

export { assertCan, assertCanOnOwned, assertCanOnStory, Conflict, Forbidden, Invalid, NotFound, NotSignedIn, parseInput } from './authorize';

/**
 * How every server action and admin route handler meets the permissions table:
 *
 *   export async function publishStoryAction(input: unknown) {
 *     'use server';
 *     return runAction(publishInput, input, (actor, data) => publishStory(actor, data));
 *   }
 *
 * runAction resolves the signed-in user from the database (no user, a deactivated one or a revoked
 * session all fail here), validates the input with zod, and turns the domain's errors into a
 * result the form can show. The domain function (lib/editorial, lib/users, lib/media …) takes the
 * actor first and checks the table itself with `assertCan` / `assertCanOnStory`, so the rule
 * holds whoever calls it: server action, route handler, CLI or test. The refusals and assertions
 * live in ./authorize.ts (no session, importable anywhere) and are re-exported here.
 */

export type ActionErrorCode = 'unauthenticated' | 'forbidden' | 'invalid' | 'not_found' | 'conflict';

export type ActionResult<T> =
  | { ok: true; value: T }
  | { ok: false; code: ActionErrorCode; message: string; fieldErrors?: Record<string, string>; current?: unknown };

export async function requireActor(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new NotSignedIn(await whySignedOut());
  return user;
}

export async function runAction<Schema extends z.ZodType, Output>(
  schema: Schema,
  input: unknown,
  work: (actor: CurrentUser, data: z.infer<Schema>) => Promise<Output>,
): Promise<ActionResult<Output>> {
  try {
    const actor = await requireActor();
    // PostgreSQL stores no NUL (one would fail the query, not the form), and readers would see
    // other control characters as empty boxes: a crafted request or a broken paste loses them here.
    const parsed = schema.safeParse(withoutControlCharactersDeep(input));
    if (!parsed.success) {
      return { ok: false, code: 'invalid', message: 'Some fields need attention.', fieldErrors: fieldErrorsOf(parsed.error) };
    }
    return { ok: true, value: await work(actor, parsed.data) };
  } catch (error) {
    return toActionError(error);
  }
}

export function toActionError(error: unknown): Extract<ActionResult<never>, { ok: false }> {
  if (error instanceof NotSignedIn) return { ok: false, code: 'unauthenticated', message: error.message };
  if (error instanceof Forbidden) return { ok: false, code: 'forbidden', message: error.message };
  if (error instanceof Invalid) return { ok: false, code: 'invalid', message: error.message, fieldErrors: error.fieldErrors };
  if (error instanceof NotFound) return { ok: false, code: 'not_found', message: error.message };
  if (error instanceof Conflict) return { ok: false, code: 'conflict', message: error.message, current: error.current };
  throw error;
}

/**
 * A submitted form as a plain object for runAction's zod schema: one value per name, an array
 * when a name repeats (checkboxes, multi-selects). React's own `$ACTION_…` fields are dropped.
 *
 *   export async function renameSectionAction(_state: unknown, formData: FormData) {
 *     return runAction(renameSectionInput, formFields(formData), renameSection);
 *   }
 */
export function formFields(formData: FormData): Record<string, FormDataEntryValue | FormDataEntryValue[]> {
  const fields: Record<string, FormDataEntryValue | FormDataEntryValue[]> = {};
  for (const [name, value] of formData) {
    if (name.startsWith('$ACTION_')) continue;
    const previous = fields[name];
    fields[name] = previous === undefined ? value : Array.isArray(previous) ? [...previous, value] : [previous, value];
  }
  return fields;
}
