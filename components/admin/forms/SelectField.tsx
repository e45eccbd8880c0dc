import { useId, type SelectHTMLAttributes } from 'react';

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

export function SelectField({ name, label, options, hint, error, id: givenId, className, ...select }: SelectFieldProps) {
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
      <select
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={`mt-1 block w-full rounded-sm border bg-white px-3 py-2 text-base text-neutral-900 outline-none focus-visible:ring-2 focus-visible:ring-blue-700 focus-visible:ring-offset-1 ${
          error ? 'border-red-700' : 'border-neutral-400'
        }`}
        {...select}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {error && (
        <p id={errorId} className="mt-1 text-sm font-medium text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}
