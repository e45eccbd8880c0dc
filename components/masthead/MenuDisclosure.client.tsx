'use client';

import { useRef, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';

/**
 * The phone menu: a native <details>, so it opens and closes without JavaScript. With
 * JavaScript it also closes on Escape (focus back on its button) and when a link inside is
 * followed or its search is submitted, since the masthead stays on screen across client-side
 * navigations.
 */
export function MenuDisclosure({ summary, children, className }: { summary: ReactNode; children: ReactNode; className?: string }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const close = () => {
    if (ref.current) ref.current.open = false;
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDetailsElement>) => {
    if (event.key === 'Escape' && ref.current?.open) {
      close();
      ref.current.querySelector('summary')?.focus();
    }
  };
  const onClick = (event: MouseEvent<HTMLDetailsElement>) => {
    if ((event.target as HTMLElement).closest('a')) close();
  };
  return (
    <details ref={ref} className={`menu-disclosure ${className ?? ''}`} onKeyDown={onKeyDown} onClick={onClick} onSubmit={close}>
      {summary}
      {children}
    </details>
  );
}
