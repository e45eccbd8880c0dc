/** Shown while a newsroom page is being read for the signed-in person (their session, their data). */
export function PageLoading() {
  return (
    <div role="status" aria-live="polite" className="animate-pulse">
      <div className="mb-6 h-9 w-64 rounded-sm bg-neutral-200" />
      <div className="space-y-3">
        <div className="h-4 w-full max-w-2xl rounded-sm bg-neutral-200" />
        <div className="h-4 w-full max-w-xl rounded-sm bg-neutral-200" />
        <div className="h-4 w-full max-w-lg rounded-sm bg-neutral-200" />
      </div>
      <span className="sr-only">Loading…</span>
    </div>
  );
}
