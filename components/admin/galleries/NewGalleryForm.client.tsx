'use client';

import { errorMessage, fieldError } from '@/components/admin/forms/action-state';
import { FormAlert } from '@/components/admin/forms/FormAlert.client';
import { SubmitButton } from '@/components/admin/forms/SubmitButton.client';
import { TextField } from '@/components/admin/forms/TextField';
import { kept, useFormAction } from '@/components/admin/forms/useFormAction.client';
import type { ActionResult } from '@/lib/auth/guard';
import { DESCRIPTION_MAX, TITLE_MAX } from '@/lib/galleries/input';

/**
 * Title and description; the gallery's address is made from the title and can be changed later.
 * The action answers only a refusal: a created gallery opens in its editor.
 */
export function NewGalleryForm({ action }: { action: (state: ActionResult<never> | null, formData: FormData) => Promise<ActionResult<never>> }) {
  const [state, formAction, formRef] = useFormAction(action);
  const result = state?.result ?? null;
  const descriptionError = fieldError(result, 'description');
  return (
    <form action={formAction} ref={formRef} className="max-w-2xl space-y-5" noValidate>
      <FormAlert message={errorMessage(result)} revision={state} />
      <TextField
        name="title"
        label="Title"
        required
        maxLength={TITLE_MAX}
        defaultValue={kept(state, 'title')}
        error={fieldError(result, 'title')}
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
          defaultValue={kept(state, 'description')}
          aria-invalid={descriptionError ? true : undefined}
          aria-describedby={descriptionError ? 'field-description-error' : undefined}
          className="mt-1 block w-full rounded-sm border border-neutral-400 bg-white px-3 py-2 shadow-inner outline-none focus-visible:ring-2 focus-visible:ring-blue-700"
        />
        {descriptionError && (
          <p id="field-description-error" className="mt-1 text-sm font-medium text-red-800">
            {descriptionError}
          </p>
        )}
      </div>
      <SubmitButton pendingLabel="Creating…">Create gallery</SubmitButton>
    </form>
  );
}
