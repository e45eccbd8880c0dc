'use client';

import { useActionState, useRef } from 'react';
import type { ActionResult } from '@/lib/auth/guard';
import { answeredOrUnanswered } from './action-state';

/**
 * useActionState for a newsroom form, keeping what was typed. React resets a form after its
 * action answers (fields go back to their defaultValue), so a form whose fields take
 * `defaultValue={kept(state, 'name') ?? saved.name}` gets back the typed text after a refusal,
 * the saved values after success, and in both cases whatever was typed while the save was on its
 * way (that text was not sent, so it must not vanish). Passwords are never kept.
 *
 *   const [state, formAction, formRef] = useFormAction(updateSectionAction);
 *   <form action={formAction} ref={formRef}>
 *   <FormAlert message={errorMessage(state?.result ?? null)} revision={state} />
 */
export interface FormActionState<T> {
  result: ActionResult<T>;
  /** What was sent. */
  values: Record<string, string>;
  /** Fields changed after sending, as they stood when the answer came. */
  typedMeanwhile: Record<string, string>;
}

export function useFormAction<T>(action: (state: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>) {
  const formRef = useRef<HTMLFormElement>(null);
  const [state, formAction] = useActionState<FormActionState<T> | null, FormData>(async (previous, formData) => {
    // An answer that never arrived is told (UNANSWERED), with the typed text kept below.
    const result = await answeredOrUnanswered(action)(previous?.result ?? null, formData);
    const values = keepable(formData);
    const now = formRef.current ? keepable(new FormData(formRef.current)) : values;
    const typedMeanwhile = Object.fromEntries(Object.entries(now).filter(([name, value]) => values[name] !== value));
    return { result, values, typedMeanwhile };
  }, null);
  return [state, formAction, formRef] as const;
}

/** The value `name` should show after the last answer, or undefined for the form's own default. */
export function kept(state: FormActionState<unknown> | null, name: string): string | undefined {
  if (!state) return undefined;
  return state.typedMeanwhile[name] ?? (state.result.ok ? undefined : state.values[name]);
}

function keepable(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of formData) {
    if (typeof value === 'string' && !name.startsWith('$ACTION') && !/password|confirmation/i.test(name)) values[name] = value;
  }
  return values;
}
