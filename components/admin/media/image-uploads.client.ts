'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { MediaApiError, uploadImage, type LibraryImage, type UploadHandle } from '@/lib/media/browser-api';
import { describeBytes, MAX_UPLOAD_BYTES } from '@/lib/media/limits';

/**
 * A queue of image uploads with progress per file, shared by the picker and the library page.
 * Files go up one request each, two at a time (the server re-encodes each one; more in parallel
 * would only queue there). A file above the size limit is refused here, before any byte is sent.
 */

export type UploadState = 'queued' | 'uploading' | 'processing' | 'done' | 'failed' | 'cancelled';

export interface UploadItem {
  key: string;
  name: string;
  size: number;
  /** Share of the file sent so far, 0–1. */
  sent: number;
  state: UploadState;
  message?: string;
  image?: LibraryImage;
}

export function useImageUploads({ onUploaded, concurrency = 2 }: { onUploaded?: (image: LibraryImage) => void; concurrency?: number } = {}) {
  const [items, setItems] = useState<UploadItem[]>([]);
  const [announcement, setAnnouncement] = useState('');
  // What the uploads since the queue was last empty came to: a screen reader hears each file as
  // it ends, and one line for them all when the last one does (a quick run of files would
  // otherwise be heard as its last file only).
  const batch = useRef<{ uploaded: number; failed: { name: string; message: string }[] }>({ uploaded: 0, failed: [] });
  const files = useRef(new Map<string, File>());
  const handles = useRef(new Map<string, UploadHandle>());
  const queue = useRef<string[]>([]);
  const active = useRef(0);
  const uploaded = useRef(onUploaded);
  useEffect(() => {
    uploaded.current = onUploaded;
  }, [onUploaded]);
  // Leaving the page cancels what is still in flight.
  useEffect(() => {
    const inFlight = handles.current;
    return () => inFlight.forEach((handle) => handle.abort());
  }, []);

  const update = useCallback((key: string, patch: Partial<UploadItem>) => {
    setItems((current) => current.map((item) => (item.key === key ? { ...item, ...patch } : item)));
  }, []);

  // The queue runner calls itself when an upload ends; through a ref, so it is always the latest.
  const pumpRef = useRef<() => void>(() => {});
  const pump = useCallback(() => {
    while (active.current < concurrency && queue.current.length > 0) {
      const key = queue.current.shift();
      const file = key ? files.current.get(key) : undefined;
      if (!key || !file) continue;
      active.current += 1;
      update(key, { state: 'uploading' });
      const handle = uploadImage(file, {}, (sent) => update(key, { sent, state: sent >= 1 ? 'processing' : 'uploading' }));
      handles.current.set(key, handle);
      handle.done
        .then((image) => {
          update(key, { state: 'done', sent: 1, image });
          batch.current.uploaded += 1;
          setAnnouncement(`${file.name} uploaded.`);
          uploaded.current?.(image);
        })
        .catch((error: unknown) => {
          if (error instanceof DOMException && error.name === 'AbortError') {
            update(key, { state: 'cancelled', message: 'Cancelled.' });
            return;
          }
          const message = error instanceof MediaApiError ? error.message : 'The upload failed. Try again.';
          update(key, { state: 'failed', message });
          batch.current.failed.push({ name: file.name, message });
          setAnnouncement(`${file.name} could not be uploaded: ${message}`);
        })
        .finally(() => {
          active.current -= 1;
          handles.current.delete(key);
          files.current.delete(key);
          pumpRef.current();
          if (active.current === 0 && queue.current.length === 0) {
            const { uploaded: count, failed } = batch.current;
            batch.current = { uploaded: 0, failed: [] };
            if (count + failed.length > 1) setAnnouncement(batchSummary(count, failed));
          }
        });
    }
  }, [concurrency, update]);
  useEffect(() => {
    pumpRef.current = pump;
  }, [pump]);

  const addFiles = useCallback(
    (list: FileList | readonly File[]) => {
      const added: UploadItem[] = [];
      for (const file of Array.from(list)) {
        const key = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
        const item: UploadItem = { key, name: file.name, size: file.size, sent: 0, state: 'queued' };
        if (file.size === 0) Object.assign(item, { state: 'failed', message: 'The file is empty.' });
        else if (file.size > MAX_UPLOAD_BYTES) {
          Object.assign(item, { state: 'failed', message: `The file is ${describeBytes(file.size)}; the limit is ${describeBytes(MAX_UPLOAD_BYTES)}.` });
        } else {
          files.current.set(key, file);
          queue.current.push(key);
        }
        added.push(item);
      }
      if (!added.length) return;
      setItems((current) => [...added, ...current]);
      const refused = added.filter((item) => item.state === 'failed');
      // Part of a batch that will end with a summary: one with a file to send, or one under way.
      if (refused.length < added.length || active.current > 0) batch.current.failed.push(...refused.map((item) => ({ name: item.name, message: item.message ?? '' })));
      setAnnouncement(
        `${added.length - refused.length} ${added.length - refused.length === 1 ? 'image' : 'images'} uploading.` +
          refused.map((item) => ` ${item.name}: ${item.message}`).join(''),
      );
      pump();
    },
    [pump],
  );

  const cancel = useCallback((key: string) => {
    handles.current.get(key)?.abort();
    if (queue.current.includes(key)) {
      queue.current = queue.current.filter((queued) => queued !== key);
      files.current.delete(key);
      setItems((current) => current.map((item) => (item.key === key ? { ...item, state: 'cancelled', message: 'Cancelled.' } : item)));
    }
  }, []);

  const dismiss = useCallback((key: string) => setItems((current) => current.filter((item) => item.key !== key)), []);

  /** Keeps a finished upload's image in step after its words were edited. */
  const replaceImage = useCallback((image: LibraryImage) => {
    setItems((current) => current.map((item) => (item.image?.id === image.id ? { ...item, image } : item)));
  }, []);

  return { items, announcement, addFiles, cancel, dismiss, replaceImage };
}

/** "Uploads finished: 2 images uploaded; 1 could not be: notes.jpg (This file is not an image…)." */
export function batchSummary(uploaded: number, failed: readonly { name: string; message: string }[]): string {
  const images = (count: number) => `${count} ${count === 1 ? 'image' : 'images'}`;
  if (!failed.length) return `Uploads finished: ${images(uploaded)} uploaded.`;
  const reasons = failed.map(({ name, message }) => `${name} (${message.replace(/\.$/, '')})`).join('; ');
  return `Uploads finished: ${images(uploaded)} uploaded; ${failed.length} could not be: ${reasons}.`;
}
