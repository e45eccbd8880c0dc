import Link from 'next/link';
import type { SocialLink } from '@/lib/content/social';
import type { SectionView } from '@/lib/content/sections';
import { aboutPath, contactPath } from '@/lib/content/urls';
import { SectionLinkItems } from './SectionLinkItems';
import { SocialLinks } from './SocialLinks';

export function SiteFooter({
  publicationName,
  year,
  sections,
  social,
}: {
  publicationName: string;
  year: string;
  sections: SectionView[];
  social: SocialLink[];
}) {
  return (
    <footer className="no-print mt-16 border-t-4 border-rule-strong bg-paper-alt font-sans">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 sm:grid-cols-3">
        <div>
          <p className="font-serif text-2xl font-bold">
            <Link href="/" className="quiet-link">
              {publicationName}
            </Link>
          </p>
          <SocialLinks links={social} withLabels className="mt-4 text-sm" />
        </div>
        <nav aria-label="Sections (footer)">
          <h2 className="text-sm font-bold tracking-wide uppercase">Sections</h2>
          <ul className="mt-2 grid grid-cols-2 gap-x-4 text-[0.95rem]" role="list">
            <SectionLinkItems sections={sections} linkClassName="quiet-link block py-1" />
          </ul>
        </nav>
        <nav aria-label="About the publication">
          <h2 className="text-sm font-bold tracking-wide uppercase">{publicationName}</h2>
          <ul className="mt-2 text-[0.95rem]" role="list">
            <li>
              <Link href={aboutPath} className="quiet-link block py-1">
                About us
              </Link>
            </li>
            <li>
              <Link href={contactPath} className="quiet-link block py-1">
                Contact
              </Link>
            </li>
            <li>
              <Link href="/search" className="quiet-link block py-1">
                Search
              </Link>
            </li>
          </ul>
        </nav>
      </div>
      <p className="mx-auto max-w-6xl px-4 pb-8 text-sm text-muted">
        © {year} {publicationName}
      </p>
    </footer>
  );
}
