'use client';

import type { ReactNode } from 'react';
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
}: {
  children: ReactNode;
  pendingLabel?: ReactNode;
  variant?: ButtonVariant;
  className?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={`${buttonClass(variant)} ${className}`}>
      {pending ? (pendingLabel ?? children) : children}
    </button>
  );
}
