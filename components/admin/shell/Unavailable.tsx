import Link from 'next/link';
import type { ReactNode } from 'react';

/** What a newsroom page says instead of itself: a heading, why, and the way back. */
function Unavailable({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="max-w-xl">
      <h1 className="font-serif text-3xl font-bold text-neutral-900">{title}</h1>
      <p className="mt-3 text-neutral-700">{children}</p>
      <p className="mt-4">
        <Link href="/admin" className="font-semibold underline underline-offset-2">
          Back to the dashboard
        </Link>
      </p>
    </section>
  );
}

/**
 * A page the signed-in role may not open, under a 403. The server refuses the page's actions
 * anyway; this says so plainly instead of showing an empty page.
 */
export function NotPermitted() {
  return (
    <Unavailable title="Not available to your role">
      Your role does not let you open this page. If you need it, ask an Admin: only Admins change roles.
    </Unavailable>
  );
}

/**
 * A newsroom address whose tag, section, person or image is not there: kept in the newsroom's
 * frame, since it is mostly an old tab or bookmark to something since merged or deleted.
 */
export function NotInNewsroom() {
  return (
    <Unavailable title="Not found">
      Nothing is at this address. What it named may have been deleted or merged into another, or the address is mistyped.
    </Unavailable>
  );
}
