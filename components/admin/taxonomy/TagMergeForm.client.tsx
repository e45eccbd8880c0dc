'use client';

import { useId } from 'react';
import { errorMessage, fieldError } from '@/components/admin/forms/action-state';
import { FormAlert } from '@/components/admin/forms/FormAlert.client';
import { SubmitButton } from '@/components/admin/forms/SubmitButton.client';
import { TextField } from '@/components/admin/forms/TextField';
import { kept, useFormAction } from '@/components/admin/forms/useFormAction.client';
import type { ActionResult } from '@/lib/auth/guard';

/**
 * Merging this tag into another: type the other tag's name and pick it from the suggestions
 * (a native <datalist>, so it works with any assistive technology); the value sent is its slug.
 */
export function TagMergeForm<T>({
  action,
  tag,
  targets,
}: {
  action: (state: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;
  tag: { id: number; name: string; storyCount: number };
  targets: readonly { name: string; slug: string }[];
}) {
  const [state, formAction] = useFormAction(action);
  const result = state?.result ?? null;
  const listId = useId();
  return (
    <form action={formAction} className="max-w-lg space-y-4" noValidate>
      <FormAlert message={errorMessage(result)} revision={state} />
      <input type="hidden" name="id" value={tag.id} />
      <TextField
        name="intoSlug"
        label="Merge into"
        list={listId}
        required
        autoComplete="off"
        spellCheck={false}
        defaultValue={kept(state, 'intoSlug')}
        error={fieldError(result, 'intoSlug')}
        hint={`Start typing the other tag’s name and choose it. Its ${tag.storyCount === 1 ? 'one story moves' : `${tag.storyCount} stories move`} there and “${tag.name}” is deleted; its page’s address leads to the other tag.`}
      />
      <datalist id={listId}>
        {targets.map((target) => (
          <option key={target.slug} value={target.slug} label={target.name} />
        ))}
      </datalist>
      <SubmitButton variant="secondary" pendingLabel="Merging…">
        Merge tags
      </SubmitButton>
    </form>
  );
}
