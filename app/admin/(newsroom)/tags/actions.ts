'use server';

import { refresh } from 'next/cache';
import { redirect } from 'next/navigation';
import { formFields, runAction, type ActionResult } from '@/lib/auth/guard';
import { expireCachedContent } from '@/lib/content/revalidate';
import { mergeTagsInput, renameTagInput, tagRef } from '@/lib/taxonomy/input';
import { deleteTag, mergeTags, renameTag, type TagSummary } from '@/lib/taxonomy/tags';

// Tags: runAction re-reads the session and checks the input, lib/taxonomy checks the roles table
// and commits; then the public pages showing the change are expired.

export async function renameTagAction(_state: unknown, formData: FormData): Promise<ActionResult<TagSummary>> {
  const result = await runAction(renameTagInput, formFields(formData), renameTag);
  if (!result.ok) return result;
  expireCachedContent(result.value.expire);
  refresh();
  return { ok: true, value: result.value.value };
}

export async function mergeTagAction(_state: unknown, formData: FormData): Promise<ActionResult<never>> {
  const result = await runAction(mergeTagsInput, formFields(formData), mergeTags);
  if (!result.ok) return result;
  expireCachedContent(result.value.expire);
  const { into, moved, alreadyTagged } = result.value.value;
  redirect(`/admin/tags/${into.id}?merged=${moved + alreadyTagged}`);
}

export async function deleteTagAction(_state: unknown, formData: FormData): Promise<ActionResult<never>> {
  const result = await runAction(tagRef, formFields(formData), deleteTag);
  if (!result.ok) return result;
  expireCachedContent(result.value.expire);
  redirect(`/admin/tags?deleted=${encodeURIComponent(result.value.value.name)}`);
}
