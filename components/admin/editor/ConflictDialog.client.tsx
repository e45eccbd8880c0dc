'use client';

import { diffWords } from 'diff';
import { useEffect, useId, useRef } from 'react';
import { documentToText } from '@/lib/document/text';
import type { ConflictState } from '@/lib/editorial/save';
import type { DraftState } from './StoryEditor.client';
import { DiffParts } from '../stories/DiffParts';
import { newsroomTime } from '../stories/adminTime';

/** "the story is now …" */
const STATUS_WORDS: Record<ConflictState['status'] | 'DELETED', string> = {
  DRAFT: 'a draft',
  IN_REVIEW: 'in review',
  SCHEDULED: 'scheduled',
  PUBLISHED: 'published',
  UNPUBLISHED: 'off the site',
  DELETED: 'deleted',
};

const sameList = (a: readonly number[], b: readonly number[]) => a.join() === b.join();
const text = (value: string | null) => value ?? '';

/** Fields outside the word-by-word comparison, by the name the editor shows them under. */
function otherDifferences(theirs: ConflictState['snapshot'], mine: DraftState): string[] {
  const differs: [string, boolean][] = [
    ['Section', theirs.sectionId !== mine.sectionId],
    ['Slug', theirs.slug !== mine.slug],
    ['Media marker', theirs.mediaMarker !== mine.mediaMarker],
    ['Authors', !sameList(theirs.authorIds, mine.authorIds)],
    ['Credit line', text(theirs.creditLine) !== mine.creditLine],
    ['Tags', !sameList(theirs.tagIds, mine.tags.map((tag) => tag.id)) || mine.newTags.length > 0],
    ['Hero image', theirs.heroImageId !== mine.heroImageId || text(theirs.heroCaption) !== mine.heroCaption || text(theirs.heroCredit) !== mine.heroCredit],
    ['Gallery', theirs.galleryId !== mine.galleryId],
    [
      'Search engines',
      text(theirs.seoTitle) !== mine.seoTitle || text(theirs.seoDescription) !== mine.seoDescription || text(theirs.canonicalUrl) !== mine.canonicalUrl || theirs.noindex !== mine.noindex,
    ],
  ];
  return differs.filter(([, different]) => different).map(([label]) => label);
}

/**
 * Someone saved the story while this editor was writing. Shows their version beside this one,
 * word by word, and lets the editor keep their own text (saved on top: the other version stays
 * in the revision history) or take the other version.
 */
export default function ConflictDialog(props: { theirs: ConflictState; mine: DraftState; timeZone: string; onKeepMine: () => void; onTakeTheirs: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  useEffect(() => {
    if (ref.current && !ref.current.open) ref.current.showModal();
    // The dialog would focus its first button, "Use their version"; start at the top instead, so
    // the comparison is read before any choice, and Enter cannot throw the editor's text away.
    titleRef.current?.focus();
  }, []);
  const { theirs, mine } = props;
  const rows: [string, string, string][] = [
    ['Headline', theirs.snapshot.headline, mine.headline],
    ['Standfirst', theirs.snapshot.standfirst, mine.standfirst],
    ['Body', documentToText(theirs.snapshot.body), documentToText(mine.body)],
  ];
  const alsoDifferent = otherDifferences(theirs.snapshot, mine);
  return (
    <dialog ref={ref} aria-labelledby={titleId} onCancel={(event) => event.preventDefault()} className="m-auto w-full max-w-4xl rounded-lg p-0 shadow-xl backdrop:bg-black/50">
      <div className="max-h-[85vh] overflow-y-auto p-5">
        <h2 id={titleId} ref={titleRef} tabIndex={-1} className="text-xl font-semibold focus:outline-none">
          {theirs.happened?.text ?? `${theirs.savedBy ?? 'Someone else'} saved this story`} while you were editing
        </h2>
        <p className="mt-1 text-sm text-neutral-600">
          {theirs.happened
            ? `That was at ${newsroomTime(theirs.happened.at, props.timeZone)}; the story is now ${STATUS_WORDS[theirs.deleted ? 'DELETED' : theirs.status]}.`
            : `Their version was saved at ${newsroomTime(theirs.savedAt, props.timeZone)}.`}{' '}
          Nothing of yours is lost: your text is still here and in this
          browser. <del className="bg-red-100">Struck</del> words are only in their version, <ins className="bg-green-100 no-underline">marked</ins> words only in yours.
        </p>
        <dl className="mt-4 flex flex-col gap-4">
          {rows.map(([label, before, after]) => (
            <div key={label}>
              <dt className="text-sm font-medium">
                {label} {before === after ? <span className="font-normal text-neutral-600">(the same)</span> : null}
              </dt>
              <dd className="mt-1 whitespace-pre-wrap rounded border border-neutral-200 p-2 font-serif" data-testid={`conflict-${label.toLowerCase()}`}>
                <DiffParts parts={diffWords(before, after)} />
              </dd>
            </div>
          ))}
        </dl>
        {alsoDifferent.length ? (
          <p className="mt-4 text-sm" data-testid="conflict-also-different">
            <strong>Also different:</strong> {alsoDifferent.join(', ')}. Keeping your version keeps yours for these too.
          </p>
        ) : null}
        <div className="mt-5 flex flex-wrap justify-end gap-2">
          <button
            type="button"
            className="rounded border border-neutral-300 px-3 py-1"
            onClick={() => {
              if (window.confirm('Discard your changes and load their version?')) props.onTakeTheirs();
            }}
          >
            Use their version
          </button>
          <button type="button" className="rounded bg-neutral-900 px-3 py-1 text-white" onClick={props.onKeepMine}>
            Keep my version
          </button>
        </div>
      </div>
    </dialog>
  );
}
