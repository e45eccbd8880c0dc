'use client';

import { useRouter } from 'next/navigation';
import type { LibraryImage } from '@/lib/media/browser-api';
import { ImageDetailsForm } from './ImageDetailsForm.client';

/** The details form on the library page: after a save, the grid and panel show the new words. */
export function LibraryImageDetails({ image }: { image: LibraryImage }) {
  const router = useRouter();
  return <ImageDetailsForm image={image} onSaved={() => router.refresh()} />;
}
