import type { ReactNode } from 'react';
import { ConfirmActionButton } from '@/components/admin/forms/ConfirmActionButton.client';
import type { ActionResult } from '@/lib/auth/guard';
import { ROLE_LABELS } from '@/lib/auth/permissions';
import { formatDateline } from '@/lib/time/format';
import type { StaffDetail } from '@/lib/users/directory';
import type { ProfileForEditing } from '@/lib/users/profile';
import type { LinkHandoverView } from './AccessLinkPanel.client';
import { LinkActionButton } from './LinkActionButton.client';
import { ProfileForm } from './ProfileForm.client';
import { RoleForm } from './RoleForm.client';
import { StaffStatusBadge } from './StaffStatusBadge';

type Action<T> = (state: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;

export interface StaffActions {
  changeRole: Action<unknown>;
  deactivate: Action<unknown>;
  reactivate: Action<unknown>;
  signOutEverywhere: Action<unknown>;
  passwordReset: Action<LinkHandoverView>;
  reissueInvitation: Action<LinkHandoverView>;
  updateProfile: Action<ProfileForEditing>;
}

/**
 * One person: who they are, and the changes the signed-in person may make (detail.may). `profile`
 * is their name, bio and photo for editing, when may.editProfile; `canUpload` lets the photo
 * picker offer uploads.
 */
export function StaffProfile({
  person,
  profile,
  actions,
  timeZone,
  canUpload,
}: {
  person: StaffDetail;
  profile: ProfileForEditing | null;
  actions: StaffActions;
  timeZone: string;
  canUpload: boolean;
}) {
  const { may } = person;
  const anything = may.changeRole || may.deactivate || may.reactivate || may.resetPassword || may.signOutEverywhere || may.reissueInvitation;
  return (
    <div className="max-w-3xl space-y-8">
      <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-sm">
        <dt className="font-semibold">Email</dt>
        <dd className="break-all">{person.email}</dd>
        <dt className="font-semibold">Role</dt>
        <dd data-testid="person-role">{ROLE_LABELS[person.role]}</dd>
        <dt className="font-semibold">Status</dt>
        <dd aria-live="polite">
          <StaffStatusBadge status={person.status} />
        </dd>
        <dt className="font-semibold">Last signed in</dt>
        <dd>{person.lastSignInAt ? formatDateline(person.lastSignInAt, timeZone).text : 'Never'}</dd>
        <dt className="font-semibold">In the newsroom since</dt>
        <dd>{formatDateline(person.createdAt, timeZone).text}</dd>
      </dl>

      {may.editProfile && profile && (
        <Panel title="Profile" description="Name, bio and photo as readers see them in bylines and on the author page.">
          <ProfileForm profile={profile} action={actions.updateProfile} canUpload={canUpload} />
        </Panel>
      )}

      {may.changeRole && (
        <Panel title="Role" description="A new role applies from the person’s next click; they stay signed in.">
          <RoleForm action={actions.changeRole} userId={person.id} role={person.role} roles={may.roles} />
        </Panel>
      )}

      {may.reissueInvitation && (
        <Panel title="Invitation" description={`${person.name} has not chosen a password yet. A new link replaces any earlier one.`}>
          <LinkActionButton action={actions.reissueInvitation} userId={person.id} label="New invitation link" />
        </Panel>
      )}

      {may.resetPassword && (
        <Panel
          title="Password"
          description="A one-time link, valid for 24 hours, with which they choose a new password. Using it signs them out everywhere."
        >
          <LinkActionButton action={actions.passwordReset} userId={person.id} label="Create password reset link" />
        </Panel>
      )}

      {may.signOutEverywhere && (
        <Panel title="Sessions" description="Ends every session of this person at their next click, on every device.">
          <ConfirmActionButton
            action={actions.signOutEverywhere}
            fields={{ userId: person.id }}
            label="Sign out everywhere"
            confirm={<p>Sign {person.isSelf ? 'yourself' : person.name} out on every device?</p>}
            success={person.isSelf ? 'Done. You will be asked to sign in again.' : `${person.name} is signed out everywhere.`}
          />
        </Panel>
      )}

      {(may.deactivate || may.reactivate) && (
        <Panel
          title="Access"
          description={
            may.deactivate
              ? 'A deactivated person cannot sign in; their sessions end at once and unused links stop working. Their stories and bylines stay.'
              : 'Reactivating lets them sign in again with their password.'
          }
        >
          {may.deactivate ? (
            <ConfirmActionButton
              key="deactivate"
              action={actions.deactivate}
              fields={{ userId: person.id }}
              label="Deactivate"
              variant="danger"
              confirm={<p>Deactivate {person.name}? They lose access immediately.</p>}
              success={`${person.name} is deactivated.`}
            />
          ) : (
            <ConfirmActionButton key="reactivate" action={actions.reactivate} fields={{ userId: person.id }} label="Reactivate" success={`${person.name} can sign in again.`} />
          )}
        </Panel>
      )}

      {!anything && <p className="text-neutral-700">Only Admins change roles, deactivate accounts or reset passwords.</p>}
    </div>
  );
}

function Panel({ title, description, children }: { title: string; description: string; children: ReactNode }) {
  return (
    <section className="border-t border-neutral-300 pt-5">
      <h2 className="text-lg font-semibold">
        {title}
      </h2>
      <p className="mb-3 mt-1 text-sm text-neutral-700">{description}</p>
      {children}
    </section>
  );
}
