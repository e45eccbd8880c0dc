'use client';

import { useRouter } from 'next/navigation';
import type { LibraryImage } from '@/lib/media/browser-api';
import { ImageDetailsForm } from './ImageDetailsForm.client';

/** The details form on the library page: after a save, the grid and panel show the new words. */
export function LibraryImageDetails({ image }: { image: LibraryImage }) {
  const router = useRouter();
  // A newer version of the same image (saved by the upload list, then refreshed) is taken up by
  // the form itself, which keeps its "Saved." and any unsaved words; another image starts afresh.
  return <ImageDetailsForm key={image.id} image={image} onSaved={() => router.refresh()} />;
}
