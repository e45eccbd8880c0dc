import { useId, type InputHTMLAttributes } from 'react';

/**
 * A labelled text input with its hint and error, wired for assistive technology: the error and
 * hint are announced with the field (aria-describedby) and the field says when it is invalid.
 *
 *   <TextField name="email" label="Email" type="email" autoComplete="email" required
 *              error={state.fieldErrors?.email} hint="We send the invitation here." />
 *
 * Every other <input> attribute passes through. Meant for client forms; in a server component pass
 * an `id` (ids made there are unique per request only, not across the pages Next keeps).
 */
export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name'> {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  /**
   * Defaults to a React useId: unique in the whole document, which matters because Next keeps up to
   * three earlier pages in the DOM (hidden, for back/forward) and their fields must not take this
   * field's label. Inside client components (all our forms) the generated id is unique.
   */
  id?: string;
}

export function TextField({ name, label, hint, error, id: givenId, className, ...input }: TextFieldProps) {
  const generatedId = useId();
  const id = givenId ?? `${generatedId}${name}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-semibold text-neutral-900">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="mt-0.5 text-sm text-neutral-600">
          {hint}
        </p>
      )}
      <input
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={`mt-1 block w-full rounded-sm border bg-white px-3 py-2 text-base text-neutral-900 shadow-inner outline-none focus-visible:ring-2 focus-visible:ring-blue-700 focus-visible:ring-offset-1 ${
          error ? 'border-red-700' : 'border-neutral-400'
        }`}
        {...input}
      />
      {error && (
        <p id={errorId} className="mt-1 text-sm font-medium text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}
