import type { Metadata } from 'next';
import { Suspense } from 'react';
import { PageLoading } from '@/components/admin/shell/PageLoading';
import { PageHeader } from '@/components/admin/shell/PageHeader';
import StoryTable from '@/components/admin/stories/StoryTable';
import { getSiteSettings } from '@/lib/content/settings';
import { scopeOf } from '@/lib/auth/permissions';
import { requireStaff } from '@/lib/auth/page';
import { reviewQueue } from '@/lib/editorial/queries';

export const metadata: Metadata = { title: 'Review queue', robots: { index: false } };

export default function ReviewPage() {
  return (
    <Suspense fallback={<PageLoading />}>
      <Review />
    </Suspense>
  );
}

async function Review() {
  const actor = await requireStaff();
  const [items, settings] = await Promise.all([reviewQueue(actor), getSiteSettings()]);
  const counts = new Map(items.map((item) => [item.id, item.openComments]));
  return (
    <div className="mx-auto max-w-6xl">
      <PageHeader
        title="Review queue"
        description={scopeOf(actor, 'review') === 'all' ? 'Every story waiting for review, longest waiting first.' : 'Your stories waiting for review.'}
      />
      <StoryTable items={items} timeZone={settings.timeZone} extra={(item) => `${counts.get(item.id) ?? 0} open`} />
    </div>
  );
}
