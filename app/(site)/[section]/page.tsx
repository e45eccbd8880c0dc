import type { Metadata } from 'next';
import { SectionListing } from './listing';
import { sectionParams } from '@/lib/content/static-params';
import { sectionPageMetadata } from '@/lib/seo/page-metadata';

export const instant = false;

export async function generateStaticParams() {
  return sectionParams();
}

export async function generateMetadata({ params }: PageProps<'/[section]'>): Promise<Metadata> {
  return sectionPageMetadata((await params).section);
}

export default async function SectionRoute({ params }: PageProps<'/[section]'>) {
  return <SectionListing slug={(await params).section} page={1} />;
}
