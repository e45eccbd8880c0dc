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

/**
 * What a form shows when its action's answer never arrived: offline, or lost on the way back after
 * the server may already have done it. Said as unknown, never as "nothing was changed".
 */
export const UNANSWERED: Extract<ActionResult<never>, { ok: false }> = {
  ok: false,
  code: 'invalid',
  message: 'The server’s answer did not arrive, so this may or may not have been saved. What you typed is still here: reload the page to check before sending it again.',
};

/** Next's own signals (a redirect, a not-found), which must reach Next rather than be shown. */
export function isNextSignal(error: unknown): boolean {
  const digest = typeof error === 'object' && error !== null && 'digest' in error ? String(error.digest) : '';
  return digest.startsWith('NEXT_');
}

/** `action` for useActionState, answering UNANSWERED rather than throwing (and losing the form) when no answer arrives. */
export function answeredOrUnanswered<T>(action: (state: ActionState<T>, formData: FormData) => Promise<ActionResult<T>>, unanswered = UNANSWERED) {
  return async (state: ActionState<T>, formData: FormData): Promise<ActionResult<T>> => {
    try {
      return await action(state, formData);
    } catch (error) {
      if (isNextSignal(error)) throw error;
      return unanswered;
    }
  };
}
