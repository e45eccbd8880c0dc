'use client';

import { useActionState, useEffect, useRef, type ReactNode } from 'react';
import { safeNextPath } from '@/lib/auth/admin-paths';
import { FormAlert } from '@/components/admin/forms/FormAlert.client';
import { SubmitButton } from '@/components/admin/forms/SubmitButton.client';
import { TextField } from '@/components/admin/forms/TextField';

export interface SignInState {
  email: string;
  error?: string;
}

const FIRST_VISIT: SignInState = { email: '' };

/**
 * Email and password. The action answers with one message for every failure (see
 * lib/auth/credentials.ts). The form is part of the page's static shell, so it can be typed into
 * at once and nothing streamed later replaces it; `children` is the request-time part (a message
 * the address brought).
 */
export function SignInForm({ action, children }: { action: (state: SignInState, formData: FormData) => Promise<SignInState>; children: ReactNode }) {
  const [state, formAction] = useActionState(action, FIRST_VISIT);
  const nextField = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // The shell is prerendered without the address's query: where to go next is read here (the
    // action checks it again). Without JavaScript the action reads it from the page's address.
    const query = new URLSearchParams(window.location.search);
    if (nextField.current) nextField.current.value = safeNextPath(query.get('next') ?? query.get('callbackUrl'));
  }, []);
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <FormAlert message={state.error} revision={state} />
      {/* After an attempt, its own answer replaces any message the address brought. */}
      <div hidden={state !== FIRST_VISIT}>{children}</div>
      <input ref={nextField} type="hidden" name="next" defaultValue="" />
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
