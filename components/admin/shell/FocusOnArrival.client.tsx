'use client';

import { useEffect } from 'react';

/**
 * Gives the keyboard's place to the element `targetId` once the page arrives: after a form that
 * loads a new page (a GET form such as the revisions' Compare), a screen reader would otherwise
 * start again from the top and hear nothing of the answer.
 */
export function FocusOnArrival({ targetId }: { targetId: string }) {
  useEffect(() => {
    document.getElementById(targetId)?.focus();
  }, [targetId]);
  return null;
}
