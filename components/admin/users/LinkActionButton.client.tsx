'use client';

import type { ReactNode } from 'react';
import { ConfirmActionButton } from '@/components/admin/forms/ConfirmActionButton.client';
import type { ActionResult } from '@/lib/auth/guard';
import { AccessLinkPanel, type LinkHandoverView } from './AccessLinkPanel.client';

/** "Reset password" and "New invitation link": a button whose answer is a one-time link. */
export function LinkActionButton({
  action,
  userId,
  label,
  confirm,
}: {
  action: (state: ActionResult<LinkHandoverView> | null, formData: FormData) => Promise<ActionResult<LinkHandoverView>>;
  userId: number;
  label: string;
  confirm?: ReactNode;
}) {
  return (
    <ConfirmActionButton
      action={action}
      fields={{ userId }}
      label={label}
      pendingLabel="Creating the link…"
      confirm={confirm}
      renderResult={(view) => <AccessLinkPanel view={view} />}
    />
  );
}
