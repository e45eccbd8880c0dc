import type { Metadata } from 'next';
import { Suspense } from 'react';
import { PageLoading } from '@/components/admin/shell/PageLoading';
import Link from 'next/link';
import { FocusOnArrival } from '@/components/admin/shell/FocusOnArrival.client';
import { PageHeader } from '@/components/admin/shell/PageHeader';
import EditorialProblem, { openOrProblem } from '@/components/admin/stories/EditorialProblem';
import FieldChanges from '@/components/admin/stories/FieldChanges';
import RestoreRevisionButton from '@/components/admin/stories/RestoreRevisionButton.client';
import WordDiff from '@/components/admin/stories/WordDiff';
import { newsroomTime } from '@/components/admin/stories/adminTime';
import { getSiteSettings } from '@/lib/content/settings';
import { requireStaff } from '@/lib/auth/page';
import { diffRevisions, revisionsOf } from '@/lib/editorial/revisions';
import { rowIdFrom } from '@/lib/db/row-id';

export const metadata: Metadata = { title: 'Revisions', robots: { index: false } };

const ORIGIN: Record<string, string> = { create: 'Created', save: 'Saved', autosave: 'Autosaved', restore: 'Restored' };

export default function RevisionsPage({ params, searchParams }: PageProps<'/admin/stories/[id]/revisions'>) {
  return (
    <Suspense fallback={<PageLoading />}>
      <Revisions params={params} searchParams={searchParams} />
    </Suspense>
  );
}

async function Revisions({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const actor = await requireStaff();
  const storyId = rowIdFrom(id);
  if (storyId === null) return <EditorialProblem error={null} />;
  const opened = await openOrProblem(async () => {
    const [{ revisions, story, mayRestore }, settings] = await Promise.all([revisionsOf(actor, storyId), getSiteSettings()]);
    if (!revisions.length) return null;
    const versions = new Set(revisions.map((revision) => revision.version));
    const pick = (value: string | string[] | undefined, fallback: number) => {
      const number = Number(Array.isArray(value) ? value[0] : value);
      return versions.has(number) ? number : fallback;
    };
    const to = pick(query.to, revisions[0].version);
    const from = pick(query.from, revisions.find((revision) => revision.version < to)?.version ?? to);
    const diff = await diffRevisions(actor, storyId, from, to);
    return { revisions, settings, story, from, to, diff, mayRestore };
  });
  if (!opened.ok) return <EditorialProblem error={opened.error} />;
  if (!opened.value) return <EditorialProblem error={null} />;
  {
    const { revisions, settings, story, from, to, diff, mayRestore } = opened.value;
    // Arrived by Compare: the keyboard goes to the answer.
    const compared = query.from !== undefined || query.to !== undefined;
    // Restoring a revision filed under another address moves the story back there (the old one redirects).
    const movesTo = (address: string) => (address === diff.addresses.current ? null : { from: diff.addresses.current, to: address });
    return (
      <div className="mx-auto max-w-6xl">
        <p className="mb-2 text-sm">
          <Link href={`/admin/stories/${storyId}`} className="underline">
            ← Back to the story
          </Link>
        </p>
        <PageHeader title={`Revisions of “${story.headline}”`} />
        <div className="grid gap-6 lg:grid-cols-[22rem_1fr]">
          <form method="get" className="flex flex-col gap-2" aria-label="Choose two revisions to compare">
            <table className="w-full text-sm">
              <thead>
                <tr className="border-b text-left">
                  <th scope="col">From</th>
                  <th scope="col">To</th>
                  <th scope="col">Revision</th>
                </tr>
              </thead>
              <tbody>
                {revisions.map((revision) => (
                  <tr key={revision.version} className="border-b border-neutral-100 align-top">
                    <td>
                      <input type="radio" name="from" value={revision.version} defaultChecked={revision.version === from} className="size-6" aria-label={`Compare from revision ${revision.version}`} />
                    </td>
                    <td>
                      <input type="radio" name="to" value={revision.version} defaultChecked={revision.version === to} className="size-6" aria-label={`Compare to revision ${revision.version}`} />
                    </td>
                    <td className="py-1" data-testid="revision-row">
                      <span className="font-medium">#{revision.version}</span> {ORIGIN[revision.origin] ?? 'Saved'}
                      {revision.restoredFrom ? ` from #${revision.restoredFrom}` : ''} by {revision.editor}
                      <span className="block text-xs text-neutral-600">{newsroomTime(revision.savedAt, settings.timeZone)}</span>
                      <span className="block">
                        <Link className="inline-flex min-h-6 items-center text-xs underline" href={`/admin/preview/${storyId}?revision=${revision.version}`} target="_blank">
                          Preview
                        </Link>
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <button type="submit" className="self-start rounded bg-neutral-900 px-3 py-1 text-sm text-white">
              Compare
            </button>
          </form>
          <section aria-label={`Changes from revision ${from} to ${to}`} className="flex flex-col gap-4">
            <div className="flex flex-wrap items-center gap-3">
              <h2 id="revision-changes" tabIndex={-1} className="text-lg font-semibold outline-none focus-visible:ring-2 focus-visible:ring-blue-700">
                Revision {from} → {to}
              </h2>
              {compared ? <FocusOnArrival targetId="revision-changes" /> : null}
              {mayRestore && from !== revisions[0].version ? <RestoreRevisionButton id={storyId} version={story.version} revision={from} live={story.status === 'PUBLISHED'} movesTo={movesTo(diff.addresses.from)} /> : null}
              {mayRestore && to !== from && to !== revisions[0].version ? <RestoreRevisionButton id={storyId} version={story.version} revision={to} live={story.status === 'PUBLISHED'} movesTo={movesTo(diff.addresses.to)} /> : null}
              {!mayRestore ? (
                <p className="text-sm text-neutral-700">
                  {story.deleted ? 'The story is deleted: restore it before bringing back a revision.' : 'You can compare revisions but not restore them: the story is not yours to change now.'}
                </p>
              ) : null}
            </div>
            <WordDiff label="Headline" parts={diff.headline} />
            <WordDiff label="Standfirst" parts={diff.standfirst} />
            <WordDiff label="Body" parts={diff.body} />
            {diff.fieldChanges.length ? <FieldChanges changes={diff.fieldChanges} /> : null}
          </section>
        </div>
      </div>
    );
  }
}
