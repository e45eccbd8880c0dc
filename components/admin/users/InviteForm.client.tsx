'use client';

import Link from 'next/link';
import { errorMessage } from '@/components/admin/forms/action-state';
import { FormAlert } from '@/components/admin/forms/FormAlert.client';
import { SubmitButton } from '@/components/admin/forms/SubmitButton.client';
import { useFormAction } from '@/components/admin/forms/useFormAction.client';
import type { ActionResult } from '@/lib/auth/guard';
import { PersonFields } from './PersonFields';
import type { Role } from '@/lib/auth/permissions';
import { AccessLinkPanel, type LinkHandoverView } from './AccessLinkPanel.client';

type InviteAction = (state: ActionResult<LinkHandoverView> | null, formData: FormData) => Promise<ActionResult<LinkHandoverView>>;

/** Name, email and role of someone new; the answer is their one-time link. */
export function InviteForm({ action, roles }: { action: InviteAction; roles: readonly Role[] }) {
  const [state, formAction, formRef] = useFormAction(action);
  const result = state?.result ?? null;
  if (result?.ok) {
    return (
      <div className="space-y-4">
        <AccessLinkPanel view={result.value} />
        <p>
          <Link href="/admin/users/invite" className="font-semibold underline underline-offset-2">
            Invite someone else
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
      <PersonFields state={state} roles={roles} />
      <p className="text-sm text-neutral-700">
        You will get a one-time link to pass on; the person chooses their own password with it. The link works for 7 days.
      </p>
      <SubmitButton pendingLabel="Creating the invitation…">Create invitation</SubmitButton>
    </form>
  );
}
