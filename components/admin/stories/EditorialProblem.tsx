import Link from 'next/link';
import { Forbidden, NotFound } from '@/lib/auth/guard';

/** What an admin page shows instead of a story it cannot open: a sentence, never a stack trace. */
export default function EditorialProblem({ error }: { error: unknown }) {
  if (error !== null && !(error instanceof Forbidden) && !(error instanceof NotFound)) throw error;
  const text = error instanceof Forbidden ? error.message : 'That story does not exist.';
  return (
    <div className="mx-auto max-w-xl p-6">
      <h1 className="text-xl font-semibold">{text}</h1>
      <p className="mt-2">
        <Link className="underline" href="/admin/stories">
          Back to stories
        </Link>
      </p>
    </div>
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
