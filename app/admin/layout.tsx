import type { Metadata } from 'next';
import type { ReactNode } from 'react';

// The newsroom is for staff: never indexed (proxy.ts also sends X-Robots-Tag on every response).
export const metadata: Metadata = {
  title: { default: 'Newsroom', template: '%s — Newsroom' },
  robots: { index: false, follow: false, nocache: true },
};

// No frame of its own: the newsroom and sign-in groups draw theirs; a preview wears the site's.
export default function AdminLayout({ children }: { children: ReactNode }) {
  return children;
}
