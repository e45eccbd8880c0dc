import type { SelectHTMLAttributes } from 'react';
import { FieldFrame } from './FieldFrame';

/**
 * A labelled <select> with hint and error, wired like TextField (aria-describedby, aria-invalid).
 *
 *   <SelectField name="role" label="Role" options={[{ value: 'AUTHOR', label: 'Author' }]} />
 */
export interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'name'> {
  name: string;
  label: string;
  options: readonly { value: string; label: string }[];
  hint?: string;
  error?: string;
  id?: string;
}

export function SelectField({ name, label, options, hint, error, id, className, ...select }: SelectFieldProps) {
  return (
    <FieldFrame name={name} label={label} hint={hint} error={error} id={id} className={className}>
      {(control) => (
        <select name={name} {...control} {...select}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
