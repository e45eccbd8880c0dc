import Link from 'next/link';
import type { ArticleSummary } from '@/lib/content/views';
import { latestPath } from '@/lib/content/urls';
import { formatRailTime, toZonedIso } from '@/lib/time/format';
import { MediaBadge } from '../ui/MediaBadge';

/** The "Latest" rail: newest stories across the site with their time, and "See more". */
export function LatestRail({ stories, timeZone, today, excludeId }: { stories: ArticleSummary[]; timeZone: string; today: string; excludeId?: number }) {
  const shown = stories.filter((story) => story.id !== excludeId).slice(0, 8);
  if (!shown.length) return null;
  return (
    <section aria-labelledby="latest-rail-heading" className="font-sans">
      <h2 id="latest-rail-heading" className="border-t-4 border-accent pt-2 text-lg font-bold">
        Latest
      </h2>
      <ol className="mt-2 divide-y divide-rule" role="list">
        {shown.map((story) => (
          <li key={story.id} className="grid grid-cols-[3.75rem_minmax(0,1fr)] gap-2 py-3">
            <time dateTime={toZonedIso(story.publishedAt, timeZone)} className="pt-0.5 text-sm font-semibold tabular-nums text-accent">
              {formatRailTime(story.publishedAt, timeZone, today)}
            </time>
            <Link href={story.path} className="quiet-link font-serif text-[1.02rem] leading-snug font-semibold">
              <MediaBadge marker={story.mediaMarker} />
              {story.headline}
            </Link>
          </li>
        ))}
      </ol>
      <p className="mt-2">
        <Link href={latestPath} className="inline-block font-semibold text-link underline underline-offset-2">
          See more<span className="sr-only"> of the latest stories</span>
        </Link>
      </p>
    </section>
  );
}
