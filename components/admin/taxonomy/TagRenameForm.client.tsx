'use client';

import { errorMessage, fieldError } from '@/components/admin/forms/action-state';
import { FormAlert } from '@/components/admin/forms/FormAlert.client';
import { SubmitButton } from '@/components/admin/forms/SubmitButton.client';
import { TextField } from '@/components/admin/forms/TextField';
import { kept, useFormAction } from '@/components/admin/forms/useFormAction.client';
import type { ActionResult } from '@/lib/auth/guard';

/** A tag's name and slug; the form names the name it showed, so a rename made meanwhile is not overwritten. */
export function TagRenameForm<T>({
  action,
  tag,
}: {
  action: (state: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;
  tag: { id: number; name: string; slug: string };
}) {
  const [state, formAction, formRef] = useFormAction(action);
  const result = state?.result ?? null;
  return (
    <form action={formAction} ref={formRef} className="max-w-lg space-y-5" noValidate>
      <FormAlert message={errorMessage(result)} revision={state} />
      {result?.ok && <FormAlert tone="success" message="Tag saved." revision={state} />}
      <input type="hidden" name="id" value={tag.id} />
      <input type="hidden" name="expectedName" value={tag.name} />
      <input type="hidden" name="expectedSlug" value={tag.slug} />
      <TextField name="name" label="Name" required defaultValue={kept(state, 'name') ?? tag.name} error={fieldError(result, 'name')} autoComplete="off" />
      <TextField
        name="slug"
        label="Slug"
        defaultValue={kept(state, 'slug') ?? tag.slug}
        error={fieldError(result, 'slug')}
        autoComplete="off"
        spellCheck={false}
        hint={`The tag page’s address: /tag/${tag.slug}. Leave empty to make one from the name. If it changes, the old address leads here.`}
      />
      <SubmitButton pendingLabel="Saving…">Save tag</SubmitButton>
    </form>
  );
}
