'use client';

import { useId } from 'react';
import { errorMessage, fieldError } from '@/components/admin/forms/action-state';
import { FormAlert } from '@/components/admin/forms/FormAlert.client';
import { SubmitButton } from '@/components/admin/forms/SubmitButton.client';
import { TextField } from '@/components/admin/forms/TextField';
import { kept, useFormAction } from '@/components/admin/forms/useFormAction.client';
import type { ActionResult } from '@/lib/auth/guard';
import type { EditableSettings } from '@/lib/settings/settings';

export interface TimeZoneChoice {
  zone: string;
  /** "Asia/Baku (UTC+04:00)" */
  label: string;
}

/**
 * The site settings in three groups. The time zone is a searchable field: type part of a city or
 * region and pick from the list (a native <datalist>); the server accepts only zones it knows.
 */
export function SettingsForm({
  action,
  settings,
  timeZones,
  timeZoneNow,
}: {
  action: (state: ActionResult<EditableSettings> | null, formData: FormData) => Promise<ActionResult<EditableSettings>>;
  settings: EditableSettings;
  timeZones: readonly TimeZoneChoice[];
  /** "14:05 (UTC+04:00)" in the saved zone. */
  timeZoneNow: string;
}) {
  const [state, formAction, formRef] = useFormAction(action);
  const result = state?.result ?? null;
  const id = useId();
  const value = (name: keyof EditableSettings) => kept(state, name) ?? String(settings[name] ?? '');
  // The rule above each later group is the legend's: a fieldset's own border runs through its legend.
  const group = 'space-y-5';
  const ruledLegend = 'w-full border-t border-neutral-300 pt-5 text-lg font-semibold';
  return (
    <form action={formAction} ref={formRef} className="max-w-2xl space-y-8" noValidate>
      <FormAlert message={errorMessage(result)} revision={state} />
      {result?.ok && <FormAlert tone="success" message="Settings saved. The site shows them from the next page view." revision={state} />}
      <input type="hidden" name="expectedUpdatedAt" value={settings.updatedAt ?? ''} />

      <fieldset className="space-y-5">
        <legend className="text-lg font-semibold">Publication</legend>
        <TextField name="publicationName" label="Name" required defaultValue={value('publicationName')} error={fieldError(result, 'publicationName')} />
        <TextField
          name="tagline"
          label="Tagline"
          defaultValue={value('tagline')}
          error={fieldError(result, 'tagline')}
          hint="Optional. A line under the name plate."
        />
      </fieldset>

      <fieldset className={group}>
        <legend className={ruledLegend}>Time and language</legend>
        <TextField
          name="timeZone"
          label="Time zone"
          list={`${id}time-zones`}
          required
          autoComplete="off"
          spellCheck={false}
          defaultValue={value('timeZone')}
          error={fieldError(result, 'timeZone')}
          hint={`Every date and time on the site is printed in this zone. Type a city or region to search. Now in ${settings.timeZone}: ${timeZoneNow}.`}
        />
        <datalist id={`${id}time-zones`}>
          {timeZones.map((choice) => (
            <option key={choice.zone} value={choice.zone} label={choice.label} />
          ))}
        </datalist>
        <TextField
          name="language"
          label="Language"
          required
          autoComplete="off"
          spellCheck={false}
          defaultValue={value('language')}
          error={fieldError(result, 'language')}
          hint="A BCP 47 language tag: en, az, ru, or with a region like en-GB."
        />
      </fieldset>

      <fieldset className={group}>
        <legend className={ruledLegend}>Social</legend>
        <TextField name="xHandle" label="X handle" defaultValue={value('xHandle')} error={fieldError(result, 'xHandle')} hint="Like @dateline." spellCheck={false} />
        <TextField name="facebookUrl" label="Facebook page" type="url" defaultValue={value('facebookUrl')} error={fieldError(result, 'facebookUrl')} spellCheck={false} />
        <TextField name="telegramUrl" label="Telegram channel" type="url" defaultValue={value('telegramUrl')} error={fieldError(result, 'telegramUrl')} spellCheck={false} />
        <TextField name="youtubeUrl" label="YouTube channel" type="url" defaultValue={value('youtubeUrl')} error={fieldError(result, 'youtubeUrl')} spellCheck={false} />
      </fieldset>

      <fieldset className={group}>
        <legend className={ruledLegend}>Feeds</legend>
        <div className="flex items-start gap-3">
          <input
            id={`${id}feedFullContent`}
            name="feedFullContent"
            type="checkbox"
            defaultChecked={state && !state.result.ok ? state.values.feedFullContent === 'on' : settings.feedFullContent}
            className="size-6 shrink-0"
            aria-describedby={`${id}feedFullContent-hint`}
          />
          <div>
            <label htmlFor={`${id}feedFullContent`} className="font-semibold">
              Whole stories in feeds
            </label>
            <p id={`${id}feedFullContent-hint`} className="text-sm text-neutral-600">
              RSS readers get the full text. Off, they get the standfirst and a link.
            </p>
          </div>
        </div>
      </fieldset>

      <SubmitButton pendingLabel="Saving…">Save settings</SubmitButton>
    </form>
  );
}
