import Link from 'next/link';
import type { SectionView } from '@/lib/content/sections';
import { galleriesPath, latestPath } from '@/lib/content/urls';

/**
 * The site's destinations as list items — optionally Home, every section in the newsroom's
 * order, then Latest and Galleries — for the masthead's bar, its menu and the footer alike.
 */
export function SectionLinkItems({
  sections,
  linkClassName,
  withHome = false,
}: {
  sections: SectionView[];
  linkClassName: string;
  withHome?: boolean;
}) {
  const destinations = [
    ...(withHome ? [{ key: 'home', href: '/', name: 'Home' }] : []),
    ...sections.map((section) => ({ key: `section-${section.id}`, href: section.path, name: section.name })),
    { key: 'latest', href: latestPath, name: 'Latest' },
    { key: 'galleries', href: galleriesPath, name: 'Galleries' },
  ];
  return destinations.map((destination) => (
    <li key={destination.key}>
      <Link href={destination.href} className={linkClassName}>
        {destination.name}
      </Link>
    </li>
  ));
}
