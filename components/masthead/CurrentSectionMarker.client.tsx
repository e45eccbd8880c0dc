'use client';

import { usePathname } from 'next/navigation';
import { useEffect } from 'react';

/**
 * Marks the section bar's link to where the reader is: aria-current="page" on that page itself,
 * "true" inside it (a story in the section, a later page of Latest). The masthead is one cached
 * piece of HTML shared by every page, so this small island sets it in the browser, after every
 * navigation; without JavaScript the bar simply has no marker.
 */
export function CurrentSectionMarker({ navId }: { navId: string }) {
  const pathname = usePathname();
  useEffect(() => {
    const area = `/${pathname.split('/')[1] ?? ''}`;
    for (const link of document.querySelectorAll<HTMLAnchorElement>(`#${navId} a[href]`)) {
      const href = link.getAttribute('href');
      const current = href === pathname ? 'page' : href !== '/' && href === area ? 'true' : null;
      if (current) link.setAttribute('aria-current', current);
      else link.removeAttribute('aria-current');
    }
  }, [navId, pathname]);
  return null;
}
