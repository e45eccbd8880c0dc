import type { Metadata } from 'next';
import { authorPageMetadata } from '@/lib/seo/page-metadata';
import { AuthorListing } from './listing';
import { authorParams } from '@/lib/content/static-params';

export const instant = false;

export async function generateStaticParams() {
  return authorParams();
}

export async function generateMetadata({ params }: PageProps<'/author/[slug]'>): Promise<Metadata> {
  return authorPageMetadata((await params).slug);
}

export default async function AuthorRoute({ params }: PageProps<'/author/[slug]'>) {
  return <AuthorListing slug={(await params).slug} page={1} />;
}
