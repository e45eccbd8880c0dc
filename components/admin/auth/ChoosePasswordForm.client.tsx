'use client';

import { useActionState } from 'react';
import { FormAlert } from '@/components/admin/forms/FormAlert.client';
import { SubmitButton } from '@/components/admin/forms/SubmitButton.client';
import { TextField } from '@/components/admin/forms/TextField';
import { NewPasswordFields } from '@/components/admin/users/NewPasswordFields';

export interface ChoosePasswordState {
  error?: string;
  fieldErrors?: Record<string, string>;
}

/**
 * Choosing a password through a one-time link (accepting an invitation, resetting). The email is
 * shown read-only with autocomplete="username" so password managers file the new password under it.
 */
export function ChoosePasswordForm({
  action,
  token,
  email,
  minLength,
  submitLabel,
}: {
  action: (state: ChoosePasswordState, formData: FormData) => Promise<ChoosePasswordState>;
  token: string;
  email: string;
  minLength: number;
  submitLabel: string;
}) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <FormAlert message={state.error} revision={state} />
      <input type="hidden" name="token" value={token} />
      <TextField name="email" label="Email" type="email" autoComplete="username" value={email} readOnly />
      <NewPasswordFields minLength={minLength} errors={state.fieldErrors ?? {}} autoFocus />
      <SubmitButton pendingLabel="Saving…" className="w-full">
        {submitLabel}
      </SubmitButton>
    </form>
  );
}
