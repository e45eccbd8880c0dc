import Link from 'next/link';
import { Forbidden, NotFound } from '@/lib/auth/guard';

/** What an admin page shows instead of a story it cannot open: a sentence, never a stack trace. */
export default function EditorialProblem({ error }: { error: unknown }) {
  if (error !== null && !(error instanceof Forbidden) && !(error instanceof NotFound)) throw error;
  const refused = error instanceof Forbidden;
  return (
    <section className="max-w-xl">
      <h1 className="font-serif text-3xl font-bold text-neutral-900">{refused ? error.message : 'That story does not exist.'}</h1>
      <p className="mt-3 text-neutral-700">
        {refused
          ? 'Writers open the stories they created or are bylined on; editors open every story. To work on this one, ask an Editor to add you to its byline.'
          : 'It may have been deleted for good, or the address is mistyped.'}
      </p>
      <p className="mt-4">
        <Link className="font-semibold underline underline-offset-2" href="/admin/stories">
          Back to stories
        </Link>
      </p>
    </section>
  );
}

/** Runs the loads of an admin page; domain refusals (forbidden, missing) come back as values to show. */
export async function openOrProblem<T>(load: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: unknown }> {
  try {
    return { ok: true, value: await load() };
  } catch (error) {
    if (error instanceof Forbidden || error instanceof NotFound) return { ok: false, error };
    throw error;
  }
}
