'use client';

import Image from 'next/image';
import { useActionState, useId, useState, useTransition, type FormEvent } from 'react';
import { answeredOrUnanswered, errorMessage, fieldError, type ActionState } from '@/components/admin/forms/action-state';
import { buttonClass } from '@/components/admin/forms/button-class';
import { FormAlert } from '@/components/admin/forms/FormAlert.client';
import { TextField } from '@/components/admin/forms/TextField';
import { MediaPicker, type PickedImage } from '@/components/admin/media/MediaPicker.client';
import type { ActionResult } from '@/lib/auth/guard';
import { imageSrc } from '@/lib/media/variants';
import { BIO_MAX, NAME_MAX } from '@/lib/users/limits';
import type { ProfileForEditing, ProfilePhoto } from '@/lib/users/profile';

type ProfileAction = (state: ActionState<ProfileForEditing>, formData: FormData) => Promise<ActionResult<ProfileForEditing>>;

/**
 * Display name, bio and photo: what readers see on the author page and in bylines. The same form
 * for one's own profile and, for Admins, anyone's (the Users page). The photo comes from the media
 * library through the story editor's picker. Fields are controlled (the bio's counter, the picked
 * photo), so the form is sent from onSubmit: React's automatic reset after a form action would
 * put the controlled fields out of step with what they show.
 */
export function ProfileForm({ profile, action, canUpload }: { profile: ProfileForEditing; action: ProfileAction; canUpload: boolean }) {
  const id = useId();
  const [state, dispatch, pending] = useActionState<ActionState<ProfileForEditing>, FormData>(answeredOrUnanswered(action), null);
  const [, startTransition] = useTransition();
  const [name, setName] = useState(profile.name);
  const [bio, setBio] = useState(profile.bio);
  const [photo, setPhoto] = useState<ProfilePhoto | null>(profile.photo);
  const [picking, setPicking] = useState(false);

  // After a save, show what the server kept (the bio's spaces tidied), adjusted while rendering;
  // a field changed while the save was on its way keeps the newer text.
  const [answered, setAnswered] = useState(state);
  const [sent, setSent] = useState({ name, bio, photo });
  if (state !== answered) {
    setAnswered(state);
    if (state?.ok) {
      if (name === sent.name) setName(state.value.name);
      if (bio === sent.bio) setBio(state.value.bio);
      if (photo === sent.photo) setPhoto(state.value.photo);
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    setSent({ name, bio, photo });
    startTransition(() => dispatch(formData));
  }

  const bioId = `${id}-bio`;
  const bioError = fieldError(state, 'bio');
  const photoError = fieldError(state, 'avatarId');
  const whose = profile.isSelf ? 'your' : `${profile.name}’s`;

  return (
    <>
      <form onSubmit={submit} className="space-y-5" noValidate aria-label={profile.isSelf ? 'Your profile' : `${profile.name}’s profile`}>
        <input type="hidden" name="userId" value={profile.id} />
        <TextField
          name="name"
          label="Display name"
          required
          maxLength={NAME_MAX}
          autoComplete="off"
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={fieldError(state, 'name')}
          hint="As it appears in bylines and on the author page. The author page’s address stays the same."
        />

        <div>
          <div className="flex items-baseline justify-between gap-3">
            <label htmlFor={bioId} className="block text-sm font-semibold text-neutral-900">
              Bio
            </label>
            <span className={`text-xs ${bio.length >= BIO_MAX ? 'font-medium text-red-700' : 'text-neutral-600'}`} aria-hidden>
              {bio.length}/{BIO_MAX}
            </span>
          </div>
          <p id={`${bioId}-hint`} className="mt-0.5 text-sm text-neutral-600">
            A few sentences in plain text, shown on the author page and used as its description in search results.
            <span className="sr-only">
              {' '}
              {bio.length} of {BIO_MAX} characters.
            </span>
          </p>
          <textarea
            id={bioId}
            name="bio"
            rows={5}
            maxLength={BIO_MAX}
            value={bio}
            onChange={(event) => setBio(event.target.value)}
            aria-invalid={bioError ? true : undefined}
            aria-describedby={[bioError ? `${bioId}-error` : null, `${bioId}-hint`].filter(Boolean).join(' ')}
            className={`mt-1 block w-full rounded-sm border bg-white px-3 py-2 text-base text-neutral-900 shadow-inner outline-none focus-visible:ring-2 focus-visible:ring-blue-700 focus-visible:ring-offset-1 ${
              bioError ? 'border-red-700' : 'border-neutral-400'
            }`}
          />
          {bioError && (
            <p id={`${bioId}-error`} className="mt-1 text-sm font-medium text-red-800">
              {bioError}
            </p>
          )}
        </div>

        <fieldset aria-describedby={photoError ? `${id}-photo-error` : undefined}>
          <legend className="text-sm font-semibold text-neutral-900">Photo</legend>
          <input type="hidden" name="avatarId" value={photo?.id ?? ''} />
          <div className="mt-2 flex flex-wrap items-center gap-4">
            {photo ? (
              <Image
                src={photo.src}
                alt={photo.alt ? `Photo: ${photo.alt}` : `Photo of ${profile.name}`}
                width={photo.width}
                height={photo.height}
                sizes="96px"
                className="aspect-square w-24 rounded-full bg-neutral-200 object-cover"
              />
            ) : (
              <p className="text-sm text-neutral-700">No photo. The author page shows the name and bio alone.</p>
            )}
            <div className="flex gap-2">
              <button type="button" className={buttonClass('secondary')} onClick={() => setPicking(true)}>
                {photo ? 'Change photo' : 'Choose photo'}
              </button>
              {photo && (
                <button type="button" className={buttonClass('secondary')} onClick={() => setPhoto(null)}>
                  Remove photo
                </button>
              )}
            </div>
          </div>
          {photoError && (
            <p id={`${id}-photo-error`} className="mt-1 text-sm font-medium text-red-800">
              {photoError}
            </p>
          )}
        </fieldset>

        <FormAlert message={errorMessage(state)} revision={state} />
        {state?.ok && <FormAlert tone="success" message={profile.isSelf ? 'Your profile is saved.' : `${state.value.name}’s profile is saved.`} revision={state} />}
        <button type="submit" disabled={pending} aria-disabled={pending} className={buttonClass('primary')}>
          {pending ? 'Saving…' : 'Save profile'}
        </button>
      </form>
      {/* Outside the form: the picker has forms of its own (an image's alt text), and forms do not nest. */}
      <MediaPicker
        open={picking}
        canUpload={canUpload}
        title={`Choose ${whose} photo`}
        pickLabel="Use as profile photo"
        onClose={() => setPicking(false)}
        onPick={(image: PickedImage) => {
          setPhoto({ id: image.id, src: imageSrc(image.storageKey), width: image.width, height: image.height, alt: image.alt });
          setPicking(false);
        }}
      />
    </>
  );
}
