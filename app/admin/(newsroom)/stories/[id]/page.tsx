import type { Metadata } from 'next';
import { Suspense } from 'react';
import { PageLoading } from '@/components/admin/shell/PageLoading';
import StoryEditor from '@/components/admin/editor/StoryEditor.client';
import EditorialProblem, { openOrProblem } from '@/components/admin/stories/EditorialProblem';
import { getSiteSettings } from '@/lib/content/settings';
import { requireStaff } from '@/lib/auth/page';
import { loadEditorStory, newStoryRights, sectionOptions, staffOptions } from '@/lib/editorial/queries';
import { latestRestoredFrom } from '@/lib/editorial/revisions';
import { rowIdFrom } from '@/lib/db/row-id';

export const metadata: Metadata = { title: 'Edit story', robots: { index: false } };

export default function EditStoryPage({ params, searchParams }: PageProps<'/admin/stories/[id]'>) {
  return (
    <Suspense fallback={<PageLoading />}>
      <EditStory params={params} searchParams={searchParams} />
    </Suspense>
  );
}

async function EditStory({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  // Arriving from the revisions page's Restore (RestoreRevisionButton): said only when it is so.
  const asked = typeof query.restored === 'string' && /^[1-9][0-9]{0,8}$/.test(query.restored) ? Number(query.restored) : null;
  const actor = await requireStaff();
  const storyId = rowIdFrom(id);
  if (storyId === null) return <EditorialProblem error={null} />;
  const opened = await openOrProblem(() => Promise.all([loadEditorStory(actor, storyId), sectionOptions(), staffOptions(), getSiteSettings()]));
  if (!opened.ok) return <EditorialProblem error={opened.error} />;
  const [story, sections, staff, settings] = opened.value;
  const restored = asked !== null && (await latestRestoredFrom(storyId)) === asked ? asked : null;
  return (
      <StoryEditor
        key={story.id}
        story={story}
        sections={sections}
        staff={staff}
        galleries={story.galleries}
        currentUser={{ id: actor.id, name: actor.name }}
        newStoryRights={newStoryRights(actor)}
        timeZone={settings.timeZone}
        arrivalNotice={restored ? `Revision ${restored} restored: the story is that version now, saved as a new revision.` : undefined}
      />
  );
}
