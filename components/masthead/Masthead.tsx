import Link from 'next/link';
import { Suspense } from 'react';
import type { SocialLink } from '@/lib/content/social';
import type { SectionView } from '@/lib/content/sections';
import { aboutPath, contactPath } from '@/lib/content/urls';
import { SearchForm } from '../search/SearchForm';
import { Icon } from '../ui/SocialIcon';
import { CurrentSectionMarker } from './CurrentSectionMarker.client';
import { KeepFocusedInSight } from './KeepFocusedInSight.client';
import { MenuDisclosure } from './MenuDisclosure.client';
import { SectionLinkItems } from './SectionLinkItems';
import { SocialLinks } from './SocialLinks';

/**
 * Every public page's masthead: the publication's name linking home, today's date on the
 * publication's clock, the sections from the database, search and the social accounts.
 */
export function Masthead({
  publicationName,
  tagline,
  today,
  todayKey,
  sections,
  social,
}: {
  publicationName: string;
  tagline: string;
  today: string;
  todayKey: string;
  sections: SectionView[];
  social: SocialLink[];
}) {
  return (
    <header className="no-print border-b border-rule-strong font-sans">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 pt-2 text-sm text-muted">
        <p>
          <time dateTime={todayKey} data-testid="masthead-date">
            {today}
          </time>
        </p>
        <SocialLinks links={social} className="hidden sm:flex" />
      </div>

      <div className="mx-auto grid max-w-6xl grid-cols-[auto_minmax(0,1fr)_auto] items-center gap-2 px-4 py-3 sm:py-4">
        <MenuDisclosure
          className="relative"
          summary={
            <summary className="flex items-center gap-1.5 rounded px-1.5 py-1.5 font-semibold hover:bg-paper-alt">
              <Icon name="menu" />
              <span className="sr-only sm:not-sr-only">Menu</span>
            </summary>
          }
        >
          <div className="absolute top-full left-0 z-40 mt-2 w-[min(22rem,calc(100vw-2rem))] rounded border border-rule bg-paper p-4 shadow-xl">
            <SearchForm id="menu-search" />
            <nav aria-label="All sections" className="mt-4">
              <ul className="grid grid-cols-2 gap-x-4" role="list">
                <SectionLinkItems sections={sections} linkClassName="quiet-link block py-1.5 font-semibold" />
              </ul>
            </nav>
            <ul className="mt-3 flex gap-4 border-t border-rule pt-3 text-sm" role="list">
              <li>
                <Link href={aboutPath} className="quiet-link">
                  About us
                </Link>
              </li>
              <li>
                <Link href={contactPath} className="quiet-link">
                  Contact
                </Link>
              </li>
            </ul>
            <SocialLinks links={social} withLabels className="mt-3 border-t border-rule pt-3 text-sm" />
          </div>
        </MenuDisclosure>

        <div className="text-center">
          {/* On a phone the name has room to spare on its line: the local stand-in shown while the web font loads must not wrap it. */}
          {/* With text enlarged on a phone, the name may break inside a word rather than run under the search link. */}
          <Link href="/" className="quiet-link inline-block max-w-full font-serif text-[1.5rem] leading-none font-bold tracking-tight [overflow-wrap:anywhere] sm:text-4xl lg:text-5xl">
            {publicationName}
          </Link>
          {tagline ? <p className="mt-1 hidden text-sm text-muted sm:block">{tagline}</p> : null}
        </div>

        <Link href="/search" className="flex items-center gap-1.5 rounded px-1.5 py-1.5 font-semibold hover:bg-paper-alt">
          <Icon name="search" />
          <span className="sr-only sm:not-sr-only">Search</span>
        </Link>
      </div>

      <nav aria-label="Sections" id="section-nav" className="border-t border-rule">
        <ul className="section-nav mx-auto flex max-w-6xl gap-1 overflow-x-auto px-2 whitespace-nowrap" role="list">
          <SectionLinkItems sections={sections} linkClassName="quiet-link block px-2.5 py-2.5 text-[0.95rem] font-semibold" withHome />
        </ul>
        <Suspense fallback={null}>
          <CurrentSectionMarker navId="section-nav" />
        </Suspense>
        <KeepFocusedInSight containerId="section-nav" />
      </nav>
    </header>
  );
}
