'use client';

import { useActionState } from 'react';
import { answeredOrUnanswered, errorMessage, fieldError, type ActionState } from '@/components/admin/forms/action-state';
import { FormAlert } from '@/components/admin/forms/FormAlert.client';
import { SubmitButton } from '@/components/admin/forms/SubmitButton.client';
import { TextField } from '@/components/admin/forms/TextField';
import { NewPasswordFields } from './NewPasswordFields';
import type { ActionResult } from '@/lib/auth/guard';

type PasswordAction = (state: ActionState<null>, formData: FormData) => Promise<ActionResult<null>>;

/**
 * Changing one's own password while signed in: the current one, then the new one twice. A
 * refusal empties the fields (React resets the form; passwords are never kept); success reloads
 * the page with a confirmation (the action redirects). The email
 * rides along, hidden, with autocomplete="username" so password managers file the new password
 * under the right account.
 */
// A changed password ends every session, this one too: say what to try, not "reload to check".
const PASSWORD_UNANSWERED = {
  ok: false,
  code: 'invalid',
  message: 'The server’s answer did not arrive, so your password may or may not have been changed. If you are asked to sign in, try the new one first.',
} as const;

export function PasswordForm({ action, email, minLength }: { action: PasswordAction; email: string; minLength: number }) {
  const [state, formAction] = useActionState<ActionState<null>, FormData>(answeredOrUnanswered(action, PASSWORD_UNANSWERED), null);
  return (
    <form action={formAction} className="max-w-md space-y-5" noValidate aria-label="Change your password">
      <input type="email" autoComplete="username" value={email} readOnly hidden />
      <TextField
        name="currentPassword"
        label="Current password"
        type="password"
        autoComplete="current-password"
        required
        error={fieldError(state, 'currentPassword')}
      />
      <NewPasswordFields minLength={minLength} errors={{ password: fieldError(state, 'password'), confirmation: fieldError(state, 'confirmation') }} />
      <FormAlert message={errorMessage(state)} revision={state} />
      <SubmitButton pendingLabel="Changing…">Change password</SubmitButton>
    </form>
  );
}
