import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PageHeader } from '@/components/admin/shell/PageHeader';
import { StaffProfile } from '@/components/admin/users/StaffProfile';
import { NotFound } from '@/lib/auth/authorize';
import { requireStaffFor } from '@/lib/auth/page';
import { can } from '@/lib/auth/permissions';
import { getSiteSettings } from '@/lib/content/settings';
import { getStaffDetail } from '@/lib/users/directory';
import { getProfile } from '@/lib/users/profile';
import { rowIdFrom } from '@/lib/db/row-id';
import { updateProfileAction } from '../../profile/actions';
import {
  changeRoleAction,
  deactivateAction,
  passwordResetAction,
  reactivateAction,
  reissueInvitationAction,
  signOutEverywhereAction,
} from '../actions';

export const metadata: Metadata = { title: 'Person' };

const ACTIONS = {
  changeRole: changeRoleAction,
  deactivate: deactivateAction,
  reactivate: reactivateAction,
  signOutEverywhere: signOutEverywhereAction,
  passwordReset: passwordResetAction,
  reissueInvitation: reissueInvitationAction,
  updateProfile: updateProfileAction,
};

export default async function PersonPage({ params }: PageProps<'/admin/users/[id]'>) {
  const actor = await requireStaffFor('/admin/users');
  const { id } = await params;
  const personId = rowIdFrom(id);
  if (personId === null) notFound();
  const [person, settings] = await Promise.all([
    getStaffDetail(actor, personId).catch((error: unknown) => {
      if (error instanceof NotFound) notFound();
      throw error;
    }),
    getSiteSettings(),
  ]);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/users" className="underline underline-offset-2">
          ← Users
        </Link>
      </p>
      <PageHeader title={person.name} description={person.isSelf ? 'This is you.' : undefined} />
      <StaffProfile
        person={person}
        profile={person.may.editProfile ? await getProfile(actor, person.id) : null}
        actions={ACTIONS}
        timeZone={settings.timeZone}
        canUpload={can(actor, 'uploadImages')}
      />
    </>
  );
}
