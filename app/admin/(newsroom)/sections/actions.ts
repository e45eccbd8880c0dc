'use server';

import { refresh } from 'next/cache';
import { redirect } from 'next/navigation';
import { formFields, runAction, type ActionResult } from '@/lib/auth/guard';
import { expireCachedContent } from '@/lib/content/revalidate';
import { createSectionInput, reorderSectionsInput, sectionRef, updateSectionInput } from '@/lib/taxonomy/input';
import { createSection, deleteSection, reorderSections, updateSection, type SectionSummary, type SectionUpdate } from '@/lib/taxonomy/sections';

// Sections: runAction re-reads the session and checks the input, lib/taxonomy checks the roles
// table and commits; then the public pages showing the change are expired.

export async function createSectionAction(_state: unknown, formData: FormData): Promise<ActionResult<SectionSummary>> {
  const result = await runAction(createSectionInput, formFields(formData), createSection);
  if (!result.ok) return result;
  expireCachedContent(result.value.expire);
  refresh();
  return { ok: true, value: result.value.value };
}

export async function updateSectionAction(_state: unknown, formData: FormData): Promise<ActionResult<SectionUpdate>> {
  const result = await runAction(updateSectionInput, formFields(formData), updateSection);
  if (!result.ok) return result;
  expireCachedContent(result.value.expire);
  refresh();
  return { ok: true, value: result.value.value };
}

/** Called with the whole new order ({ order: [id, …] }) by the reorder list, which already shows it. */
export async function reorderSectionsAction(input: unknown): Promise<ActionResult<{ order: number[] }>> {
  const result = await runAction(reorderSectionsInput, input, reorderSections);
  if (!result.ok) return result;
  expireCachedContent(result.value.expire);
  return { ok: true, value: result.value.value };
}

export async function deleteSectionAction(_state: unknown, formData: FormData): Promise<ActionResult<{ id: number }>> {
  const result = await runAction(sectionRef, formFields(formData), deleteSection);
  if (!result.ok) return result;
  expireCachedContent(result.value.expire);
  redirect('/admin/sections?deleted=1');
}
