'use client';

import { useEffect, useRef } from 'react';

/**
 * The message a form shows after its action answered: an error (role="alert", announced at once)
 * or a confirmation (role="status"). It takes focus when a new message arrives, so keyboard and
 * screen-reader users land on what went wrong rather than at the top of the page.
 *
 *   const [state, formAction] = useActionState(saveSectionAction, null);
 *   <FormAlert tone="error" message={state && !state.ok ? state.message : undefined} />
 *
 * Renders nothing without a message. `revision` forces re-focus when the same message repeats
 * (pass a counter or the state object itself).
 */
export function FormAlert({ message, tone = 'error', revision }: { message?: string | null; tone?: 'error' | 'success'; revision?: unknown }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message, revision]);
  if (!message) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role={tone === 'error' ? 'alert' : 'status'}
      className={`rounded-sm border-l-4 px-4 py-3 text-sm outline-none focus-visible:ring-2 focus-visible:ring-blue-700 ${
        tone === 'error' ? 'border-red-800 bg-red-50 text-red-900' : 'border-green-800 bg-green-50 text-green-900'
      }`}
    >
      {message}
    </div>
  );
}
