/** Where the newsroom edits galleries. No server dependencies: links on either side use it. */
export const ADMIN_GALLERIES_PATH = '/admin/galleries';
export const NEW_GALLERY_PATH = '/admin/galleries/new';
export const adminGalleryPath = (id: number) => `${ADMIN_GALLERIES_PATH}/${id}`;
