import type { Metadata } from 'next';
import { getSection } from '@/lib/content/sections';
import { SectionListing } from './listing';
import { sectionParams } from '@/lib/content/static-params';

export const instant = false;

export async function generateStaticParams() {
  return sectionParams();
}

export async function generateMetadata({ params }: PageProps<'/[section]'>): Promise<Metadata> {
  const section = await getSection((await params).section);
  return section ? { title: section.name } : {};
}

export default async function SectionRoute({ params }: PageProps<'/[section]'>) {
  return <SectionListing slug={(await params).section} page={1} />;
}
