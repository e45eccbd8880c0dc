'use server';

import { refresh } from 'next/cache';
import { formFields, runAction, type ActionResult } from '@/lib/auth/guard';
import { getSiteSettings } from '@/lib/content/settings';
import { formatDateline } from '@/lib/time/format';
import type { AccessLinkHandover } from '@/lib/users/account-mail';
import { changeRoleInput, createUserInput, inviteInput, userRef } from '@/lib/users/input';
import {
  changeRole,
  createUser,
  deactivateUser,
  inviteUser,
  issuePasswordReset,
  reactivateUser,
  reissueInvitation,
  signOutEverywhere,
  type StaffMember,
} from '@/lib/users/manage';
import type { LinkHandoverView } from '@/components/admin/users/AccessLinkPanel.client';

// The Users pages' actions: each goes through runAction (session re-read, input checked) into
// lib/users, which checks the permissions table. A changed page is refreshed for the person.

async function handoverView(user: StaffMember, handover: AccessLinkHandover): Promise<LinkHandoverView> {
  const { timeZone } = await getSiteSettings();
  const expires = formatDateline(handover.expiresAt, timeZone).text;
  return handover.delivered
    ? { kind: handover.kind, name: user.name, email: user.email, expires, delivered: true }
    : { kind: handover.kind, name: user.name, email: user.email, expires, delivered: false, link: handover.link };
}

function refreshed<T>(result: ActionResult<T>): ActionResult<T> {
  if (result.ok) refresh();
  return result;
}

export async function inviteAction(_state: unknown, formData: FormData): Promise<ActionResult<LinkHandoverView>> {
  return refreshed(
    await runAction(inviteInput, formFields(formData), async (actor, input) => {
      const { user, handover } = await inviteUser(actor, input);
      return handoverView(user, handover);
    }),
  );
}

export async function reissueInvitationAction(_state: unknown, formData: FormData): Promise<ActionResult<LinkHandoverView>> {
  return refreshed(
    await runAction(userRef, formFields(formData), async (actor, input) => {
      const { user, handover } = await reissueInvitation(actor, input);
      return handoverView(user, handover);
    }),
  );
}

export async function passwordResetAction(_state: unknown, formData: FormData): Promise<ActionResult<LinkHandoverView>> {
  return refreshed(
    await runAction(userRef, formFields(formData), async (actor, input) => {
      const { user, handover } = await issuePasswordReset(actor, input);
      return handoverView(user, handover);
    }),
  );
}

export async function createUserAction(_state: unknown, formData: FormData): Promise<ActionResult<{ id: number; name: string }>> {
  return refreshed(
    await runAction(createUserInput, formFields(formData), async (actor, input) => {
      const user = await createUser(actor, input);
      return { id: user.id, name: user.name };
    }),
  );
}

export async function changeRoleAction(_state: unknown, formData: FormData): Promise<ActionResult<StaffMember>> {
  return refreshed(await runAction(changeRoleInput, formFields(formData), changeRole));
}

export async function deactivateAction(_state: unknown, formData: FormData): Promise<ActionResult<StaffMember>> {
  return refreshed(await runAction(userRef, formFields(formData), deactivateUser));
}

export async function reactivateAction(_state: unknown, formData: FormData): Promise<ActionResult<StaffMember>> {
  return refreshed(await runAction(userRef, formFields(formData), reactivateUser));
}

export async function signOutEverywhereAction(_state: unknown, formData: FormData): Promise<ActionResult<StaffMember>> {
  return refreshed(await runAction(userRef, formFields(formData), signOutEverywhere));
}
