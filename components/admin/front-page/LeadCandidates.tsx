import { ConfirmActionButton } from '@/components/admin/forms/ConfirmActionButton.client';
import type { ActionResult } from '@/lib/auth/guard';
import { FILTER_TEXT_MAX } from '@/lib/db/text';
import type { LeadCandidate } from '@/lib/editorial/home-lead';
import { newsroomTime } from '../stories/adminTime';

type PinAction = (state: ActionResult<never> | null, formData: FormData) => Promise<ActionResult<never>>;

/** One published story as the Front page lists it: headline (a link to the live page), section and time. */
export function LeadStory({ story, timeZone }: { story: LeadCandidate; timeZone: string }) {
  return (
    <div className="min-w-0 [overflow-wrap:anywhere]">
      <a href={story.path} className="font-serif text-lg font-semibold text-neutral-900 underline-offset-2 hover:underline">
        {story.headline}
      </a>
      <p className="text-sm text-neutral-700">
        {story.sectionName} · {newsroomTime(story.publishedAt.toISOString(), timeZone)}
        {!story.hasPicture && ' · no picture: it would lead with words only'}
      </p>
    </div>
  );
}

/**
 * Published stories to pin as the lead, newest first, with a headline search (a GET form, so the
 * list can be reloaded and shared). `pinnedId` is the story pinned now, named in each choice so a
 * choice made from a page showing another pin is refused (lib/editorial/home-lead.ts).
 */
export function LeadCandidates({
  candidates,
  pinnedId,
  query,
  timeZone,
  pin,
}: {
  candidates: LeadCandidate[];
  pinnedId: number | null;
  query: string;
  timeZone: string;
  pin: PinAction;
}) {
  return (
    <>
      <form method="get" action="/admin/front-page" role="search" aria-label="Find a published story" className="mb-4 flex flex-wrap items-end gap-2">
        <label className="flex max-w-full flex-col text-sm">
          Headline contains
          <input name="q" type="search" maxLength={FILTER_TEXT_MAX} defaultValue={query} className="rounded border border-neutral-300 px-2 py-1 text-sm" />
        </label>
        <button type="submit" className="rounded-sm border border-neutral-400 bg-white px-3 py-1 text-sm font-semibold hover:bg-neutral-100">
          Find
        </button>
      </form>
      {candidates.length ? (
        <ul className="divide-y divide-neutral-200 border-y border-neutral-200">
          {candidates.map((story) => (
            <li key={story.id} className="flex flex-wrap items-start justify-between gap-3 py-3">
              <LeadStory story={story} timeZone={timeZone} />
              {story.id === pinnedId ? (
                <p className="text-sm font-semibold text-neutral-800">Leading now</p>
              ) : (
                <ConfirmActionButton
                  action={pin}
                  fields={{ articleId: story.id, replacing: pinnedId ?? 0 }}
                  label="Make lead"
                  pendingLabel="Pinning…"
                />
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-neutral-700">{query ? `No published story has “${query}” in its headline.` : 'Nothing is published yet.'}</p>
      )}
    </>
  );
}
