'use client';

import { useId } from 'react';
import { buttonClass } from '@/components/admin/forms/button-class';
import { errorMessage, fieldError } from '@/components/admin/forms/action-state';
import { FormAlert } from '@/components/admin/forms/FormAlert.client';
import { SubmitButton } from '@/components/admin/forms/SubmitButton.client';
import { TextField } from '@/components/admin/forms/TextField';
import { useConfirmStep } from '@/components/admin/forms/useConfirmStep.client';
import { kept, useFormAction } from '@/components/admin/forms/useFormAction.client';
import type { ActionResult } from '@/lib/auth/guard';

/**
 * Merging this tag into another: type the other tag's name and pick it from the suggestions
 * (a native <datalist>, so it works with any assistive technology); the value sent is its slug.
 * A merge cannot be undone, so the first press asks, naming both tags; the server takes a name
 * as well as a slug and answers for one it does not know.
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
  const [state, formAction, formRef] = useFormAction(action);
  const result = state?.result ?? null;
  const listId = useId();
  // A refusal from the server ends the question; the field shows why.
  const { asking, questionId, confirmRef, startRef, ask, drop, cancel } = useConfirmStep<string>(state);

  const stories = tag.storyCount === 1 ? 'its one story moves' : `its ${tag.storyCount} stories move`;
  return (
    <form
      action={formAction}
      ref={formRef}
      className="max-w-lg space-y-4"
      noValidate
      onSubmit={(event) => {
        if (asking !== null) return;
        const typed = new FormData(event.currentTarget).get('intoSlug')?.toString().trim() ?? '';
        if (!typed) return; // the server says what is missing
        event.preventDefault();
        const target = targets.find((candidate) => candidate.slug === typed || candidate.name.toLowerCase() === typed.toLowerCase());
        ask(target?.name ?? typed);
      }}
    >
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
        onChange={drop}
        hint={`Start typing the other tag’s name and choose it. Its ${tag.storyCount === 1 ? 'one story moves' : `${tag.storyCount} stories move`} there and “${tag.name}” is deleted; its page’s address leads to the other tag.`}
      />
      <datalist id={listId}>
        {targets.map((target) => (
          <option key={target.slug} value={target.slug} label={target.name} />
        ))}
      </datalist>
      {asking === null ? (
        <SubmitButton ref={startRef} variant="secondary" pendingLabel="Merging…">
          Merge tags
        </SubmitButton>
      ) : (
        <div className="space-y-3">
          <p id={questionId} className="text-sm text-neutral-800">
            Merge “{tag.name}” into “{asking}”? {stories.charAt(0).toUpperCase()}
            {stories.slice(1)} to “{asking}”, and “{tag.name}” is deleted. This cannot be undone.
          </p>
          <div className="flex flex-wrap gap-2">
            <SubmitButton ref={confirmRef} describedBy={questionId} pendingLabel="Merging…">
              Yes, merge tags
            </SubmitButton>
            <button type="button" className={buttonClass('secondary')} onClick={cancel}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </form>
  );
}
