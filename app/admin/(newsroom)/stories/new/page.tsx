import type { Metadata } from 'next';
import { Suspense } from 'react';
import { PageLoading } from '@/components/admin/shell/PageLoading';
import StoryEditor from '@/components/admin/editor/StoryEditor.client';
import { getSiteSettings } from '@/lib/content/settings';
import { requireStaff } from '@/lib/auth/page';
import { galleryOptions, newStoryRights, sectionOptions, staffOptions } from '@/lib/editorial/queries';

export const metadata: Metadata = { title: 'New story', robots: { index: false } };

export default function NewStoryPage() {
  return (
    <Suspense fallback={<PageLoading />}>
      <NewStory />
    </Suspense>
  );
}

async function NewStory() {
  const actor = await requireStaff();
  const [sections, staff, galleries, settings] = await Promise.all([sectionOptions(), staffOptions(), galleryOptions(), getSiteSettings()]);
  if (!sections.length) return <p className="p-4">Create a section first (Sections in the menu); every story belongs to one.</p>;
  return (
    <StoryEditor story={null} sections={sections} staff={staff} galleries={galleries} currentUser={{ id: actor.id, name: actor.name }} newStoryRights={newStoryRights(actor)} timeZone={settings.timeZone} />
  );
}
