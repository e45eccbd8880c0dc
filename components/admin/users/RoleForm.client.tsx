'use client';

import { errorMessage, fieldError } from '@/components/admin/forms/action-state';
import { FormAlert } from '@/components/admin/forms/FormAlert.client';
import { SelectField } from '@/components/admin/forms/SelectField';
import { SubmitButton } from '@/components/admin/forms/SubmitButton.client';
import { kept, useFormAction } from '@/components/admin/forms/useFormAction.client';
import type { ActionResult } from '@/lib/auth/guard';
import { ROLE_LABELS, type Role } from '@/lib/auth/permissions';

type RoleAction = (state: ActionResult<unknown> | null, formData: FormData) => Promise<ActionResult<unknown>>;

/**
 * Changing someone's role; the form names the role it showed, so a change made meanwhile is not
 * overwritten, and a choice made while the save was on its way stays chosen.
 */
export function RoleForm({ action, userId, role, roles }: { action: RoleAction; userId: number; role: Role; roles: readonly Role[] }) {
  const [state, formAction, formRef] = useFormAction(action);
  const result = state?.result ?? null;
  const shown = kept(state, 'role') ?? role;
  return (
    <form action={formAction} ref={formRef} className="space-y-3">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="expectedRole" value={role} />
      <div className="flex flex-wrap items-end gap-3">
        <SelectField
          key={`${role}:${shown}`}
          name="role"
          label="Role"
          defaultValue={shown}
          options={roles.map((option) => ({ value: option, label: ROLE_LABELS[option] }))}
          error={fieldError(result, 'role')}
          className="w-48"
        />
        <SubmitButton variant="secondary" pendingLabel="Saving…">
          Change role
        </SubmitButton>
      </div>
      <FormAlert message={errorMessage(result)} revision={state} />
      {result?.ok && <FormAlert tone="success" message={`Role saved: ${ROLE_LABELS[role]}. It applies from their next click.`} revision={state} />}
    </form>
  );
}
