import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { fontVariables } from '@/components/ui/fonts';
import { getSiteSettings } from '@/lib/content/settings';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const { publicationName } = await getSiteSettings();
  return { title: { default: publicationName, template: `%s — ${publicationName}` } };
}

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#121212' },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { language } = await getSiteSettings();
  return (
    <html lang={language || 'en'} className={fontVariables}>
      <body className="bg-paper text-ink antialiased">{children}</body>
    </html>
  );
}
