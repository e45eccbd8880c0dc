'use client';

/**
 * MediaPicker — choose a picture from the media library, or upload new ones, in a modal dialog.
 *
 *   <MediaPicker
 *     open={choosingHero}
 *     onClose={() => setChoosingHero(false)}
 *     onPick={(image) => { setHero(image); setChoosingHero(false); }}
 *     canUpload={canUpload}            // from the server: can(actor, 'uploadImages')
 *   />
 *
 * Props
 *   open        Whether the dialog is shown. A native modal <dialog>: the page behind is inert,
 *               focus stays inside, Escape closes it, and focus returns to what opened it.
 *   onClose()   The person closed the dialog (Escape, the Close button) without choosing.
 *   onPick(image: PickedImage)
 *               They chose an image: { id, storageKey, width, height, alt, caption, credit }
 *               (type PickedImage from '@/lib/media/browser-api'). The dialog does not close by
 *               itself; set `open` to false. Show it with next/image and
 *               `src={imageSrc(image.storageKey)}` from '@/lib/media/variants'.
 *               alt, caption and credit are the library's, as just saved: when the person may
 *               edit the image (its uploader, or an Editor/Admin) the picker asks for alt text
 *               before they can choose it and saves their changes to the library first. When they
 *               may not, the image is handed over as it is; its alt may then be empty.
 *   canUpload   Offer uploading (drag and drop or file input, several files, progress per file).
 *               Pass the server's answer; the upload route refuses anyone else regardless.
 *   title       Dialog heading; default "Choose an image".
 *   pickLabel   The choose button's text; default "Use this image".
 *   pickedIds   Images already chosen (a gallery's photos): marked "Already added" and not offered
 *               again. Lets the dialog stay open while several are picked one after another.
 *   notice      A line the dialog announces (role="status"), e.g. "Added as photo 4 of 4." —
 *               the page behind a modal dialog is inert, so its own live regions stay silent.
 *
 * Keyboard: type to search; Tab into the grid; arrow keys, Home and End move between images;
 * Enter or Space selects one; then Tab to its details and the choose button. Double-click picks.
 */

import Image from 'next/image';
import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { fetchImages, MediaApiError, toPickedImage, type LibraryImage, type PickedImage } from '@/lib/media/browser-api';
import { imageSrc } from '@/lib/media/variants';
import { useImageUploads } from './image-uploads.client';
import { ImageDetailsForm } from './ImageDetailsForm.client';
import { ImageName } from './ImageName';
import { UploadDropzone } from './UploadDropzone.client';

export type { PickedImage };

export interface MediaPickerProps {
  open: boolean;
  onClose: () => void;
  onPick: (image: PickedImage) => void;
  canUpload: boolean;
  title?: string;
  pickLabel?: string;
  pickedIds?: readonly number[];
  notice?: string;
}

const NONE: readonly number[] = [];

export function MediaPicker({
  open,
  onClose,
  onPick,
  canUpload,
  title = 'Choose an image',
  pickLabel = 'Use this image',
  pickedIds = NONE,
  notice,
}: MediaPickerProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      onClose={() => {
        if (open) onClose();
      }}
      className="m-auto h-[min(52rem,92vh)] w-[min(72rem,96vw)] max-w-none overflow-hidden rounded-sm bg-neutral-50 p-0 text-neutral-900 shadow-2xl backdrop:bg-black/60"
    >
      {open && (
        <PickerBody
          titleId={titleId}
          title={title}
          pickLabel={pickLabel}
          canUpload={canUpload}
          onPick={onPick}
          onClose={() => dialog.current?.close()}
          pickedIds={pickedIds}
          notice={notice}
        />
      )}
    </dialog>
  );
}

const PAGE_SIZE = 30;

