'use client';

import { useActionState } from 'react';
import { FormAlert } from '@/components/admin/forms/FormAlert.client';
import { SubmitButton } from '@/components/admin/forms/SubmitButton.client';
import { TextField } from '@/components/admin/forms/TextField';
import { DESCRIPTION_MAX, TITLE_MAX } from '@/lib/galleries/input';

export interface NewGalleryState {
  /** Why the server refused (ActionErrorCode of lib/auth/guard.ts). */
  code?: string;
  message?: string;
  fieldErrors?: Record<string, string>;
  title?: string;
  description?: string;
}

/** Title and description; the gallery's address is made from the title and can be changed later. */
export function NewGalleryForm({ action }: { action: (state: NewGalleryState, formData: FormData) => Promise<NewGalleryState> }) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} className="max-w-2xl space-y-5" noValidate>
      <FormAlert message={state.message} revision={state} />
      <TextField
        name="title"
        label="Title"
        required
        maxLength={TITLE_MAX}
        defaultValue={state.title}
        error={state.fieldErrors?.title}
        hint="Readers see it above the photos. The gallery’s address is made from it."
        autoFocus
      />
      <div>
        <label htmlFor="field-description" className="block text-sm font-semibold text-neutral-900">
          Description <span className="font-normal text-neutral-600">(optional)</span>
        </label>
        <textarea
          id="field-description"
          name="description"
          rows={3}
          maxLength={DESCRIPTION_MAX}
          defaultValue={state.description}
          aria-invalid={state.fieldErrors?.description ? true : undefined}
          aria-describedby={state.fieldErrors?.description ? 'field-description-error' : undefined}
          className="mt-1 block w-full rounded-sm border border-neutral-400 bg-white px-3 py-2 shadow-inner outline-none focus-visible:ring-2 focus-visible:ring-blue-700"
        />
        {state.fieldErrors?.description && (
          <p id="field-description-error" className="mt-1 text-sm font-medium text-red-800">
            {state.fieldErrors.description}
          </p>
        )}
      </div>
      <SubmitButton pendingLabel="Creating…">Create gallery</SubmitButton>
    </form>
  );
}
