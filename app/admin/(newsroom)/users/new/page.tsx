import type { Metadata } from 'next';
import { PageHeader } from '@/components/admin/shell/PageHeader';
import { CreateUserForm } from '@/components/admin/users/CreateUserForm.client';
import { requireStaffFor } from '@/lib/auth/page';
import { MIN_PASSWORD_LENGTH } from '@/lib/auth/password';
import { createUserAction } from '../actions';

export const metadata: Metadata = { title: 'Add someone with a password' };

export default async function NewUserPage() {
  await requireStaffFor('/admin/users/new');
  return (
    <>
      <PageHeader title="Add someone with a password" description="For when you set them up in person. Otherwise, invite them: they choose their own password." />
      <CreateUserForm action={createUserAction} minPasswordLength={MIN_PASSWORD_LENGTH} />
    </>
  );
}
