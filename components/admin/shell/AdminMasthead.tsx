import Link from 'next/link';

/** The newsroom's name plate: the publication's name, "Newsroom", and a way back to the site. */
export function AdminMasthead({ publicationName }: { publicationName: string }) {
  return (
    <div className="flex items-baseline justify-between gap-3 md:block">
      <Link href="/admin" className="block rounded-sm outline-none focus-visible:ring-2 focus-visible:ring-blue-700">
        <span className="block font-serif text-2xl font-bold leading-none text-neutral-900">{publicationName}</span>
        <span className="mt-1 block text-xs font-semibold uppercase tracking-[0.2em] text-neutral-600">Newsroom</span>
      </Link>
      <Link href="/" className="inline-flex min-h-6 items-center text-sm text-neutral-700 underline underline-offset-2 hover:text-neutral-900 md:mt-3">
        View site
      </Link>
    </div>
  );
}
