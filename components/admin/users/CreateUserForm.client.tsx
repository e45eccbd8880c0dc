'use client';

import Link from 'next/link';
import { errorMessage, fieldError } from '@/components/admin/forms/action-state';
import { FormAlert } from '@/components/admin/forms/FormAlert.client';
import { SubmitButton } from '@/components/admin/forms/SubmitButton.client';
import { TextField } from '@/components/admin/forms/TextField';
import { useFormAction } from '@/components/admin/forms/useFormAction.client';
import type { ActionResult } from '@/lib/auth/guard';
import { PersonFields } from './PersonFields';
import { ROLES } from '@/lib/auth/permissions';

type Created = { id: number; name: string };
type CreateAction = (state: ActionResult<Created> | null, formData: FormData) => Promise<ActionResult<Created>>;

/** An account with a password the Admin chooses and passes on (Admins only). */
export function CreateUserForm({ action, minPasswordLength }: { action: CreateAction; minPasswordLength: number }) {
  const [state, formAction, formRef] = useFormAction(action);
  const result = state?.result ?? null;
  if (result?.ok) {
    return (
      <div className="space-y-4">
        <FormAlert tone="success" message={`${result.value.name} can now sign in with the password you chose.`} revision={state} />
        <p>
          <Link href={`/admin/users/${result.value.id}`} className="font-semibold underline underline-offset-2">
            Open {result.value.name}
          </Link>{' '}
          ·{' '}
          <Link href="/admin/users" className="font-semibold underline underline-offset-2">
            Back to users
          </Link>
        </p>
      </div>
    );
  }
  return (
    <form action={formAction} ref={formRef} className="max-w-lg space-y-5" noValidate>
      <FormAlert message={errorMessage(result)} revision={state} />
      <PersonFields state={state} roles={ROLES} />
      <TextField
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        minLength={minPasswordLength}
        error={fieldError(result, 'password')}
        hint={`At least ${minPasswordLength} characters. Pass it on safely; they can ask for a reset link later.`}
      />
      <SubmitButton pendingLabel="Creating the account…">Create account</SubmitButton>
    </form>
  );
}
