import { cacheLife, cacheTag as tag } from 'next/cache';
import { db } from '../db/client';
import { cacheTag } from './tags';
import { sectionPath } from './urls';

export interface SectionView {
  id: number;
  name: string;
  slug: string;
  path: string;
  description: string;
}

/** Every section in navigation order (the masthead, the footer, the home page blocks). */
export async function getSections(): Promise<SectionView[]> {
  'use cache';
  cacheLife('days');
  tag(cacheTag.sections);
  const rows = await db.section.findMany({
    orderBy: [{ position: 'asc' }, { name: 'asc' }],
    select: { id: true, name: true, slug: true, description: true },
  });
  return rows.map((row) => ({ ...row, path: sectionPath(row.slug) }));
}

export async function getSection(slug: string): Promise<SectionView | null> {
  const sections = await getSections();
  return sections.find((section) => section.slug === slug) ?? null;
}
