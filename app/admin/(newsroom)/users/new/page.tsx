import type { Metadata } from 'next';
import { NotPermitted } from '@/components/admin/shell/NotPermitted';
import { PageHeader } from '@/components/admin/shell/PageHeader';
import { CreateUserForm } from '@/components/admin/users/CreateUserForm.client';
import { requireStaff } from '@/lib/auth/page';
import { MIN_PASSWORD_LENGTH } from '@/lib/auth/password';
import { can } from '@/lib/auth/permissions';
import { createUserAction } from '../actions';

export const metadata: Metadata = { title: 'Add someone with a password' };

export default async function NewUserPage() {
  const actor = await requireStaff();
  if (!can(actor, 'manageUsers')) return <NotPermitted what="creating accounts with a password" />;
  return (
    <>
      <PageHeader title="Add someone with a password" description="For when you set them up in person. Otherwise, invite them: they choose their own password." />
      <CreateUserForm action={createUserAction} minPasswordLength={MIN_PASSWORD_LENGTH} />
    </>
  );
}
