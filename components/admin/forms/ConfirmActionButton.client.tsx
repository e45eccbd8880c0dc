'use client';

import { useActionState, type ReactNode } from 'react';
import type { ActionResult } from '@/lib/auth/guard';
import { buttonClass, type ButtonVariant } from './button-class';
import { FormAlert } from './FormAlert.client';
import { useConfirmStep } from './useConfirmStep.client';

/**
 * One button that runs a server action with fixed fields ("Deactivate", "Sign out everywhere"),
 * optionally after an inline confirmation step: the first press asks, with the consequence in
 * words, and focus moves to the confirming button; Cancel puts focus back. The answer is shown
 * beside it: an error, a confirmation, or whatever `renderResult` makes of the value (only from
 * client components: a function cannot cross from the server).
 */
export function ConfirmActionButton<T>({
  action,
  fields,
  label,
  pendingLabel = 'Working…',
  variant = 'secondary',
  confirm,
  success,
  renderResult,
}: {
  action: (state: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;
  fields: Record<string, string | number>;
  label: string;
  pendingLabel?: string;
  variant?: ButtonVariant;
  /** The question asked before acting; omit to act at once. */
  confirm?: ReactNode;
  /** Shown (role="status") after it worked. */
  success?: string;
  renderResult?: (value: T) => ReactNode;
}) {
  const [state, formAction, pending] = useActionState<ActionResult<T> | null, FormData>(action, null);
  const { asking: question, questionId, confirmRef, startRef, ask, cancel } = useConfirmStep<true>(state);
  const asking = question !== null;

  const showForm = !confirm || asking;
  return (
    <div className="space-y-3">
      {!showForm && (
        <button ref={startRef} type="button" className={buttonClass(variant)} onClick={() => ask(true)}>
          {label}
        </button>
      )}
      {showForm && (
        <form action={formAction} className="space-y-3">
          {Object.entries(fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          {confirm && (
            <div id={questionId} className="text-sm text-neutral-800">
              {confirm}
            </div>
          )}
          <div className="flex flex-wrap gap-2">
            <button ref={confirmRef} type="submit" aria-describedby={confirm ? questionId : undefined} disabled={pending} className={buttonClass(confirm && variant === 'secondary' ? 'primary' : variant)}>
              {pending ? pendingLabel : confirm ? `Yes, ${label.charAt(0).toLowerCase()}${label.slice(1)}` : label}
            </button>
            {confirm && (
              <button
                type="button"
                disabled={pending}
                className={buttonClass('secondary')}
                onClick={cancel}
              >
                Cancel
              </button>
            )}
          </div>
        </form>
      )}
      {state && !state.ok && <FormAlert message={state.message} revision={state} />}
      {state?.ok && success && <FormAlert tone="success" message={success} revision={state} />}
      {state?.ok && renderResult?.(state.value)}
    </div>
  );
}