function PickerBody({
  titleId,
  title,
  pickLabel,
  canUpload,
  onPick,
  onClose,
  pickedIds,
  notice,
}: {
  titleId: string;
  title: string;
  pickLabel: string;
  canUpload: boolean;
  onPick: (image: PickedImage) => void;
  onClose: () => void;
  pickedIds: readonly number[];
  notice?: string;
}) {
  const searchId = useId();
  const [query, setQuery] = useState('');
  const [images, setImages] = useState<LibraryImage[]>([]);
  const [page, setPage] = useState(1);
  const [pageCount, setPageCount] = useState(1);
  const [total, setTotal] = useState<number | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [activeIndex, setActiveIndex] = useState(0);
  const [focusAlt, setFocusAlt] = useState(false);
  const grid = useRef<HTMLUListElement>(null);

  const load = useCallback(async (search: string, pageNumber: number, signal?: AbortSignal) => {
    setLoading(true);
    setError(null);
    try {
      const result = await fetchImages({ query: search, page: pageNumber, pageSize: PAGE_SIZE }, signal);
      setImages((current) => (pageNumber === 1 ? result.images : [...current, ...result.images.filter((image) => !current.some((known) => known.id === image.id))]));
      setPage(result.page);
      setPageCount(result.pageCount);
      setTotal(result.total);
    } catch (caught) {
      if (caught instanceof DOMException && caught.name === 'AbortError') return;
      setError(caught instanceof MediaApiError ? caught.message : 'The library could not be loaded. Try again.');
    } finally {
      if (!signal?.aborted) setLoading(false);
    }
  }, []);

  // Search as the person types, a moment after they pause; a newer search cancels an older one.
  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(() => void load(query.trim(), 1, controller.signal), query ? 250 : 0);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, load]);

  const uploads = useImageUploads({
    onUploaded: (image) => {
      setImages((current) => [image, ...current.filter((known) => known.id !== image.id)]);
      setTotal((current) => (current === null ? current : current + 1));
      setSelectedId(image.id);
      setActiveIndex(0);
      setFocusAlt(true);
    },
  });

  const selected = images.find((image) => image.id === selectedId) ?? null;
  const picked = new Set(pickedIds);

  function replace(image: LibraryImage) {
    setImages((current) => current.map((known) => (known.id === image.id ? image : known)));
    uploads.replaceImage(image);
  }

  /**
   * Hands the image over. A gallery's picker stays open for the next one, and the button just
   * pressed becomes "Already added.": focus goes back to the image in the grid, not to the page.
   */
  function pick(image: PickedImage) {
    onPick(image);
    if (pickedIds) requestAnimationFrame(() => grid.current?.querySelector<HTMLElement>('[role="option"][tabindex="0"]')?.focus());
  }

  function focusOption(index: number) {
    const clamped = Math.max(0, Math.min(images.length - 1, index));
    setActiveIndex(clamped);
    grid.current?.querySelectorAll<HTMLElement>('[role="option"]')[clamped]?.focus();
  }

  // How many options share the first row, so Up and Down move by a whole row.
  function columns(): number {
    const options = grid.current?.querySelectorAll<HTMLElement>('[role="option"]');
    if (!options?.length) return 1;
    const top = options[0].offsetTop;
    let count = 0;
    for (const option of options) {
      if (option.offsetTop !== top) break;
      count += 1;
    }
    return Math.max(1, count);
  }

  function onGridKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    const moves: Record<string, () => number> = {
      ArrowRight: () => activeIndex + 1,
      ArrowLeft: () => activeIndex - 1,
      ArrowDown: () => activeIndex + columns(),
      ArrowUp: () => activeIndex - columns(),
      Home: () => 0,
      End: () => images.length - 1,
    };
    if (event.key in moves) {
      event.preventDefault();
      focusOption(moves[event.key]());
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const image = images[activeIndex];
      if (image) setSelectedId(image.id);
    }
  }

  const status = loading ? 'Loading…' : total === null ? '' : `${total} ${total === 1 ? 'image' : 'images'}${query.trim() ? ` matching “${query.trim()}”` : ''}`;

  return (
    <div className="flex h-full flex-col">
      <header className="flex items-center justify-between gap-4 border-b border-neutral-300 bg-white px-5 py-3">
        <h2 id={titleId} className="font-serif text-xl font-bold">
          {title}
        </h2>
        <button type="button" onClick={onClose} className="rounded-sm border border-neutral-400 px-3 py-1.5 text-sm font-semibold hover:bg-neutral-100">
          Close
        </button>
      </header>

      <div className="grid min-h-0 flex-1 md:grid-cols-[1fr_20rem]">
        <div className="min-h-0 space-y-4 overflow-y-auto p-5">
          {canUpload && (
            <UploadDropzone onFiles={uploads.addFiles} items={uploads.items} announcement={uploads.announcement} onCancel={uploads.cancel} onDismiss={uploads.dismiss} />
          )}

          <div role="search" className="flex flex-wrap items-end gap-3">
            <div className="min-w-60 flex-1">
              <label htmlFor={searchId} className="block text-sm font-semibold">
                Search the library
              </label>
              <input
                id={searchId}
                type="search"
                value={query}
                onChange={(event) => setQuery(event.target.value)}
                placeholder="Alt text, caption, credit or file name"
                autoFocus={!canUpload}
                className="mt-1 block w-full rounded-sm border border-neutral-400 bg-white px-3 py-2 outline-none focus-visible:ring-2 focus-visible:ring-blue-700"
              />
            </div>
            <p role="status" aria-live="polite" className="pb-2 text-sm text-neutral-700">
              {status}
            </p>
          </div>

          {error && (
            <p role="alert" className="rounded-sm bg-red-50 px-3 py-2 text-sm font-medium text-red-800">
              {error}
            </p>
          )}

          {images.length > 0 ? (
            <ul ref={grid} role="listbox" aria-label="Library images" onKeyDown={onGridKeyDown} className="grid grid-cols-[repeat(auto-fill,minmax(9rem,1fr))] gap-3">
              {images.map((image, index) => (
                <li
                  key={image.id}
                  role="option"
                  aria-selected={image.id === selectedId}
                  tabIndex={index === Math.min(activeIndex, images.length - 1) ? 0 : -1}
                  onClick={() => {
                    setActiveIndex(index);
                    setSelectedId(image.id);
                  }}
                  onDoubleClick={() => {
                    if ((image.alt || !image.canEdit) && !picked.has(image.id)) onPick(toPickedImage(image));
                  }}
                  onFocus={() => setActiveIndex(index)}
                  className={`cursor-pointer overflow-hidden rounded-sm border-2 bg-white outline-none focus-visible:ring-2 focus-visible:ring-blue-700 focus-visible:ring-offset-2 ${
                    image.id === selectedId ? 'border-blue-700' : 'border-transparent'
                  }`}
                >
                  <Image
                    src={imageSrc(image.storageKey)}
                    alt=""
                    width={image.width}
                    height={image.height}
                    sizes="160px"
                    className="aspect-[4/3] w-full bg-neutral-200 object-cover"
                  />
                  <span className="block truncate px-1.5 py-1 text-xs text-neutral-700">
                    {picked.has(image.id) && <span className="mr-1 font-semibold text-green-800">Already added ·</span>}
                    <ImageName alt={image.alt} originalFilename={image.originalFilename} />
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            !loading && !error && <p className="text-neutral-700">{query.trim() ? 'No images match your search.' : 'The library is empty.'}</p>
          )}

          {page < pageCount && (
            <button
              type="button"
              disabled={loading}
              onClick={() => void load(query.trim(), page + 1)}
              className="rounded-sm border border-neutral-400 bg-white px-4 py-2 text-sm font-semibold hover:bg-neutral-100 disabled:opacity-70"
            >
              {loading ? 'Loading…' : 'Show more images'}
            </button>
          )}
        </div>

        <aside aria-label="Selected image" className="min-h-0 overflow-y-auto border-t border-neutral-300 bg-white p-5 md:border-l md:border-t-0">
          <p role="status" className={notice ? 'mb-4 rounded-sm bg-green-50 px-3 py-2 text-sm font-medium text-green-900' : 'sr-only'}>
            {notice}
          </p>
          {selected ? (
            <div className="space-y-4">
              <Image
                src={imageSrc(selected.storageKey)}
                alt={selected.alt}
                width={selected.width}
                height={selected.height}
                sizes="320px"
                className="w-full rounded-sm bg-neutral-200"
              />
              <p className="break-words text-sm text-neutral-700">
                {selected.originalFilename || 'Untitled image'} · {selected.width}×{selected.height}
              </p>
              {picked.has(selected.id) ? (
                <>
                  <ImageDetailsForm key={selected.id} image={selected} onSaved={replace} />
                  <p className="rounded-sm bg-green-50 px-2 py-1 text-sm font-medium text-green-900">Already added.</p>
                </>
              ) : selected.canEdit ? (
                <ImageDetailsForm
                  key={selected.id}
                  image={selected}
                  requireAlt
                  autoFocus={focusAlt}
                  submitLabel={pickLabel}
                  onSaved={(image) => {
                    replace(image);
                    pick(toPickedImage(image));
                  }}
                />
              ) : (
                <>
                  <ImageDetailsForm key={selected.id} image={selected} />
                  {!selected.alt && (
                    <p className="rounded-sm bg-amber-50 px-2 py-1 text-sm">
                      This image has no alt text yet. A story using it cannot be published until its uploader or an editor adds it.
                    </p>
                  )}
                  <button
                    type="button"
                    onClick={() => pick(toPickedImage(selected))}
                    className="rounded-sm bg-neutral-900 px-3 py-1.5 text-sm font-semibold text-white hover:bg-neutral-700"
                  >
                    {pickLabel}
                  </button>
                </>
              )}
            </div>
          ) : (
            <p className="text-sm text-neutral-700">Select an image to see its details{canUpload ? ', or upload new ones' : ''}.</p>
          )}
        </aside>
      </div>
    </div>
  );
}
