'use client';

import { useEffect } from 'react';

/**
 * A row that scrolls sideways (the section bar on a phone) brings a link reached by the keyboard
 * fully into sight, focus ring and all: the browser's own focus scrolling stops once any part
 * of it shows. The links' scroll-margin (app/globals.css) leaves room beside it.
 */
export function KeepFocusedInSight({ containerId }: { containerId: string }) {
  useEffect(() => {
    const container = document.getElementById(containerId);
    if (!container) return;
    const bringIntoSight = (event: FocusEvent) => {
      if (event.target instanceof HTMLElement) event.target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    };
    container.addEventListener('focusin', bringIntoSight);
    return () => container.removeEventListener('focusin', bringIntoSight);
  }, [containerId]);
  return null;
}
