'use client';

import { useActionState } from 'react';
import { FormAlert } from '@/components/admin/forms/FormAlert.client';
import { SubmitButton } from '@/components/admin/forms/SubmitButton.client';
import { TextField } from '@/components/admin/forms/TextField';

export interface SignInState {
  email: string;
  error?: string;
}

/** Email and password. The action answers with one message for every failure (see lib/auth/credentials.ts). */
export function SignInForm({
  action,
  next,
  initialError,
}: {
  action: (state: SignInState, formData: FormData) => Promise<SignInState>;
  next: string;
  initialError?: string;
}) {
  const [state, formAction] = useActionState(action, { email: '', error: initialError });
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <FormAlert message={state.error} revision={state} />
      <input type="hidden" name="next" value={next} />
      <TextField
        name="email"
        label="Email"
        type="email"
        autoComplete="username"
        inputMode="email"
        spellCheck={false}
        required
        defaultValue={state.email}
        autoFocus
      />
      <TextField name="password" label="Password" type="password" autoComplete="current-password" required />
      <SubmitButton pendingLabel="Signing in…" className="w-full">
        Sign in
      </SubmitButton>
    </form>
  );
}
