import type { Metadata } from 'next';
import { PageHeader } from '@/components/admin/shell/PageHeader';
import { InviteForm } from '@/components/admin/users/InviteForm.client';
import { requireStaffFor } from '@/lib/auth/page';
import { invitableRoles } from '@/lib/users/directory';
import { inviteAction } from '../actions';

export const metadata: Metadata = { title: 'Invite someone' };

export default async function InvitePage() {
  const actor = await requireStaffFor('/admin/users/invite');
  return (
    <>
      <PageHeader title="Invite someone" description="They get a one-time link to choose their password and sign in." />
      <InviteForm action={inviteAction} roles={invitableRoles(actor)} />
    </>
  );
}
