import { useId, type ReactNode } from 'react';

/** What a form control needs to be tied to its label, hint and error. */
export interface FieldControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
  className: string;
}

/**
 * The label, hint and error around one form control, wired for assistive technology: the error
 * and hint are announced with the control (aria-describedby), which says when it is invalid.
 * `children` draws the control from the props it must carry.
 */
export function FieldFrame(props: {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  id?: string;
  className?: string;
  /** Extra classes for the control (the input's inner shadow). */
  controlClass?: string;
  children: (control: FieldControlProps) => ReactNode;
}) {
  const generatedId = useId();
  const id = props.id ?? `${generatedId}${props.name}`;
  const hintId = props.hint ? `${id}-hint` : undefined;
  const errorId = props.error ? `${id}-error` : undefined;
  return (
    <div className={props.className}>
      <label htmlFor={id} className="block text-sm font-semibold text-neutral-900">
        {props.label}
      </label>
      {props.hint && (
        <p id={hintId} className="mt-0.5 text-sm text-neutral-600">
          {props.hint}
        </p>
      )}
      {props.children({
        id,
        'aria-invalid': props.error ? true : undefined,
        'aria-describedby': [errorId, hintId].filter(Boolean).join(' ') || undefined,
        className: `mt-1 block w-full rounded-sm border bg-white px-3 py-2 text-base text-neutral-900 outline-none focus-visible:ring-2 focus-visible:ring-blue-700 focus-visible:ring-offset-1 ${
          props.controlClass ?? ''
        } ${props.error ? 'border-red-700' : 'border-neutral-400'}`,
      })}
      {props.error && (
        <p id={errorId} className="mt-1 text-sm font-medium text-red-800">
          {props.error}
        </p>
      )}
    </div>
  );
}
