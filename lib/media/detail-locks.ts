import { Prisma } from '../db/client';

/**
 * Publishing checks that every picture it puts before readers has alt text, and removing alt text
 * checks that nothing public shows the picture. Each takes a lock on the image rows first (shared
 * here, exclusive in updateImageDetails), so the two can never both pass on what the other is
 * about to change: the later one waits, then reads what the first committed.
 */
export async function holdImageDetails(tx: Prisma.TransactionClient, imageIds: readonly number[]): Promise<void> {
  if (!imageIds.length) return;
  await tx.$queryRaw`SELECT id FROM "Image" WHERE id = ANY(${[...imageIds]}::int[]) ORDER BY id FOR SHARE`;
}

/** The same, for every photo of a gallery. */
export async function holdGalleryImageDetails(tx: Prisma.TransactionClient, galleryId: number): Promise<void> {
  await tx.$queryRaw`
    SELECT i.id FROM "Image" i JOIN "GalleryItem" g ON g."imageId" = i.id
     WHERE g."galleryId" = ${galleryId} ORDER BY i.id FOR SHARE OF i`;
}
