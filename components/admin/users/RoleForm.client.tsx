'use client';

import { useActionState } from 'react';
import { errorMessage, fieldError, type ActionState } from '@/components/admin/forms/action-state';
import { FormAlert } from '@/components/admin/forms/FormAlert.client';
import { SelectField } from '@/components/admin/forms/SelectField';
import { SubmitButton } from '@/components/admin/forms/SubmitButton.client';
import type { ActionResult } from '@/lib/auth/guard';
import { ROLE_LABELS, type Role } from '@/lib/auth/permissions';

type RoleAction = (state: ActionState<unknown>, formData: FormData) => Promise<ActionResult<unknown>>;

/** Changing someone's role; the form names the role it showed, so a change made meanwhile is not overwritten. */
export function RoleForm({ action, userId, role, roles }: { action: RoleAction; userId: number; role: Role; roles: readonly Role[] }) {
  const [state, formAction] = useActionState<ActionState<unknown>, FormData>(action, null);
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="expectedRole" value={role} />
      <div className="flex flex-wrap items-end gap-3">
        <SelectField
          key={role}
          name="role"
          label="Role"
          defaultValue={role}
          options={roles.map((option) => ({ value: option, label: ROLE_LABELS[option] }))}
          error={fieldError(state, 'role')}
          className="w-48"
        />
        <SubmitButton variant="secondary" pendingLabel="Saving…">
          Change role
        </SubmitButton>
      </div>
      <FormAlert message={errorMessage(state)} revision={state} />
      {state?.ok && <FormAlert tone="success" message={`Role saved: ${ROLE_LABELS[role]}. It applies from their next click.`} revision={state} />}
    </form>
  );
}
