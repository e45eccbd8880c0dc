import type { Metadata } from 'next';
import type { ReactNode } from 'react';

// The newsroom is for staff: never indexed (proxy.ts also sends X-Robots-Tag on every response).
export const metadata: Metadata = {
  title: { default: 'Newsroom', template: '%s — Newsroom' },
  robots: { index: false, follow: false, nocache: true },
};

export default function AdminLayout({ children }: { children: ReactNode }) {
  return <div className="min-h-screen bg-neutral-100 font-sans text-neutral-900">{children}</div>;
}
