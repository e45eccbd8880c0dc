import Link from 'next/link';
import { ACTIVITY_DAYS, type StoryActivity } from '@/lib/admin/activity';
import { LinkedText } from '../LinkedText';
import { newsroomTime } from '../stories/adminTime';

/** The dashboard's "On your stories": what colleagues did to the signed-in person's stories lately. */
export function ActivityList({ activity, timeZone }: { activity: StoryActivity[]; timeZone: string }) {
  return (
    <section aria-labelledby="activity-heading" className="mt-8 border-t-4 border-neutral-900 bg-white p-5 shadow-sm">
      <h2 id="activity-heading" className="text-sm font-semibold uppercase tracking-wider text-neutral-700">
        On your stories
      </h2>
      {activity.length === 0 ? (
        <p className="mt-3 text-neutral-700">Nobody else has changed or commented on your stories in the last {ACTIVITY_DAYS} days.</p>
      ) : (
        <ol className="mt-3 divide-y divide-neutral-200">
          {activity.map((item) => (
            <li key={item.key} className="py-3 [overflow-wrap:anywhere]">
              <p>
                <span className="font-semibold">{item.who ?? 'The system'}</span>{' '}
                <Link href={`/admin/stories/${item.storyId}`} className="underline-offset-2 hover:underline">
                  {item.what}
                </Link>
              </p>
              {item.quote && (
                <blockquote className="mt-1 line-clamp-3 border-l-4 border-neutral-300 pl-3 text-neutral-800">
                  <LinkedText text={item.quote} />
                </blockquote>
              )}
              <time dateTime={item.at.toISOString()} className="block text-sm text-neutral-600">
                {newsroomTime(item.at.toISOString(), timeZone)}
              </time>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
