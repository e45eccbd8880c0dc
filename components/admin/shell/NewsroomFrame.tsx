import type { ReactNode } from 'react';

/** The newsroom's own look (light, plain), around its pages and sign-in: not the reader site's. */
export function NewsroomFrame({ children }: { children: ReactNode }) {
  return <div className="min-h-screen bg-neutral-100 font-sans text-neutral-900">{children}</div>;
}
