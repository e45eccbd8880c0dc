import Link from 'next/link';
import type { StoryListItem } from '@/lib/editorial/queries';
import RestoreStoryButton from './RestoreStoryButton.client';
import { newsroomTime } from './adminTime';

const STATUS: Record<StoryListItem['status'], string> = {
  DRAFT: 'Draft',
  IN_REVIEW: 'In review',
  SCHEDULED: 'Scheduled',
  PUBLISHED: 'Published',
  UNPUBLISHED: 'Unpublished',
};

/** Stories as a table: headline (to the editor), status, section, byline, last change. */
export default function StoryTable({ items, timeZone, extra }: { items: StoryListItem[]; timeZone: string; extra?: (item: StoryListItem) => React.ReactNode }) {
  if (!items.length) return <p className="py-6 text-neutral-600">No stories match.</p>;
  return (
    // On a phone the table scrolls sideways rather than squeezing each column to a word a line.
    <div className="overflow-x-auto">
      <table className="w-full min-w-[40rem] border-collapse text-sm">
        <thead>
          <tr className="border-b border-neutral-300 text-left">
            <th scope="col" className="py-2 pr-3">Headline</th>
            <th scope="col" className="py-2 pr-3">Status</th>
            <th scope="col" className="py-2 pr-3">Section</th>
            <th scope="col" className="py-2 pr-3">Byline</th>
            <th scope="col" className="py-2 pr-3">Last change</th>
            {extra ? <th scope="col" className="py-2">Comments</th> : null}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} className="border-b border-neutral-100 align-top">
              <td className="py-2 pr-3">
                {item.mayOpen ? (
                  <Link href={`/admin/stories/${item.id}`} className="font-medium hover:underline">
                    {item.headline}
                  </Link>
                ) : (
                  // Someone else's published story: listed for reference, read on the site.
                  <span className="font-medium">{item.headline}</span>
                )}
                {item.publicPath ? (
                  <a href={item.publicPath} className="ml-2 inline-block py-1 text-xs text-neutral-600 underline" target="_blank" rel="noreferrer">
                    on site
                  </a>
                ) : null}
              </td>
              <td className="py-2 pr-3">
                {item.deleted ? 'Deleted' : STATUS[item.status]}
                {item.status === 'SCHEDULED' && item.scheduledAt ? <span className="block text-xs text-neutral-600">{newsroomTime(item.scheduledAt, timeZone)}</span> : null}
                {item.status === 'IN_REVIEW' && item.submittedAt && !item.deleted ? (
                  <span className="block text-xs text-neutral-600">since {newsroomTime(item.submittedAt, timeZone)}</span>
                ) : null}
                {item.deleted && item.mayDelete ? <RestoreStoryButton id={item.id} version={item.version} headline={item.headline} /> : null}
              </td>
              <td className="py-2 pr-3">{item.section}</td>
              <td className="py-2 pr-3">{item.byline}</td>
              <td className="py-2 pr-3 whitespace-nowrap">{newsroomTime(item.updatedAt, timeZone)}</td>
              {extra ? <td className="py-2">{extra(item)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
