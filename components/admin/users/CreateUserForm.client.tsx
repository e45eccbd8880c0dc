'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { errorMessage, fieldError, type ActionState } from '@/components/admin/forms/action-state';
import { FormAlert } from '@/components/admin/forms/FormAlert.client';
import { SelectField } from '@/components/admin/forms/SelectField';
import { SubmitButton } from '@/components/admin/forms/SubmitButton.client';
import { TextField } from '@/components/admin/forms/TextField';
import type { ActionResult } from '@/lib/auth/guard';
import { ROLE_LABELS, ROLES } from '@/lib/auth/permissions';

type Created = { id: number; name: string };
type CreateAction = (state: ActionState<Created>, formData: FormData) => Promise<ActionResult<Created>>;

/** An account with a password the Admin chooses and passes on (Admins only). */
export function CreateUserForm({ action, minPasswordLength }: { action: CreateAction; minPasswordLength: number }) {
  const [state, formAction] = useActionState<ActionState<Created>, FormData>(action, null);
  if (state?.ok) {
    return (
      <div className="space-y-4">
        <FormAlert tone="success" message={`${state.value.name} can now sign in with the password you chose.`} revision={state} />
        <p>
          <Link href={`/admin/users/${state.value.id}`} className="font-semibold underline underline-offset-2">
            Open {state.value.name}
          </Link>{' '}
          ·{' '}
          <Link href="/admin/users" className="font-semibold underline underline-offset-2">
            Back to people
          </Link>
        </p>
      </div>
    );
  }
  return (
    <form action={formAction} className="max-w-lg space-y-5" noValidate>
      <FormAlert message={errorMessage(state)} revision={state} />
      <TextField name="name" label="Name" autoComplete="off" required error={fieldError(state, 'name')} hint="As it will appear in bylines." />
      <TextField name="email" label="Email" type="email" autoComplete="off" spellCheck={false} required error={fieldError(state, 'email')} />
      <SelectField
        name="role"
        label="Role"
        defaultValue="AUTHOR"
        options={ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }))}
        error={fieldError(state, 'role')}
      />
      <TextField
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        minLength={minPasswordLength}
        error={fieldError(state, 'password')}
        hint={`At least ${minPasswordLength} characters. Pass it on safely; they can ask for a reset link later.`}
      />
      <SubmitButton pendingLabel="Creating the account…">Create account</SubmitButton>
    </form>
  );
}
