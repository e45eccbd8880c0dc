import Link from 'next/link';

/**
 * What staff see for a newsroom address whose tag, section, person or image is not there: kept
 * in the newsroom's frame, since it is mostly an old tab or bookmark to something since merged or
 * deleted, not a reader who lost their way.
 */
export function NotInNewsroom() {
  return (
    <section className="max-w-xl">
      <h1 className="font-serif text-3xl font-bold text-neutral-900">Not found</h1>
      <p className="mt-3 text-neutral-700">
        Nothing is at this address. What it named may have been deleted or merged into another, or the address is mistyped.
      </p>
      <p className="mt-4">
        <Link href="/admin" className="font-semibold underline underline-offset-2">
          Back to the dashboard
        </Link>
      </p>
    </section>
  );
}
