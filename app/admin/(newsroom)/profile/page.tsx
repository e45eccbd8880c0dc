import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { FlashMessage } from '@/components/admin/shell/FlashMessage';
import { PageHeader } from '@/components/admin/shell/PageHeader';
import { PasswordForm } from '@/components/admin/users/PasswordForm.client';
import { ProfileForm } from '@/components/admin/users/ProfileForm.client';
import { requireStaff } from '@/lib/auth/page';
import { MIN_PASSWORD_LENGTH } from '@/lib/auth/password';
import { can } from '@/lib/auth/permissions';
import { getProfile } from '@/lib/users/profile';
import { changePasswordAction, updateProfileAction } from './actions';

export const metadata: Metadata = { title: 'Your profile' };

export default async function ProfilePage({ searchParams }: PageProps<'/admin/profile'>) {
  const actor = await requireStaff();
  const [profile, query] = await Promise.all([getProfile(actor, actor.id), searchParams]);
  return (
    <>
      <PageHeader
        title="Your profile"
        description={
          profile.authorPath ? (
            <>
              Readers see your name, bio and photo in your bylines and on{' '}
              <a href={profile.authorPath} target="_blank" rel="noreferrer" className="underline underline-offset-2">
                your author page
              </a>
              .
            </>
          ) : (
            'Readers see your name, bio and photo in your bylines, and on your author page once a story of yours is published.'
          )
        }
      />
      {query.password === 'changed' && <FlashMessage>Password changed. You are still signed in here; other devices will ask for the new password.</FlashMessage>}
      <div className="max-w-3xl space-y-10">
        <Section title="Name, bio and photo">
          <ProfileForm profile={profile} action={updateProfileAction} canUpload={can(actor, 'uploadImages')} />
        </Section>
        <Section title="Password" description="Changing it signs you out on your other devices.">
          <PasswordForm action={changePasswordAction} email={profile.email} minLength={MIN_PASSWORD_LENGTH} />
        </Section>
      </div>
    </>
  );
}

function Section({ title, description, children }: { title: string; description?: string; children: ReactNode }) {
  return (
    <section className="space-y-3">
      <div>
        <h2 className="text-lg font-semibold">{title}</h2>
        {description && <p className="mt-1 text-sm text-neutral-700">{description}</p>}
      </div>
      {children}
    </section>
  );
}
