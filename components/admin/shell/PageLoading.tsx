/**
 * Shown while a newsroom page is being read for the signed-in person (their session, their data).
 * The page arrives in the same response but is put in place by a script, so without JavaScript
 * this is all that shows: say so instead of loading for ever.
 */
export function PageLoading() {
  return (
    <div role="status" aria-live="polite">
      <noscript>
        <p className="mb-6 max-w-2xl rounded-sm border border-amber-700 bg-amber-50 p-4 text-neutral-900">
          The newsroom needs JavaScript. Turn it on for this site in your browser’s settings, then reload the page. The public site works
          without it.
        </p>
      </noscript>
      <div className="animate-pulse">
        <div className="mb-6 h-9 w-64 rounded-sm bg-neutral-200" />
        <div className="space-y-3">
          <div className="h-4 w-full max-w-2xl rounded-sm bg-neutral-200" />
          <div className="h-4 w-full max-w-xl rounded-sm bg-neutral-200" />
          <div className="h-4 w-full max-w-lg rounded-sm bg-neutral-200" />
        </div>
        <span className="sr-only">Loading…</span>
      </div>
    </div>
  );
}
