import type { ActionResult } from '@/lib/auth/guard';

/**
 * Reading a server action's answer (lib/auth/guard.ts ActionResult) in a form. Browser-safe.
 *
 *   const [state, formAction] = useActionState(renameTagAction, null);
 *   <FormAlert message={errorMessage(state)} revision={state} />
 *   <TextField name="name" error={fieldError(state, 'name')} … />
 */
export type ActionState<T> = ActionResult<T> | null;

export function errorMessage(state: ActionState<unknown>): string | undefined {
  return state && !state.ok ? state.message : undefined;
}

export function fieldError(state: ActionState<unknown>, name: string): string | undefined {
  return state && !state.ok ? state.fieldErrors?.[name] : undefined;
}
