import type { Metadata } from 'next';
import Link from 'next/link';
import { buttonClass } from '@/components/admin/forms/button-class';
import { PageHeader } from '@/components/admin/shell/PageHeader';
import { StaffFilters } from '@/components/admin/users/StaffFilters.client';
import { StaffTable } from '@/components/admin/users/StaffTable';
import { requireStaffFor } from '@/lib/auth/page';
import { can } from '@/lib/auth/permissions';
import { getSiteSettings } from '@/lib/content/settings';
import { listStaff, staffFilters } from '@/lib/users/directory';

export const metadata: Metadata = { title: 'Users' };

export default async function UsersPage({ searchParams }: PageProps<'/admin/users'>) {
  const actor = await requireStaffFor('/admin/users');
  const filters = staffFilters.parse(await searchParams);
  const [rows, settings] = await Promise.all([listStaff(actor, filters), getSiteSettings()]);
  return (
    <>
      <PageHeader
        title="Users"
        description="Everyone who can sign in to the newsroom, and everyone invited."
        actions={
          <>
            <Link href="/admin/users/invite" className={buttonClass('primary')}>
              Invite someone
            </Link>
            {can(actor, 'manageUsers') && (
              <Link href="/admin/users/new" className={buttonClass('secondary')}>
                Add with a password
              </Link>
            )}
          </>
        }
      />
      <StaffFilters filters={filters} />
      <StaffTable rows={rows} timeZone={settings.timeZone} filtered={Boolean(filters.q || filters.role || filters.status)} />
    </>
  );
}
