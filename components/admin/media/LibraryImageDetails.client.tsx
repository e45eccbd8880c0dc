'use client';

import { useRouter } from 'next/navigation';
import type { LibraryImage } from '@/lib/media/browser-api';
import { ImageDetailsForm } from './ImageDetailsForm.client';

/** The details form on the library page: after a save, the grid and panel show the new words. */
export function LibraryImageDetails({ image }: { image: LibraryImage }) {
  const router = useRouter();
  // A new version (saved here or by the upload list, then refreshed) starts a fresh form from it;
  // an old one would meet the next save as someone else's change.
  return <ImageDetailsForm key={`${image.id}:${image.updatedAt}`} image={image} onSaved={() => router.refresh()} />;
}
