import type { Metadata } from 'next';
import { Suspense } from 'react';
import EditorialProblem, { openOrProblem } from '@/components/admin/stories/EditorialProblem';
import { getSiteSettings } from '@/lib/content/settings';
import { renderDocument } from '@/lib/document/render';
import { requireStaff } from '@/lib/auth/page';
import { buildPreview } from '@/lib/editorial/preview';
import { formatDateline } from '@/lib/time/format';

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
  const storyId = Number(id);
  const revisionParam = Number(Array.isArray(query.revision) ? query.revision[0] : query.revision);
  if (!Number.isInteger(storyId) || storyId <= 0) return <EditorialProblem error={null} />;
  const opened = await openOrProblem(() =>
    Promise.all([buildPreview(actor, storyId, Number.isInteger(revisionParam) && revisionParam > 0 ? revisionParam : null), getSiteSettings()]),
  );
  if (!opened.ok) return <EditorialProblem error={opened.error} />;
  {
    const [preview, settings] = opened.value;
    const { article } = preview;
    const dateline = formatDateline(article.publishedAt, settings.timeZone);
    return (
      <>
        <p role="note" className="bg-amber-100 px-4 py-2 text-center text-sm">
          Preview{preview.revision ? ` of revision ${preview.revision}` : ''}: readers {preview.status === 'PUBLISHED' && !preview.revision ? 'see the published version' : 'cannot see this'}.
        </p>
        {/* TODO(reader): render with components/article/* once they land on main. */}
        <main className="mx-auto max-w-3xl p-4">
          <article>
            <h1 className="font-serif text-3xl font-bold">{article.headline}</h1>
            <p className="mt-2 text-lg">{article.standfirst}</p>
            <p className="mt-2 text-sm">{article.byline.length ? `By ${article.byline.map((author) => author.name).join(', ')}` : article.creditLine}</p>
            <time dateTime={dateline.dateTime} className="text-sm text-neutral-500">
              {dateline.text}
            </time>
            <div className="prose mt-6 font-serif">{renderDocument(article.body, { figure: () => null, gallery: () => null })}</div>
          </article>
        </main>
      </>
    );
  }
}
