import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { parsePageSegment } from '@/lib/content/pagination';
import { SectionListing } from '../../listing';
import { sectionParams } from '@/lib/content/static-params';
import { sectionPageMetadata } from '@/lib/seo/page-metadata';

export const instant = false;

export async function generateStaticParams() {
  return (await sectionParams()).map((params) => ({ ...params, page: '2' }));
}

export async function generateMetadata({ params }: PageProps<'/[section]/page/[page]'>): Promise<Metadata> {
  const { section, page } = await params;
  return sectionPageMetadata(section, parsePageSegment(page) ?? 1);
}

export default async function SectionPageRoute({ params }: PageProps<'/[section]/page/[page]'>) {
  const { section, page } = await params;
  const number = parsePageSegment(page);
  if (number === null) notFound();
  return <SectionListing slug={section} page={number} />;
}
