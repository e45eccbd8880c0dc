import type { Metadata } from 'next';
import { authorPageMetadata } from '@/lib/seo/page-metadata';
import { notFound } from 'next/navigation';
import { parsePageSegment } from '@/lib/content/pagination';
import { AuthorListing } from '../../listing';
import { authorParams } from '@/lib/content/static-params';

export const instant = false;

export async function generateStaticParams() {
  return (await authorParams(3)).map((params) => ({ ...params, page: '2' }));
}

export async function generateMetadata({ params }: PageProps<'/author/[slug]/page/[page]'>): Promise<Metadata> {
  const { slug, page } = await params;
  return authorPageMetadata(slug, parsePageSegment(page) ?? 1);
}

export default async function AuthorPageRoute({ params }: PageProps<'/author/[slug]/page/[page]'>) {
  const { slug, page } = await params;
  const number = parsePageSegment(page);
  if (number === null) notFound();
  return <AuthorListing slug={slug} page={number} />;
}
