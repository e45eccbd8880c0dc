import { adminGalleryPath } from '@/lib/galleries/admin-paths';

/**
 * Addresses inside the newsroom's media library, and of the admin pages an image's usage links
 * to. Usable on server and client.
 */

export interface LibraryView {
  query: string;
  page: number;
  missingAlt: boolean;
  mine: boolean;
  /** The image whose details are open. */
  image: number | null;
}

export function libraryHref(view: Partial<LibraryView>): string {
  const params = new URLSearchParams();
  if (view.query) params.set('q', view.query);
  if (view.missingAlt) params.set('missing', '1');
  if (view.mine) params.set('mine', '1');
  if (view.page && view.page > 1) params.set('page', String(view.page));
  if (view.image) params.set('image', String(view.image));
  const search = params.toString();
  return search ? `/admin/media?${search}` : '/admin/media';
}

/** The story editor (the "stories" area) and the gallery editor. */
export const adminStoryHref = (id: number) => `/admin/stories/${id}`;
export const adminGalleryHref = adminGalleryPath;
