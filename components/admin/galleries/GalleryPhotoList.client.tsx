'use client';

import { useEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import type { GalleryPhoto } from '@/lib/galleries/view';
import { GalleryPhotoCard } from './GalleryPhotoCard.client';

/** Which control of which photo takes focus after the photo moved (its DOM node moved too). */
export interface MoveFocus {
  itemId: number;
  control: 'handle' | 'up' | 'down';
}

interface DropTarget {
  itemId: number;
  after: boolean;
}

/**
 * The gallery's photos in order. Reordering works three ways, all ending in `onMove`:
 *   - drag a photo by its handle and drop it above or below another;
 *   - focus the handle and press ↑ / ↓ (Home / End for the ends);
 *   - the Move up / Move down buttons (Alt+↑ / Alt+↓ work on them too).
 * Focus follows the moved photo, and the editor announces its new position.
 */
export function GalleryPhotoList({
  photos,
  readOnly,
  highlight,
  moveFocus,
  onFocusDone,
  onMove,
  onRemove,
  onSaveWords,
  onAltSaved,
}: {
  photos: GalleryPhoto[];
  readOnly: boolean;
  /** Photos to point out (those that held up publishing). */
  highlight: ReadonlySet<number>;
  moveFocus: MoveFocus | null;
  onFocusDone: () => void;
  onMove: (itemId: number, to: number, focus: MoveFocus['control']) => void;
  onRemove: (photo: GalleryPhoto, position: number) => void;
  onSaveWords: (photo: GalleryPhoto, caption: string, credit: string) => Promise<boolean>;
  onAltSaved: (imageId: number, alt: string) => void;
}) {
  const list = useRef<HTMLOListElement>(null);
  const [dragging, setDragging] = useState<number | null>(null);
  const [dropTarget, setDropTarget] = useState<DropTarget | null>(null);

  useEffect(() => {
    if (!moveFocus) return;
    const card = list.current?.querySelector<HTMLElement>(`[data-photo="${moveFocus.itemId}"]`);
    const wanted = card?.querySelector<HTMLButtonElement>(`[data-control="${moveFocus.control}"]`);
    // At the top, "Move up" is disabled: the handle keeps the focus instead.
    const target = wanted && !wanted.disabled ? wanted : card?.querySelector<HTMLElement>('[data-control="handle"]');
    target?.focus({ preventScroll: true });
    // The photo moved, and focus may not have (the same handle): bring the photo itself into view.
    card?.scrollIntoView({ block: 'nearest' });
    onFocusDone();
  }, [moveFocus, photos, onFocusDone]);

  if (!photos.length) {
    return (
      <p className="rounded-sm border border-dashed border-neutral-400 bg-white px-4 py-8 text-center text-neutral-700">
        No photos yet.{readOnly ? '' : ' Use “Add photos” to choose from the library or upload new ones.'}
      </p>
    );
  }

  function onHandleKeyDown(event: KeyboardEvent<HTMLElement>, index: number, itemId: number) {
    const targets: Record<string, number> = { ArrowUp: index - 1, ArrowDown: index + 1, Home: 0, End: photos.length - 1 };
    if (!(event.key in targets)) return;
    event.preventDefault();
    onMove(itemId, targets[event.key], 'handle');
  }

  function onButtonKeyDown(event: KeyboardEvent<HTMLElement>, index: number, itemId: number) {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    onMove(itemId, event.key === 'ArrowUp' ? index - 1 : index + 1, event.key === 'ArrowUp' ? 'up' : 'down');
  }

  function onDragOver(event: DragEvent<HTMLLIElement>, itemId: number) {
    if (dragging === null) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    const box = event.currentTarget.getBoundingClientRect();
    const after = event.clientY > box.top + box.height / 2;
    if (dropTarget?.itemId !== itemId || dropTarget.after !== after) setDropTarget({ itemId, after });
  }

  function onDrop(event: DragEvent<HTMLLIElement>) {
    event.preventDefault();
    if (dragging !== null && dropTarget && dropTarget.itemId !== dragging) {
      const rest = photos.map((photo) => photo.itemId).filter((itemId) => itemId !== dragging);
      const to = rest.indexOf(dropTarget.itemId) + (dropTarget.after ? 1 : 0);
      onMove(dragging, to, 'handle');
    }
    setDragging(null);
    setDropTarget(null);
  }

  return (
    <ol ref={list} aria-label="Photos in gallery order" className="space-y-3">
      {photos.map((photo, index) => {
        const target = dropTarget?.itemId === photo.itemId && dragging !== photo.itemId ? dropTarget : null;
        return (
          <li
            key={photo.itemId}
            data-photo={photo.itemId}
            onDragOver={readOnly ? undefined : (event) => onDragOver(event, photo.itemId)}
            onDrop={readOnly ? undefined : onDrop}
            className={`relative rounded-sm border bg-white p-3 ${highlight.has(photo.itemId) ? 'border-amber-600 ring-2 ring-amber-400' : 'border-neutral-300'} ${
              dragging === photo.itemId ? 'opacity-50' : ''
            }`}
          >
            {target && (
              <span aria-hidden="true" className={`absolute inset-x-0 h-1 rounded-full bg-blue-700 ${target.after ? '-bottom-2' : '-top-2'}`} />
            )}
            <GalleryPhotoCard
              photo={photo}
              position={index + 1}
              total={photos.length}
              readOnly={readOnly}
              handleProps={{
                draggable: true,
                onDragStart: (event) => {
                  event.dataTransfer.effectAllowed = 'move';
                  event.dataTransfer.setData('text/plain', String(photo.itemId));
                  const card = event.currentTarget.closest('li');
                  if (card) event.dataTransfer.setDragImage(card, 24, 24);
                  setDragging(photo.itemId);
                },
                onDragEnd: () => {
                  setDragging(null);
                  setDropTarget(null);
                },
                onKeyDown: (event) => onHandleKeyDown(event, index, photo.itemId),
              }}
              onMoveUp={() => onMove(photo.itemId, index - 1, 'up')}
              onMoveDown={() => onMove(photo.itemId, index + 1, 'down')}
              onMoveKeyDown={(event) => onButtonKeyDown(event, index, photo.itemId)}
              onRemove={() => onRemove(photo, index + 1)}
              onSaveWords={(caption, credit) => onSaveWords(photo, caption, credit)}
              onAltSaved={(alt) => onAltSaved(photo.image.id, alt)}
            />
          </li>
        );
      })}
    </ol>
  );
}
