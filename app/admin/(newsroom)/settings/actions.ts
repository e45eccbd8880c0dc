'use server';

import { refresh } from 'next/cache';
import { formFields, runAction, type ActionResult } from '@/lib/auth/guard';
import { expireCachedContent } from '@/lib/content/revalidate';
import { settingsInput } from '@/lib/settings/input';
import { updateSettings, type EditableSettings } from '@/lib/settings/settings';

export async function updateSettingsAction(_state: unknown, formData: FormData): Promise<ActionResult<EditableSettings>> {
  // An unticked checkbox sends nothing: say "off" explicitly.
  const result = await runAction(settingsInput, { feedFullContent: false, ...formFields(formData) }, updateSettings);
  if (!result.ok) return result;
  expireCachedContent(result.value.expire);
  refresh();
  return { ok: true, value: result.value.value };
}
