import type { Metadata } from 'next';
import Link from 'next/link';
import { GalleryEditor } from '@/components/admin/galleries/GalleryEditor.client';
import { PageHeader } from '@/components/admin/shell/PageHeader';
import type { CurrentUser } from '@/lib/auth/current-user';
import { NotFound } from '@/lib/auth/guard';
import { requireStaffFor } from '@/lib/auth/page';
import { can } from '@/lib/auth/permissions';
import { ADMIN_GALLERIES_PATH } from '@/lib/galleries/admin-paths';
import { getGalleryForEditing, storiesUsingGallery } from '@/lib/galleries/queries';
import { rowIdFrom } from '@/lib/db/row-id';
import {
  addPhotosAction,
  deleteGalleryAction,
  publishGalleryAction,
  removePhotoAction,
  reorderPhotosAction,
  unpublishGalleryAction,
  updateGalleryDetailsAction,
  updatePhotoWordsAction,
} from '../actions';

export const metadata: Metadata = { title: 'Edit gallery' };

const actions = {
  updateDetails: updateGalleryDetailsAction,
  addPhotos: addPhotosAction,
  removePhoto: removePhotoAction,
  reorderPhotos: reorderPhotosAction,
  updatePhotoWords: updatePhotoWordsAction,
  publish: publishGalleryAction,
  unpublish: unpublishGalleryAction,
  remove: deleteGalleryAction,
};

export default async function EditGalleryPage({ params }: PageProps<'/admin/galleries/[id]'>) {
  const actor = await requireStaffFor('/admin/galleries');
  const id = rowIdFrom((await params).id);
  const opened = id === null ? null : await open(actor, id);
  if (!opened) {
    return (
      <>
        <PageHeader title="Gallery not found" description="It may have been deleted." />
        <Link href={ADMIN_GALLERIES_PATH} className="font-semibold underline">
          All galleries
        </Link>
      </>
    );
  }
  const [gallery, usedIn] = opened;
  return (
    <>
      <PageHeader
        title={gallery.title}
        description={`Created by ${gallery.createdBy.name}.`}
        actions={
          <Link href={ADMIN_GALLERIES_PATH} className="text-sm font-semibold underline">
            All galleries
          </Link>
        }
      />
      <GalleryEditor key={gallery.id} initial={gallery} usedIn={usedIn} canUpload={can(actor, 'uploadImages')} actions={actions} />
    </>
  );
}

async function open(actor: CurrentUser, id: number) {
  try {
    return await Promise.all([getGalleryForEditing(actor, id), storiesUsingGallery(actor, id)]);
  } catch (error) {
    if (error instanceof NotFound) return null;
    throw error;
  }
}
