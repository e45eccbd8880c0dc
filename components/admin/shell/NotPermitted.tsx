import Link from 'next/link';

/**
 * What a signed-in person sees, under a 403, on a page their role may not open. The server
 * refuses the page's actions anyway; this says so plainly instead of showing an empty page.
 */
export function NotPermitted() {
  return (
    <section className="max-w-xl">
      <h1 className="font-serif text-3xl font-bold text-neutral-900">
        Not available to your role
      </h1>
      <p className="mt-3 text-neutral-700">
        Your role does not let you open this page. If you need it, ask an Admin: only Admins change roles.
      </p>
      <p className="mt-4">
        <Link href="/admin" className="font-semibold underline underline-offset-2">
          Back to the dashboard
        </Link>
      </p>
    </section>
  );
}
