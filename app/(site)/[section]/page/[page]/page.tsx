import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { parsePageSegment } from '@/lib/content/pagination';
import { getSection } from '@/lib/content/sections';
import { SectionListing } from '../../listing';
import { sectionParams } from '@/lib/content/static-params';

export const instant = false;

export async function generateStaticParams() {
  return (await sectionParams()).map((params) => ({ ...params, page: '2' }));
}

export async function generateMetadata({ params }: PageProps<'/[section]/page/[page]'>): Promise<Metadata> {
  const { section: slug, page } = await params;
  const section = await getSection(slug);
  return section ? { title: `${section.name} — page ${page}` } : {};
}

export default async function SectionPageRoute({ params }: PageProps<'/[section]/page/[page]'>) {
  const { section, page } = await params;
  const number = parsePageSegment(page);
  if (number === null) notFound();
  return <SectionListing slug={section} page={number} />;
}
