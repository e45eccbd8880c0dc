import type { Metadata } from 'next';
import { Suspense } from 'react';
import { PageLoading } from '@/components/admin/shell/PageLoading';
import { ArticlePage } from '@/components/article/ArticlePage';
import EditorialProblem, { openOrProblem } from '@/components/admin/stories/EditorialProblem';
import { PreviewNote } from '@/components/admin/stories/PreviewNote';
import { SitePage } from '@/components/masthead/SitePage';
import { requireStaff } from '@/lib/auth/page';
import { getLatestArticles, getRelatedArticles } from '@/lib/content/articles';
import { getSiteChrome } from '@/lib/content/chrome';
import { absoluteUrl } from '@/lib/content/urls';
import { buildPreview } from '@/lib/editorial/preview';
import { rowIdFrom } from '@/lib/db/row-id';

export const metadata: Metadata = { title: 'Preview', robots: { index: false, follow: false } };

/** A story as readers will see it: the public page's own frame, rails included, for staff only. */
export default function PreviewPage({ params, searchParams }: PageProps<'/admin/preview/[id]'>) {
  return (
    <Suspense fallback={<PageLoading />}>
      <Preview params={params} searchParams={searchParams} />
    </Suspense>
  );
}

async function Preview({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const actor = await requireStaff();
  const chrome = await getSiteChrome();
  const storyId = rowIdFrom(id);
  const opened = storyId === null ? null : await openOrProblem(() => buildPreview(actor, storyId, rowIdFrom(query.revision)));
  if (!opened?.ok) {
    return (
      <SitePage chrome={chrome}>
        <EditorialProblem error={opened ? opened.error : null} />
      </SitePage>
    );
  }
  const preview = opened.value;
  const [latest, related] = await Promise.all([getLatestArticles(9), getRelatedArticles(preview.article.id, preview.sectionId, preview.tagIds)]);
  return (
    <>
      <PreviewNote source={preview.source} readersSeeIt={preview.readersSeeIt} deleted={preview.deleted} />
      <SitePage chrome={chrome}>
        <ArticlePage
          article={preview.article}
          timeZone={chrome.settings.timeZone}
          url={absoluteUrl(preview.article.path)}
          xHandle={chrome.settings.xHandle}
          latest={latest}
          related={related}
          today={chrome.day.key}
        />
      </SitePage>
    </>
  );
}
