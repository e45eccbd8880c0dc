'use client';

import { errorMessage, fieldError } from '@/components/admin/forms/action-state';
import { FormAlert } from '@/components/admin/forms/FormAlert.client';
import { SubmitButton } from '@/components/admin/forms/SubmitButton.client';
import { TextField } from '@/components/admin/forms/TextField';
import { kept, useFormAction } from '@/components/admin/forms/useFormAction.client';
import type { ActionResult } from '@/lib/auth/guard';

type SectionAction<T> = (state: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;

export interface SectionFormValues {
  id: number;
  name: string;
  slug: string;
  description: string;
  updatedAt: string;
  publishedCount: number;
}

/**
 * A new section (no `section`) or an existing one. Changing an existing slug moves every story's
 * address; the hint says how many and that the old addresses redirect.
 */
export function SectionForm<T>({ action, section }: { action: SectionAction<T>; section?: SectionFormValues }) {
  const [state, formAction, formRef] = useFormAction(action);
  const result = state?.result ?? null;
  return (
    <form action={formAction} ref={formRef} className="max-w-lg space-y-5" noValidate>
      <FormAlert message={errorMessage(result)} revision={state} />
      {result?.ok && <FormAlert tone="success" message={section ? 'Section saved.' : 'Section created. It is at the end of the navigation.'} revision={state} />}
      {section && (
        <>
          <input type="hidden" name="id" value={section.id} />
          <input type="hidden" name="updatedAt" value={section.updatedAt} />
        </>
      )}
      <TextField
        name="name"
        label="Name"
        required
        defaultValue={kept(state, 'name') ?? section?.name}
        error={fieldError(result, 'name')}
        autoComplete="off"
      />
      <TextField
        name="slug"
        label="Slug"
        defaultValue={kept(state, 'slug') ?? section?.slug}
        error={fieldError(result, 'slug')}
        autoComplete="off"
        spellCheck={false}
        hint={
          section
            ? `The section’s address: /${section.slug}. Changing it moves ${
                section.publishedCount === 1 ? 'its published story' : `all ${section.publishedCount} published stories`
              } to new addresses; the old ones keep working and redirect.`
            : 'The section’s address, like /business. Leave empty to make one from the name.'
        }
      />
      <TextField
        name="description"
        label="Description"
        defaultValue={kept(state, 'description') ?? section?.description}
        error={fieldError(result, 'description')}
        hint="Optional. Shown on the section page and to search engines."
      />
      <SubmitButton pendingLabel="Saving…">{section ? 'Save section' : 'Create section'}</SubmitButton>
    </form>
  );
}
