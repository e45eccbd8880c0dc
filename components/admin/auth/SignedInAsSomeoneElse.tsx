/**
 * Shown above a one-time link's form when this browser is signed in to another account: using
 * the link signs it in as the link's person instead, and that should never come as a surprise.
 */
export function SignedInAsSomeoneElse({ current, linkEmail }: { current: { name: string; email: string } | null; linkEmail: string }) {
  if (!current || current.email === linkEmail) return null;
  return (
    <p className="mb-5 rounded-sm border-l-4 border-amber-700 bg-amber-50 px-4 py-3 text-sm text-amber-950">
      This browser is signed in as {current.name} ({current.email}). Setting this password signs it out of that account and in as {linkEmail}. If the
      link is not yours, close this page.
    </p>
  );
}
