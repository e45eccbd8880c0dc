import type { Metadata } from 'next';
import { getAuthor } from '@/lib/content/authors';
import { AuthorListing } from './listing';
import { authorParams } from '@/lib/content/static-params';

export const instant = false;

export async function generateStaticParams() {
  return authorParams();
}

export async function generateMetadata({ params }: PageProps<'/author/[slug]'>): Promise<Metadata> {
  const author = await getAuthor((await params).slug);
  return author ? { title: author.name } : {};
}

export default async function AuthorRoute({ params }: PageProps<'/author/[slug]'>) {
  return <AuthorListing slug={(await params).slug} page={1} />;
}
