'use client';

import { useEffect, useRef, type ReactNode } from 'react';

/**
 * On a phone the open image's details sit in the page's one column, not beside the grid: when an
 * image is opened there, its details scroll into view and take focus, or the tap seems to do
 * nothing. On wider screens the panel is already beside the thumbnail and nothing moves.
 */
export function RevealOnPhone({ children }: { children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!box.current || window.matchMedia('(min-width: 64rem)').matches) return;
    box.current.scrollIntoView({ block: 'start' });
    box.current.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
  }, []);
  // Beside the grid on wide screens, it stays in view while the grid scrolls (sticky).
  return (
    <div ref={box} className="lg:sticky lg:top-4">
      {children}
    </div>
  );
}
