import type { Metadata } from 'next';
import { NewGalleryForm } from '@/components/admin/galleries/NewGalleryForm.client';
import { NotPermitted } from '@/components/admin/shell/NotPermitted';
import { PageHeader } from '@/components/admin/shell/PageHeader';
import { requireStaff } from '@/lib/auth/page';
import { can } from '@/lib/auth/permissions';
import { createGalleryAction } from '../actions';

export const metadata: Metadata = { title: 'New gallery' };

export default async function NewGalleryPage() {
  const actor = await requireStaff();
  if (!can(actor, 'createGalleries')) return <NotPermitted what="creating galleries" />;
  return (
    <>
      <PageHeader title="New gallery" description="Name it first; then add photos from the library or upload new ones." />
      <NewGalleryForm action={createGalleryAction} />
    </>
  );
}
