'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useEffect, useRef } from 'react';
import { isCurrentArea } from './navigation';

/**
 * A navigation link that marks itself as the current page (aria-current) for its whole area. On
 * a phone the menu is one sideways-scrolling strip: the current page scrolls into view in it.
 */
export function NavLink({ href, label }: { href: string; label: string }) {
  const pathname = usePathname();
  const current = isCurrentArea(pathname, href);
  const link = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    const strip = link.current?.closest('ul');
    if (!current || !link.current || !strip || strip.scrollWidth <= strip.clientWidth) return;
    // The strip alone scrolls (never the page): centre the link in it.
    const box = link.current.getBoundingClientRect();
    strip.scrollLeft += box.left - strip.getBoundingClientRect().left - (strip.clientWidth - box.width) / 2;
  }, [current]);
  return (
    <Link
      ref={link}
      href={href}
      aria-current={current ? 'page' : undefined}
      className="block whitespace-nowrap rounded-sm px-3 py-2 text-sm text-neutral-800 outline-none hover:bg-neutral-200 focus-visible:ring-2 focus-visible:ring-blue-700 aria-[current=page]:bg-neutral-900 aria-[current=page]:font-semibold aria-[current=page]:text-white"
    >
      {label}
    </Link>
  );
}
