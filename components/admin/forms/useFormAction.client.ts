'use client';

import { useActionState } from 'react';
import type { ActionResult } from '@/lib/auth/guard';

/**
 * useActionState for a newsroom form, keeping what was typed when the server refuses it. React
 * resets a form after its action answers (fields go back to their defaultValue), so a form whose
 * fields take `defaultValue={kept(state, 'name') ?? saved.name}` gets the typed text back after a
 * refusal and the saved values after success. Passwords are never kept.
 *
 *   const [state, formAction] = useFormAction(updateSectionAction);
 *   <FormAlert message={errorMessage(state?.result ?? null)} revision={state} />
 */
export interface FormActionState<T> {
  result: ActionResult<T>;
  values: Record<string, string>;
}

export function useFormAction<T>(action: (state: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>) {
  return useActionState<FormActionState<T> | null, FormData>(async (previous, formData) => {
    const result = await action(previous?.result ?? null, formData);
    const values: Record<string, string> = {};
    for (const [name, value] of formData) {
      if (typeof value === 'string' && !name.startsWith('$ACTION') && !/password|confirmation/i.test(name)) values[name] = value;
    }
    return { result, values };
  }, null);
}

/** What was typed into `name`, when the last answer was a refusal. */
export function kept(state: FormActionState<unknown> | null, name: string): string | undefined {
  return state && !state.result.ok ? state.values[name] : undefined;
}
