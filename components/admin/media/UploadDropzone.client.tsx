'use client';

import Image from 'next/image';
import { useId, useState, type ReactNode } from 'react';
import { ACCEPTED_MIME_TYPES, ACCEPTED_NAMES, describeBytes, MAX_UPLOAD_BYTES } from '@/lib/media/limits';
import { imageSrc } from '@/lib/media/variants';
import type { UploadItem } from './image-uploads.client';

/**
 * Where images are dropped or chosen (several at once), and the list of uploads with progress
 * per file. Driven by useImageUploads(); `renderUploaded` adds something under a finished upload
 * (the library page asks for its alt text there).
 */
export function UploadDropzone({
  onFiles,
  items,
  announcement,
  onCancel,
  onDismiss,
  renderUploaded,
}: {
  onFiles: (files: FileList | readonly File[]) => void;
  items: readonly UploadItem[];
  announcement: string;
  onCancel: (key: string) => void;
  onDismiss: (key: string) => void;
  renderUploaded?: (item: UploadItem) => ReactNode;
}) {
  const inputId = useId();
  const hintId = useId();
  const [dragging, setDragging] = useState(false);

  return (
    <section aria-label="Upload images" className="space-y-3">
      <div
        onDragEnter={(event) => {
          if (!event.dataTransfer.types.includes('Files')) return;
          event.preventDefault();
          setDragging(true);
        }}
        onDragOver={(event) => {
          if (!event.dataTransfer.types.includes('Files')) return;
          event.preventDefault();
          event.dataTransfer.dropEffect = 'copy';
        }}
        onDragLeave={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
        }}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          if (event.dataTransfer.files.length) onFiles(event.dataTransfer.files);
        }}
        data-dragging={dragging || undefined}
        className={`flex flex-col items-center gap-2 rounded-sm border-2 border-dashed px-4 py-6 text-center ${
          dragging ? 'border-blue-700 bg-blue-50' : 'border-neutral-400 bg-white'
        }`}
      >
        <p className="text-neutral-800">Drag images here, or</p>
        <label
          htmlFor={inputId}
          className="inline-flex cursor-pointer items-center rounded-sm bg-neutral-900 px-4 py-2 text-sm font-semibold text-white hover:bg-neutral-700 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-blue-700 has-[:focus-visible]:ring-offset-2"
        >
          Choose images
          <input
            id={inputId}
            type="file"
            multiple
            accept={ACCEPTED_MIME_TYPES.join(',')}
            aria-describedby={hintId}
            className="sr-only"
            onChange={(event) => {
              if (event.currentTarget.files?.length) onFiles(event.currentTarget.files);
              event.currentTarget.value = '';
            }}
          />
        </label>
        <p id={hintId} className="text-sm text-neutral-600">
          {ACCEPTED_NAMES}, up to {describeBytes(MAX_UPLOAD_BYTES)} each. Photos are stored without their location and camera data.
        </p>
      </div>

      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>

      {items.length > 0 && (
        <ul aria-label="Uploads" className="divide-y divide-neutral-200 rounded-sm border border-neutral-300 bg-white">
          {items.map((item) => (
            <li key={item.key} className="space-y-2 px-3 py-2" data-upload-state={item.state}>
              <div className="flex flex-wrap items-center gap-3">
                <span className="min-w-0 flex-1 truncate font-medium" title={item.name}>
                  {item.name}
                </span>
                <span className="text-sm text-neutral-600">{describeBytes(item.size)}</span>
                {item.state !== 'failed' && item.state !== 'cancelled' && (
                  <progress
                    max={1}
                    value={item.state === 'done' ? 1 : item.sent}
                    aria-label={`Upload of ${item.name}`}
                    aria-valuetext={progressText(item)}
                    className="h-2 w-40 accent-neutral-900"
                  />
                )}
                <span className={`w-36 text-sm ${item.state === 'failed' ? 'font-semibold text-red-800' : 'text-neutral-700'}`}>{progressText(item)}</span>
                {item.state === 'queued' || item.state === 'uploading' ? (
                  <button type="button" onClick={() => onCancel(item.key)} className="text-sm underline" aria-label={`Cancel upload of ${item.name}`}>
                    Cancel
                  </button>
                ) : item.state !== 'processing' ? (
                  <button type="button" onClick={() => onDismiss(item.key)} className="text-sm underline" aria-label={`Remove ${item.name} from this list`}>
                    Dismiss
                  </button>
                ) : null}
              </div>
              {item.message && item.state === 'failed' && <p className="text-sm text-red-800">{item.message}</p>}
              {item.state === 'done' && item.image && renderUploaded && (
                <div className="flex gap-3">
                  <Image
                    src={imageSrc(item.image.storageKey)}
                    alt=""
                    width={item.image.width}
                    height={item.image.height}
                    sizes="128px"
                    className="h-24 w-32 shrink-0 rounded-sm bg-neutral-200 object-cover"
                  />
                  <div className="min-w-0 flex-1">{renderUploaded(item)}</div>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function progressText(item: UploadItem): string {
  switch (item.state) {
    case 'queued':
      return 'Waiting';
    case 'uploading':
      return `Uploading ${Math.round(item.sent * 100)}%`;
    case 'processing':
      return 'Processing…';
    case 'done':
      return 'Uploaded';
    case 'failed':
      return 'Failed';
    case 'cancelled':
      return 'Cancelled';
  }
}
