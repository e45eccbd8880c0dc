import type { ReactNode } from 'react';
import type { SiteChrome } from '@/lib/content/chrome';
import { Masthead } from './Masthead';
import { SiteFooter } from './SiteFooter';

/** Skip link, masthead, the page's <main> and the footer: the frame of every public page. */
export function SitePage({ chrome, children }: { chrome: SiteChrome; children: ReactNode }) {
  const { settings, sections, day, social } = chrome;
  return (
    <>
      <a href="#content" className="skip-link">
        Skip to content
      </a>
      <Masthead
        publicationName={settings.publicationName}
        tagline={settings.tagline}
        today={day.label}
        todayKey={day.key}
        sections={sections}
        social={social}
      />
      {/* The masthead does not print; a printed page still says whose it is. */}
      <p className="print-only mx-auto max-w-6xl px-4 font-serif text-xl font-bold">{settings.publicationName}</p>
      <main id="content" tabIndex={-1} className="mx-auto max-w-6xl px-4 pt-6 focus:outline-none sm:pt-8">
        {children}
      </main>
      <SiteFooter publicationName={settings.publicationName} year={day.key.slice(0, 4)} sections={sections} social={social} />
    </>
  );
}
