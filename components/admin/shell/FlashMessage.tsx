import type { ReactNode } from 'react';

/** A confirmation carried over a redirect (?deleted=…), announced politely. */
export function FlashMessage({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="mb-6 rounded-sm border-l-4 border-green-800 bg-green-50 px-4 py-3 text-sm text-green-950">
      {children}
    </p>
  );
}
