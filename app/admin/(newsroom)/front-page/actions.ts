'use server';

import { redirect } from 'next/navigation';
import { formFields, runAction, type ActionResult } from '@/lib/auth/guard';
import { expireCachedContent } from '@/lib/content/revalidate';
import { pinHomeLead, pinHomeLeadInput, unpinHomeLead, unpinHomeLeadInput } from '@/lib/editorial/home-lead';

// The home page's lead: runAction re-reads the session and checks the input, lib/editorial checks
// the roles table and commits; then the home page is expired and this page shows the new choice,
// with a confirmation (the button that was pressed is gone from it).

export async function pinHomeLeadAction(_state: unknown, formData: FormData): Promise<ActionResult<never>> {
  const result = await runAction(pinHomeLeadInput, formFields(formData), pinHomeLead);
  if (!result.ok) return result;
  expireCachedContent(result.value.expire);
  redirect('/admin/front-page?pinned=1');
}

export async function unpinHomeLeadAction(_state: unknown, formData: FormData): Promise<ActionResult<never>> {
  const result = await runAction(unpinHomeLeadInput, formFields(formData), unpinHomeLead);
  if (!result.ok) return result;
  expireCachedContent(result.value.expire);
  redirect('/admin/front-page?unpinned=1');
}
