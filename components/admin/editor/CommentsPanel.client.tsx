'use client';

import { useId, useRef, useState } from 'react';
import { addCommentAction, resolveCommentAction } from '@/app/admin/(newsroom)/stories/actions';
import type { StoryComment } from '@/lib/editorial/comments';
import { LIMITS } from '@/lib/editorial/fields';
import { LinkedText } from '../LinkedText';
import { newsroomTime } from '../stories/adminTime';

/**
 * Review comments on a draft: read, post, resolve. Once the story is published or scheduled they
 * are its review history, shown read-only (comments are for drafts in review).
 */
export default function CommentsPanel(props: { articleId: number; initial: StoryComment[]; timeZone: string; readOnly?: boolean }) {
  const [comments, setComments] = useState(props.initial);
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [posted, setPosted] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  return (
    <section aria-labelledby={`${id}-title`} className="rounded border border-neutral-200 p-3">
      <h2 id={`${id}-title`} className="text-base font-semibold">
        Review comments
      </h2>
      {comments.length ? (
        <ol className="mt-2 flex flex-col gap-2">
          {comments.map((comment) => (
            <li key={comment.id} className={`rounded px-3 py-2 text-sm ${comment.resolvedAt ? 'bg-neutral-50 text-neutral-600' : 'bg-amber-50'}`}>
              <p className="font-medium">
                {comment.author} <span className="font-normal text-neutral-600">{newsroomTime(comment.createdAt, props.timeZone)}</span>
              </p>
              <p className="mt-1 whitespace-pre-wrap [overflow-wrap:anywhere]">
                <LinkedText text={comment.body} />
              </p>
              {props.readOnly ? (
                comment.resolvedAt ? <p className="mt-1 text-xs">Resolved</p> : null
              ) : (
                <button
                  type="button"
                  // Which comment: every one has this button, and a list of "Mark resolved" says nothing.
                  aria-label={`${comment.resolvedAt ? 'Reopen' : 'Mark resolved'}: comment by ${comment.author}, ${newsroomTime(comment.createdAt, props.timeZone)}`}
                  className="mt-1 min-h-6 text-sm underline"
                  onClick={async () => {
                    setError(null);
                    try {
                      const result = await resolveCommentAction({ commentId: comment.id, resolved: !comment.resolvedAt });
                      if (result.ok) setComments((all) => all.map((c) => (c.id === comment.id ? { ...c, resolvedAt: result.value.resolvedAt } : c)));
                      else setError(result.message);
                    } catch {
                      setError('The server’s answer did not arrive. Try again in a moment.');
                    }
                  }}
                >
                  {comment.resolvedAt ? 'Reopen' : 'Mark resolved'}
                </button>
              )}
            </li>
          ))}
        </ol>
      ) : (
        <p className="mt-2 text-sm text-neutral-600">No comments yet.</p>
      )}
      {props.readOnly ? (
        <p className="mt-2 text-sm text-neutral-600">The comments from its review. The story is published or scheduled now: comments are for drafts.</p>
      ) : (
        <form
          className="mt-3"
          onSubmit={async (event) => {
            event.preventDefault();
            setSending(true);
            setError(null);
            setPosted(false);
            try {
              const result = await addCommentAction({ articleId: props.articleId, body });
              if (result.ok) {
                setComments((all) => [...all, result.value]);
                setBody('');
                setPosted(true);
              } else setError(result.fieldErrors?.body ?? result.message);
            } catch {
              setError('The server’s answer did not arrive, so the comment may or may not have been posted. It is still here: reload the page to check before posting it again.');
            } finally {
              setSending(false);
              // The button is disabled while sending, which drops the keyboard's place: back to the box.
              field.current?.focus();
            }
          }}
        >
          <label htmlFor={`${id}-body`} className="block text-sm font-medium">
            Add a comment
          </label>
          <textarea ref={field} id={`${id}-body`} value={body} maxLength={LIMITS.comment} rows={3} onChange={(event) => setBody(event.target.value)} className="mt-1 w-full rounded border border-neutral-300 px-2 py-1 text-sm" />
          {error ? (
            <p role="alert" className="text-sm text-red-700">
              {error}
            </p>
          ) : null}
          <p role="status" className="text-sm text-neutral-700">
            {posted ? 'Comment posted.' : ''}
          </p>
          <button type="submit" disabled={sending || !body.trim()} className="mt-1 rounded bg-neutral-900 px-3 py-1 text-sm text-white disabled:opacity-50">
            Post comment
          </button>
        </form>
      )}
    </section>
  );
}
