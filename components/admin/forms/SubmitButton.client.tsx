'use client';

import type { ReactNode, Ref } from 'react';
import { useFormStatus } from 'react-dom';
import { buttonClass, type ButtonVariant } from './button-class';

/**
 * The submit button of a <form action={serverAction}>: disabled and relabelled while the form is
 * being sent, so nobody submits twice.
 *
 *   <SubmitButton pendingLabel="Saving…">Save</SubmitButton>
 *   <SubmitButton variant="secondary">Cancel invitation</SubmitButton>
 */
export function SubmitButton({
  children,
  pendingLabel,
  variant = 'primary',
  className = '',
  ref,
  describedBy,
}: {
  children: ReactNode;
  /** For a form that moves focus to its button (a confirming step). */
  ref?: Ref<HTMLButtonElement>;
  /** The id of the words that explain what pressing it does (a confirmation's question). */
  describedBy?: string;
  pendingLabel?: ReactNode;
  variant?: ButtonVariant;
  className?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <button ref={ref} type="submit" aria-describedby={describedBy} disabled={pending} aria-disabled={pending} className={`${buttonClass(variant)} ${className}`}>
      {pending ? (pendingLabel ?? children) : children}
    </button>
  );
}
