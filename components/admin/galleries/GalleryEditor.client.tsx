'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ActionResult } from '@/lib/auth/guard';
import { ADMIN_GALLERIES_PATH } from '@/lib/galleries/admin-paths';
import type { StoryShowingGallery } from '@/lib/galleries/embeds';
import type { GalleryForEditing, GalleryPhoto } from '@/lib/galleries/view';
import { FormAlert } from '../forms/FormAlert.client';
import { MediaPicker, type PickedImage } from '../media/MediaPicker.client';
import { GalleryDetailsForm, type DetailsSaveResult, type DetailsValues } from './GalleryDetailsForm.client';
import { GalleryPhotoList, type MoveFocus } from './GalleryPhotoList.client';
import { GalleryPublishPanel } from './GalleryPublishPanel.client';

type GalleryResult = ActionResult<GalleryForEditing>;

/** The server actions the editor calls (app/admin/(newsroom)/galleries/actions.ts). */
export interface GalleryEditorActions {
  updateDetails: (input: unknown) => Promise<GalleryResult>;
  addPhotos: (input: unknown) => Promise<GalleryResult>;
  removePhoto: (input: unknown) => Promise<GalleryResult>;
  reorderPhotos: (input: unknown) => Promise<GalleryResult>;
  updatePhotoWords: (input: unknown) => Promise<GalleryResult>;
  publish: (input: unknown) => Promise<GalleryResult>;
  unpublish: (input: unknown) => Promise<GalleryResult>;
  remove: (input: unknown) => Promise<ActionResult<null>>;
}

export interface EditorMessage {
  tone: 'error' | 'success';
  text: string;
}

// Offline, or the answer lost after the server may have made the change: not known which.
const OFFLINE: Extract<GalleryResult, { ok: false }> = {
  ok: false,
  code: 'invalid',
  message: 'The server’s answer did not arrive, so the change may or may not have been made. Reload the page to see the gallery as it is now.',
};

function isGallery(value: unknown): value is GalleryForEditing {
  return typeof value === 'object' && value !== null && 'photos' in value && 'version' in value;
}

const sameOrder = (order: readonly number[], photos: readonly GalleryPhoto[]) =>
  order.length === photos.length && order.every((itemId, index) => photos[index]?.itemId === itemId);

/** Photos in the order the person last arranged them, while that order is still being saved. */
function arranged(photos: GalleryPhoto[], order: readonly number[] | null): GalleryPhoto[] {
  if (!order) return photos;
  const byId = new Map(photos.map((photo) => [photo.itemId, photo]));
  const placed = order.flatMap((itemId) => byId.get(itemId) ?? []);
  return [...placed, ...photos.filter((photo) => !order.includes(photo.itemId))];
}

/**
 * The gallery editor. Every change goes to the server at once, one at a time and in order, each
 * naming the version the previous one returned: so a quick series of moves never trips over
 * itself, while someone else's change in between gets a clear conflict and their version on
 * screen. A new order shows immediately and is saved behind it.
 */
