import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { fontVariables } from '@/components/ui/fonts';
import { getSiteSettings } from '@/lib/content/settings';
import { siteMetadata } from '@/lib/seo/metadata';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  return siteMetadata(await getSiteSettings());
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
