'use server';

import { redirect } from 'next/navigation';
import { formFields, runAction, type ActionResult } from '@/lib/auth/guard';
import { expireCachedContent } from '@/lib/content/revalidate';
import { adminGalleryPath } from '@/lib/galleries/admin-paths';
import {
  addPhotos,
  createGallery,
  deleteGallery,
  publishGallery,
  removePhoto,
  reorderPhotos,
  unpublishGallery,
  updateGalleryDetails,
  updatePhotoWords,
  type GalleryChange,
} from '@/lib/galleries/editor';
import {
  addPhotosInput,
  createGalleryInput,
  galleryVersionInput,
  removePhotoInput,
  reorderPhotosInput,
  updateGalleryDetailsInput,
  updatePhotoWordsInput,
} from '@/lib/galleries/input';
import type { GalleryForEditing } from '@/lib/galleries/view';

// The gallery editor's actions: runAction re-reads the session and checks the input shape,
// lib/galleries checks the roles table, the version and the rules, and commits; then the public
// pages showing the gallery are expired. Each answers with the gallery as saved, so the editor
// always holds the current version.

export async function createGalleryAction(_state: unknown, formData: FormData): Promise<ActionResult<never>> {
  const result = await runAction(createGalleryInput, formFields(formData), createGallery);
  if (!result.ok) return result;
  expireCachedContent(result.value.expire);
  redirect(adminGalleryPath(result.value.gallery.id));
}

function saved(result: ActionResult<GalleryChange>): ActionResult<GalleryForEditing> {
  if (!result.ok) return result;
  expireCachedContent(result.value.expire);
  return { ok: true, value: result.value.gallery };
}

export async function updateGalleryDetailsAction(input: unknown): Promise<ActionResult<GalleryForEditing>> {
  return saved(await runAction(updateGalleryDetailsInput, input, updateGalleryDetails));
}

export async function addPhotosAction(input: unknown): Promise<ActionResult<GalleryForEditing>> {
  return saved(await runAction(addPhotosInput, input, addPhotos));
}

export async function removePhotoAction(input: unknown): Promise<ActionResult<GalleryForEditing>> {
  return saved(await runAction(removePhotoInput, input, removePhoto));
}

export async function reorderPhotosAction(input: unknown): Promise<ActionResult<GalleryForEditing>> {
  return saved(await runAction(reorderPhotosInput, input, reorderPhotos));
}

export async function updatePhotoWordsAction(input: unknown): Promise<ActionResult<GalleryForEditing>> {
  return saved(await runAction(updatePhotoWordsInput, input, updatePhotoWords));
}

export async function publishGalleryAction(input: unknown): Promise<ActionResult<GalleryForEditing>> {
  return saved(await runAction(galleryVersionInput, input, publishGallery));
}

export async function unpublishGalleryAction(input: unknown): Promise<ActionResult<GalleryForEditing>> {
  return saved(await runAction(galleryVersionInput, input, unpublishGallery));
}

export async function deleteGalleryAction(input: unknown): Promise<ActionResult<null>> {
  const result = await runAction(galleryVersionInput, input, deleteGallery);
  if (!result.ok) return result;
  expireCachedContent(result.value.expire);
  return { ok: true, value: null };
}
