import type { Metadata } from 'next';
import { NewGalleryForm } from '@/components/admin/galleries/NewGalleryForm.client';
import { PageHeader } from '@/components/admin/shell/PageHeader';
import { requireStaffFor } from '@/lib/auth/page';
import { createGalleryAction } from '../actions';

export const metadata: Metadata = { title: 'New gallery' };

export default async function NewGalleryPage() {
  await requireStaffFor('/admin/galleries/new');
  return (
    <>
      <PageHeader title="New gallery" description="Name it first; then add photos from the library or upload new ones." />
      <NewGalleryForm action={createGalleryAction} />
    </>
  );
}
