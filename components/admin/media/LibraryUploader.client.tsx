'use client';

import { useRouter } from 'next/navigation';
import { useCallback } from 'react';
import { useImageUploads } from './image-uploads.client';
import { ImageDetailsForm } from './ImageDetailsForm.client';
import { UploadDropzone } from './UploadDropzone.client';

/**
 * The library page's uploads: several files at once with progress per file; each finished upload
 * asks for its alt text right there, and the library below refreshes to include it.
 */
export function LibraryUploader() {
  const router = useRouter();
  const refresh = useCallback(() => router.refresh(), [router]);
  const uploads = useImageUploads({ onUploaded: refresh });
  return (
    <UploadDropzone
      onFiles={uploads.addFiles}
      items={uploads.items}
      announcement={uploads.announcement}
      onCancel={uploads.cancel}
      onDismiss={uploads.dismiss}
      renderUploaded={(item) =>
        item.image && (
          <ImageDetailsForm
            key={item.image.id}
            image={item.image}
            fields={['alt']}
            submitLabel="Save alt text"
            onSaved={(image) => {
              uploads.replaceImage(image);
              refresh();
            }}
          />
        )
      }
    />
  );
}
