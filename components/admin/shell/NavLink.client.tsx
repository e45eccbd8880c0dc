'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { isCurrentArea } from './navigation';

/** A navigation link that marks itself as the current page (aria-current) for its whole area. */
export function NavLink({ href, label }: { href: string; label: string }) {
  const pathname = usePathname();
  const current = isCurrentArea(pathname, href);
  return (
    <Link
      href={href}
      aria-current={current ? 'page' : undefined}
      className="block whitespace-nowrap rounded-sm px-3 py-2 text-sm text-neutral-800 outline-none hover:bg-neutral-200 focus-visible:ring-2 focus-visible:ring-blue-700 aria-[current=page]:bg-neutral-900 aria-[current=page]:font-semibold aria-[current=page]:text-white"
    >
      {label}
    </Link>
  );
}
