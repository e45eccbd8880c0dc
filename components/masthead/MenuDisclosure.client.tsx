'use client';

import { useEffect, useRef, type FocusEvent, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';

/**
 * The phone menu: a native <details>, so it opens and closes without JavaScript. With
 * JavaScript it also closes on Escape (focus back on its button), when a link inside is followed
 * or its search is submitted (the masthead stays on screen across client-side navigations), and
 * when focus or a click goes elsewhere: the open panel covers the page, and whatever the keyboard
 * reaches behind it would be hidden.
 */
export function MenuDisclosure({ summary, children, className }: { summary: ReactNode; children: ReactNode; className?: string }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const close = () => {
    if (ref.current) ref.current.open = false;
  };
  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      const menu = ref.current;
      if (menu?.open && !menu.contains(event.target as Node)) menu.open = false;
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, []);
  const onKeyDown = (event: KeyboardEvent<HTMLDetailsElement>) => {
    if (event.key === 'Escape' && ref.current?.open) {
      close();
      ref.current.querySelector('summary')?.focus();
    }
  };
  const onClick = (event: MouseEvent<HTMLDetailsElement>) => {
    if ((event.target as HTMLElement).closest('a')) close();
  };
  // Only when focus lands somewhere else: a click on the panel's own background moves it nowhere.
  const onBlur = (event: FocusEvent<HTMLDetailsElement>) => {
    const next = event.relatedTarget;
    if (next && !event.currentTarget.contains(next)) close();
  };
  return (
    <details ref={ref} className={`menu-disclosure ${className ?? ''}`} onKeyDown={onKeyDown} onClick={onClick} onBlur={onBlur} onSubmit={close}>
      {summary}
      {children}
    </details>
  );
}
