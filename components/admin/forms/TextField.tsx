import type { InputHTMLAttributes } from 'react';
import { FieldFrame } from './FieldFrame';

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

export function TextField({ name, label, hint, error, id, className, ...input }: TextFieldProps) {
  return (
    <FieldFrame name={name} label={label} hint={hint} error={error} id={id} className={className} controlClass="shadow-inner">
      {(control) => <input name={name} {...control} {...input} />}
    </FieldFrame>
  );
}
