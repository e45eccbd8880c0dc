'use client';

import Image from 'next/image';
import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent, type MouseEvent, type PointerEvent, type ReactNode } from 'react';
import type { LightboxPhoto } from './lightbox-photos';

const SWIPE_DISTANCE = 40;

/**
 * Opens a gallery's photos over the page. The thumbnails inside (children) stay ordinary links
 * to each photo's page, which is what readers without JavaScript get; here a click on one opens
 * the dialog instead and the address bar follows the photo shown, so it can be shared.
 *
 * Keyboard: ←/→ previous and next, Escape closes, Tab stays inside the dialog; focus goes back to
 * the thumbnail that opened it. Touch: swipe left or right.
 */
export function Lightbox({ title, photos, children }: { title: string; photos: LightboxPhoto[]; children: ReactNode }) {
  const [index, setIndex] = useState<number | null>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const openerRef = useRef<HTMLElement | null>(null);
  const pushedRef = useRef(false);
  const swipeRef = useRef<{ x: number; y: number } | null>(null);
  const titleId = useId();
  const count = photos.length;

  const show = useCallback(
    (next: number, mode: 'push' | 'replace') => {
      const wrapped = (next + count) % count;
      setIndex(wrapped);
      const path = photos[wrapped].path;
      if (mode === 'push') {
        window.history.pushState(null, '', path);
        pushedRef.current = true;
      } else {
        window.history.replaceState(null, '', path);
      }
    },
    [count, photos],
  );

  const close = useCallback((viaHistory: boolean) => {
    setIndex(null);
    dialogRef.current?.close();
    if (pushedRef.current && !viaHistory) window.history.back();
    pushedRef.current = false;
    openerRef.current?.focus();
  }, []);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (index !== null && !dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
  }, [index]);

  // The browser's Back button while the lightbox is open closes it.
  useEffect(() => {
    if (index === null) return;
    const onPopState = () => close(true);
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [index, close]);

  const onStripClick = (event: MouseEvent<HTMLDivElement>) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('a[data-photo-index]');
    if (!link) return;
    event.preventDefault();
    openerRef.current = link;
    show(Number(link.dataset.photoIndex), 'push');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (index === null) return;
    if (count < 2 && event.key !== 'Tab') return;
    if (event.key === 'ArrowRight') {
      event.preventDefault();
      show(index + 1, 'replace');
    } else if (event.key === 'ArrowLeft') {
      event.preventDefault();
      show(index - 1, 'replace');
    } else if (event.key === 'Tab') {
      trapFocus(event);
    }
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    swipeRef.current = { x: event.clientX, y: event.clientY };
  };
  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    const start = swipeRef.current;
    swipeRef.current = null;
    if (!start || index === null || count < 2) return;
    const dx = event.clientX - start.x;
    const dy = event.clientY - start.y;
    if (Math.abs(dx) < SWIPE_DISTANCE || Math.abs(dx) < Math.abs(dy)) return;
    show(dx < 0 ? index + 1 : index - 1, 'replace');
  };

  const photo = index === null ? null : photos[index];

  return (
    <div onClick={onStripClick}>
      {children}
      <dialog
        ref={dialogRef}
        className="lightbox"
        aria-labelledby={titleId}
        // A click on the photo or the caption focuses the dialog itself, not the page behind it,
        // so the arrow keys keep working (also in Safari, whose buttons take no focus on click).
        tabIndex={-1}
        onCancel={(event) => {
          event.preventDefault();
          close(false);
        }}
        onKeyDown={onKeyDown}
      >
        {photo && index !== null ? (
          <div className="flex h-full flex-col font-sans">
            <div className="flex items-center gap-3 px-3 py-2 sm:px-5">
              <h2 id={titleId} className="min-w-0 flex-1 truncate text-sm font-semibold sm:text-base">
                {title}
              </h2>
              <p className="shrink-0 text-sm tabular-nums" aria-live="polite" data-testid="lightbox-counter">
                {index + 1} / {count}
              </p>
              <button
                type="button"
                data-autofocus
                onClick={() => close(false)}
                className="shrink-0 rounded px-3 py-1.5 text-sm font-semibold ring-1 ring-white/50 hover:bg-white/10"
              >
                Close<span className="sr-only"> gallery</span>
              </button>
            </div>
            <div
              // A sideways swipe is the lightbox's (touch-action), so the browser does not take it
              // over as a pan and cancel the pointer; vertical scrolling and pinch-zoom stay.
              className="relative flex min-h-0 flex-1 touch-pan-y touch-pinch-zoom items-center justify-center px-2 select-none"
              onPointerDown={onPointerDown}
              onPointerUp={onPointerUp}
              onPointerCancel={() => (swipeRef.current = null)}
            >
              <Image
                key={photo.src}
                src={photo.src}
                width={photo.width}
                height={photo.height}
                alt={photo.alt}
                sizes="100vw"
                draggable={false}
                className="h-auto max-h-full w-auto max-w-full object-contain"
                style={{ maxHeight: 'calc(100dvh - 9rem)' }}
              />
              {count > 1 ? (
                <>
                  <button
                    type="button"
                    onClick={() => show(index - 1, 'replace')}
                    className="absolute top-1/2 left-1 -translate-y-1/2 rounded-full bg-black/60 px-3 py-2 text-2xl leading-none hover:bg-black/80 sm:left-3"
                  >
                    <span aria-hidden="true">‹</span>
                    <span className="sr-only">Previous photo</span>
                  </button>
                  <button
                    type="button"
                    onClick={() => show(index + 1, 'replace')}
                    className="absolute top-1/2 right-1 -translate-y-1/2 rounded-full bg-black/60 px-3 py-2 text-2xl leading-none hover:bg-black/80 sm:right-3"
                  >
                    <span aria-hidden="true">›</span>
                    <span className="sr-only">Next photo</span>
                  </button>
                </>
              ) : null}
            </div>
            <div className="mx-auto w-full max-w-3xl px-4 py-3">
              <p className="caption">
                {photo.caption}
                {photo.caption && photo.credit ? ' ' : null}
                {photo.credit ? <span className="credit">{photo.credit}</span> : null}
              </p>
            </div>
          </div>
        ) : null}
      </dialog>
    </div>
  );
}

/** Keeps Tab and Shift+Tab cycling through the dialog's own controls. */
function trapFocus(event: KeyboardEvent<HTMLDialogElement>) {
  const focusable = [...event.currentTarget.querySelectorAll<HTMLElement>('button, a[href], [tabindex]:not([tabindex="-1"])')].filter(
    (element) => !element.hasAttribute('disabled'),
  );
  if (!focusable.length) return;
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  const active = document.activeElement;
  if (event.shiftKey && (active === first || !event.currentTarget.contains(active))) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || !event.currentTarget.contains(active))) {
    event.preventDefault();
    first.focus();
  }
}
