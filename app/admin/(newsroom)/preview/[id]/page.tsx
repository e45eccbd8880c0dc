import type { Metadata } from 'next';
import { Suspense } from 'react';
import { ArticlePage } from '@/components/article/ArticlePage';
import EditorialProblem, { openOrProblem } from '@/components/admin/stories/EditorialProblem';
import { requireStaff } from '@/lib/auth/page';
import { getSiteSettings } from '@/lib/content/settings';
import { absoluteUrl } from '@/lib/content/urls';
import { buildPreview } from '@/lib/editorial/preview';
import { dayKey } from '@/lib/time/format';
import { rowIdFrom } from '@/lib/db/row-id';

export const metadata: Metadata = { title: 'Preview', robots: { index: false, follow: false } };

export default function PreviewPage({ params, searchParams }: PageProps<'/admin/preview/[id]'>) {
  return (
    <Suspense fallback={<p className="p-4">Loading preview…</p>}>
      <Preview params={params} searchParams={searchParams} />
    </Suspense>
  );
}

async function Preview({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const actor = await requireStaff();
  const storyId = rowIdFrom(id);
  if (storyId === null) return <EditorialProblem error={null} />;
  const opened = await openOrProblem(() =>
    Promise.all([buildPreview(actor, storyId, rowIdFrom(query.revision)), getSiteSettings()]),
  );
  if (!opened.ok) return <EditorialProblem error={opened.error} />;
  const [preview, settings] = opened.value;
  const readersSeeIt = preview.status === 'PUBLISHED' && !preview.revision;
  return (
    <>
      <p role="note" className="bg-amber-100 px-4 py-2 text-center text-sm">
        Preview{preview.revision ? ` of revision ${preview.revision}` : ''}: {readersSeeIt ? 'readers see this version' : 'readers cannot see this'}.
      </p>
      <div className="mx-auto mt-6 max-w-6xl">
        <ArticlePage
          article={preview.article}
          timeZone={settings.timeZone}
          url={absoluteUrl(preview.article.path)}
          xHandle={settings.xHandle}
          today={dayKey(new Date(), settings.timeZone)}
        />
      </div>
    </>
  );
}