export function GalleryEditor({
  initial,
  usedIn,
  canUpload,
  actions,
}: {
  initial: GalleryForEditing;
  usedIn: StoryShowingGallery[];
  canUpload: boolean;
  actions: GalleryEditorActions;
}) {
  const router = useRouter();
  const [gallery, setGallery] = useState(initial);
  const latest = useRef(initial);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const [pendingOrder, setPendingOrder] = useState<number[] | null>(null);
  const pendingOrderRef = useRef<number[] | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<EditorMessage | null>(null);
  const [messageRevision, setMessageRevision] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const [picking, setPicking] = useState(false);
  const [pickerNotice, setPickerNotice] = useState<string | undefined>();
  const [moveFocus, setMoveFocus] = useState<MoveFocus | null>(null);
  const [highlight, setHighlight] = useState<ReadonlySet<number>>(new Set());

  const accept = useCallback((next: GalleryForEditing) => {
    latest.current = next;
    setGallery(next);
  }, []);

  const say = useCallback((next: EditorMessage | null) => {
    setMessage(next);
    setMessageRevision((revision) => revision + 1);
  }, []);

  const setOrder = (order: number[] | null) => {
    pendingOrderRef.current = order;
    setPendingOrder(order);
  };

  /**
   * Runs `send` after every change queued before it, with the version the last one returned.
   * Resolves to the saved gallery, or null after showing why not.
   */
  const enqueue = useCallback(
    (label: string, send: (current: GalleryForEditing) => Promise<GalleryResult>): Promise<GalleryForEditing | null> => {
      const run = async (): Promise<GalleryForEditing | null> => {
        setBusy(label);
        let result: GalleryResult;
        try {
          result = await send(latest.current);
        } catch {
          result = OFFLINE;
        } finally {
          setBusy(null);
        }
        if (result.ok) {
          accept(result.value);
          // A refusal shown earlier is answered now.
          setMessage((shown) => (shown?.tone === 'error' ? null : shown));
          return result.value;
        }
        if (result.code === 'conflict' && isGallery(result.current)) {
          accept(result.current);
          pendingOrderRef.current = null;
          setPendingOrder(null);
        }
        say({ tone: 'error', text: result.code === 'unauthenticated' ? `${result.message} Your changes since the last save were not kept.` : result.message });
        return null;
      };
      const next = queue.current.then(run);
      queue.current = next;
      return next;
    },
    [accept, say],
  );

  const photos = arranged(gallery.photos, pendingOrder);
  const readOnly = !gallery.canEdit;

  // Warn before leaving while changes are still on their way.
  useEffect(() => {
    if (!busy && !pendingOrder) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [busy, pendingOrder]);

  function move(itemId: number, to: number, focus: MoveFocus['control']) {
    const order = (pendingOrderRef.current ?? latest.current.photos.map((photo) => photo.itemId)).slice();
    const from = order.indexOf(itemId);
    if (from < 0 || to < 0 || to >= order.length || to === from) return;
    order.splice(from, 1);
    order.splice(to, 0, itemId);
    setOrder(order);
    setMoveFocus({ itemId, control: focus });
    setAnnouncement(`Photo ${from + 1} moved to position ${to + 1} of ${order.length}.`);
    void enqueue('Saving the new order…', (current) => {
      const wanted = pendingOrderRef.current;
      if (!wanted || sameOrder(wanted, current.photos)) return Promise.resolve({ ok: true, value: current });
      return actions.reorderPhotos({ galleryId: current.id, version: current.version, itemIds: wanted });
    }).then((saved) => {
      if (saved && pendingOrderRef.current && sameOrder(pendingOrderRef.current, saved.photos)) setOrder(null);
      if (!saved) setOrder(null);
    });
  }

  async function addPicked(image: PickedImage) {
    setPickerNotice(`Adding “${image.alt || 'the image'}”…`);
    const saved = await enqueue('Adding the photo…', (current) =>
      actions.addPhotos({ galleryId: current.id, version: current.version, imageIds: [image.id] }),
    );
    if (saved) {
      const notice = `Added as photo ${saved.photos.length} of ${saved.photos.length}.`;
      setPickerNotice(notice);
      setAnnouncement(notice);
    } else {
      setPickerNotice('That photo could not be added. Close this dialog to see why.');
    }
  }

  async function removeFromGallery(photo: GalleryPhoto, position: number) {
    const saved = await enqueue('Removing the photo…', (current) =>
      actions.removePhoto({ galleryId: current.id, version: current.version, itemId: photo.itemId }),
    );
    if (saved) {
      setAnnouncement(`Photo ${position} removed. ${saved.photos.length} ${saved.photos.length === 1 ? 'photo' : 'photos'} left; the image stays in the library.`);
      const next = saved.photos[Math.min(position - 1, saved.photos.length - 1)];
      setMoveFocus(next ? { itemId: next.itemId, control: 'handle' } : null);
    }
  }

  async function saveWords(photo: GalleryPhoto, caption: string, credit: string): Promise<boolean> {
    const saved = await enqueue('Saving caption and credit…', (current) =>
      actions.updatePhotoWords({ galleryId: current.id, version: current.version, itemId: photo.itemId, caption, credit }),
    );
    return saved !== null;
  }

  async function saveDetails(values: DetailsValues): Promise<DetailsSaveResult> {
    let fieldErrors: Record<string, string> = {};
    const saved = await enqueue('Saving…', async (current) => {
      const result = await actions.updateDetails({ galleryId: current.id, version: current.version, ...values });
      if (!result.ok) fieldErrors = result.fieldErrors ?? {};
      return result;
    });
    if (!saved) return { ok: false, fieldErrors };
    say({ tone: 'success', text: 'Title, description and address saved.' });
    return { ok: true, saved: { title: saved.title, description: saved.description, slug: saved.slug } };
  }

  async function publish() {
    const saved = await enqueue('Publishing…', (current) => actions.publish({ galleryId: current.id, version: current.version }));
    if (saved) {
      setHighlight(new Set());
      say({ tone: 'success', text: 'Published. Readers can see the gallery now.' });
    } else {
      setHighlight(new Set(latest.current.photos.filter((photo) => !photo.image.alt.trim()).map((photo) => photo.itemId)));
    }
  }

  async function unpublish() {
    // Stories keep their place on the site without it: say so before it disappears from them.
    const onSite = usedIn.filter((story) => !story.deleted && (story.status === 'PUBLISHED' || story.status === 'SCHEDULED')).length;
    const warning =
      onSite === 1
        ? 'A published or scheduled story shows this gallery. Readers will not see the gallery in it once it is unpublished. Unpublish anyway?'
        : `${onSite} published or scheduled stories show this gallery. Readers will not see the gallery in them once it is unpublished. Unpublish anyway?`;
    if (onSite > 0 && !window.confirm(warning)) return;
    const saved = await enqueue('Unpublishing…', (current) => actions.unpublish({ galleryId: current.id, version: current.version }));
    if (saved) say({ tone: 'success', text: 'Unpublished. The gallery is a draft again and no longer on the site.' });
  }

  async function deleteGallery(): Promise<void> {
    setBusy('Deleting…');
    let result: ActionResult<null>;
    try {
      await queue.current;
      result = await actions.remove({ galleryId: latest.current.id, version: latest.current.version });
    } catch {
      result = OFFLINE;
    } finally {
      setBusy(null);
    }
    if (result.ok) {
      router.push(`${ADMIN_GALLERIES_PATH}?deleted=${encodeURIComponent(latest.current.title)}`);
      return;
    }
    if (result.code === 'conflict' && isGallery(result.current)) accept(result.current);
    say({ tone: 'error', text: result.message });
  }

  function updateAlt(imageId: number, alt: string) {
    const patch = (current: GalleryForEditing): GalleryForEditing => ({
      ...current,
      photos: current.photos.map((photo) => (photo.image.id === imageId ? { ...photo, image: { ...photo.image, alt } } : photo)),
    });
    accept(patch(latest.current));
    if (alt.trim()) {
      setHighlight((current) => new Set([...current].filter((itemId) => latest.current.photos.find((photo) => photo.itemId === itemId)?.image.id !== imageId)));
    }
  }

  return (
    <div className="grid items-start gap-8 xl:grid-cols-[1fr_22rem]">
      <div className="min-w-0 space-y-4">
        <FormAlert message={message?.text} tone={message?.tone} revision={messageRevision} />
        {readOnly && (
          <p className="rounded-sm border-l-4 border-neutral-500 bg-neutral-100 px-4 py-3 text-sm">
            Only {gallery.createdBy.name}, who created this gallery, or an editor can change it. You can still embed it in a story.
          </p>
        )}
        <section aria-labelledby="gallery-photos-heading" className="space-y-3">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <h2 id="gallery-photos-heading" className="font-serif text-2xl font-bold">
              Photos <span className="text-base font-normal text-neutral-700">({photos.length})</span>
            </h2>
            {!readOnly && (
              <button
                type="button"
                onClick={() => {
                  setPickerNotice(undefined);
                  setPicking(true);
                }}
                className="rounded-sm bg-neutral-900 px-4 py-2 text-sm font-semibold text-white outline-none hover:bg-neutral-700 focus-visible:ring-2 focus-visible:ring-blue-700 focus-visible:ring-offset-2"
              >
                Add photos
              </button>
            )}
          </div>
          {!readOnly && photos.length > 0 && (
            <p id="reorder-help" className="text-sm text-neutral-700">
              Drag a photo by its handle, or focus the handle and press ↑ or ↓ (Home and End go to the ends). The Move buttons do the same.
              Every change is saved at once.
            </p>
          )}
          <div className="flex min-h-5 flex-wrap items-center justify-between gap-2 text-sm">
            <p role="status" aria-live="polite" className="font-medium text-neutral-800">
              {announcement}
            </p>
            <p aria-hidden="true" className="text-neutral-600">
              {busy ?? (pendingOrder ? 'Saving…' : '')}
            </p>
          </div>
          <GalleryPhotoList
            photos={photos}
            readOnly={readOnly}
            highlight={highlight}
            moveFocus={moveFocus}
            onFocusDone={() => setMoveFocus(null)}
            onMove={move}
            onRemove={removeFromGallery}
            onSaveWords={saveWords}
            onAltSaved={updateAlt}
          />
        </section>
      </div>

      <div className="space-y-6 xl:sticky xl:top-6">
        <GalleryPublishPanel gallery={gallery} usedIn={usedIn} busy={busy !== null} readOnly={readOnly} onPublish={publish} onUnpublish={unpublish} onDelete={deleteGallery} />
        {!readOnly && <GalleryDetailsForm gallery={gallery} busy={busy !== null} onSave={saveDetails} />}
      </div>

      {!readOnly && (
        <MediaPicker
          open={picking}
          onClose={() => setPicking(false)}
          onPick={(image) => void addPicked(image)}
          canUpload={canUpload}
          title="Add photos to the gallery"
          pickLabel="Add to gallery"
          pickedIds={gallery.photos.map((photo) => photo.image.id)}
          notice={pickerNotice}
        />
      )}
    </div>
  );
}
