import Link from 'next/link';
import type { Attention } from '@/lib/admin/attention';
import { formatClock, formatDay } from '@/lib/time/format';

/** The dashboard: my drafts, the review queue, and what goes live next. */
export function AttentionPanel({ attention, timeZone }: { attention: Attention; timeZone: string }) {
  return (
    <div className="grid gap-4 lg:grid-cols-3">
      <Tally
        label="My drafts"
        count={attention.myDrafts}
        href="/admin/stories?view=my-drafts"
        linkText="Open my drafts"
        none="No drafts in progress."
      />
      <Tally
        label={attention.reviewScope === 'all' ? 'Review queue' : 'My stories in review'}
        count={attention.reviewQueue}
        href="/admin/review"
        linkText="Open the review queue"
        none={attention.reviewScope === 'all' ? 'Nothing is waiting for review.' : 'None of your stories is waiting for review.'}
      />
      <section aria-labelledby="scheduled-heading" className="border-t-4 border-neutral-900 bg-white p-5 shadow-sm">
        <h2 id="scheduled-heading" className="text-sm font-semibold uppercase tracking-wider text-neutral-700">
          {attention.scheduleScope === 'all' ? 'Scheduled next' : 'My stories scheduled next'}
        </h2>
        {attention.scheduled.length === 0 ? (
          <p className="mt-3 text-neutral-700">Nothing is scheduled.</p>
        ) : (
          <ol className="mt-3 space-y-3">
            {attention.scheduled.map((story) => (
              <li key={story.id}>
                <Link href={`/admin/stories/${story.id}`} className="font-serif font-semibold underline-offset-2 hover:underline">
                  {story.headline || 'Untitled story'}
                </Link>
                <time dateTime={story.scheduledAt.toISOString()} className="block text-sm text-neutral-600">
                  {formatDay(story.scheduledAt, timeZone)} at {formatClock(story.scheduledAt, timeZone)}
                </time>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}

function Tally({ label, count, href, linkText, none }: { label: string; count: number; href: string; linkText: string; none: string }) {
  const id = `tally-${label.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <section aria-labelledby={id} className="border-t-4 border-neutral-900 bg-white p-5 shadow-sm">
      <h2 id={id} className="text-sm font-semibold uppercase tracking-wider text-neutral-700">
        {label}
      </h2>
      <p className="mt-2 font-serif text-5xl font-bold tabular-nums text-neutral-900" data-testid={id}>
        {count}
      </p>
      {count === 0 ? (
        <p className="mt-2 text-neutral-700">{none}</p>
      ) : (
        <Link href={href} className="mt-2 inline-block font-semibold underline underline-offset-2">
          {linkText}
        </Link>
      )}
    </section>
  );
}
