import { fieldError } from '@/components/admin/forms/action-state';
import { SelectField } from '@/components/admin/forms/SelectField';
import { TextField } from '@/components/admin/forms/TextField';
import { kept, type FormActionState } from '@/components/admin/forms/useFormAction.client';
import { ROLE_LABELS, type Role } from '@/lib/auth/permissions';

/** Name, email and role of someone joining the newsroom, keeping what was typed after a refusal. */
export function PersonFields({ state, roles }: { state: FormActionState<unknown> | null; roles: readonly Role[] }) {
  const result = state?.result ?? null;
  return (
    <>
      <TextField name="name" label="Name" autoComplete="off" required defaultValue={kept(state, 'name')} error={fieldError(result, 'name')} hint="As it will appear in bylines." />
      <TextField name="email" label="Email" type="email" autoComplete="off" spellCheck={false} required defaultValue={kept(state, 'email')} error={fieldError(result, 'email')} />
      <SelectField
        name="role"
        label="Role"
        defaultValue={kept(state, 'role') ?? (roles.includes('AUTHOR') ? 'AUTHOR' : roles[0])}
        options={roles.map((role) => ({ value: role, label: ROLE_LABELS[role] }))}
        error={fieldError(result, 'role')}
      />
    </>
  );
}
