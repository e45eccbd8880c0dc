'use client';

import dynamic from 'next/dynamic';
import Link from 'next/link';
import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type ClipboardEvent, type FormEvent, type ReactNode } from 'react';
import { sameJson } from '@/lib/db/json';
import type { FigureImage } from '@/lib/document/extensions';
import { EMPTY_DOCUMENT, type StoryDocument } from '@/lib/document/schema';
import { tidyFragment } from '@/lib/document/typography';
import { LIMITS, MEDIA_MARKERS, type MediaMarkerValue, type StoryFieldsInput } from '@/lib/editorial/fields';
import type { ActionResult } from '@/lib/auth/guard';
import type { ConflictState, SaveAnswer } from '@/lib/editorial/save';
import type { EditorStory, GalleryOption, ImageInfo, PersonOption, SectionOption, TagOption } from '@/lib/editorial/queries';
import type { StoryStatus } from '@/lib/editorial/workflow';
import { imageSrc, VARIANT_WIDTHS } from '@/lib/media/variants';
import { slugify } from '@/lib/slug';
import { formatClock } from '@/lib/time/format';
import { dateToZonedInput, readZonedInput } from '@/lib/time/zoned-input';
import { newsroomTime } from '../stories/adminTime';
import {
  autosaveStoryAction,
  createDraftAction,
  deleteStoryAction,
  discardPendingChangesAction,
  galleryOptionsAction,
  imageInfoAction,
  publishStoryAction,
  restoreStoryAction,
  returnToDraftAction,
  saveStoryAction,
  scheduleStoryAction,
  searchTagsAction,
  submitForReviewAction,
  unpublishStoryAction,
  unscheduleStoryAction,
} from '@/app/admin/(newsroom)/stories/actions';
import { photoCount } from '@/lib/galleries/photo-count';
import { libraryHref } from '../media/library-links';
import { MediaPicker, type PickedImage } from '../media/MediaPicker.client';
import CommentsPanel from './CommentsPanel.client';
import ConflictDialog from './ConflictDialog.client';
import { GalleryPicker } from './GalleryPicker.client';
import TagPicker from './TagPicker.client';
import { copyKey, dropCopy, keepCopy, keptCopies, newEditorName, type KeptCopy } from './local-copies';
import { tagChangesNotice, withTagChanges } from './tag-changes';

// ProseMirror needs the DOM; the rest of the form renders on the server.
const BodyEditor = dynamic(() => import('./BodyEditor.client'), {
  ssr: false,
  loading: () => <div className="min-h-[24rem] rounded border border-neutral-300 p-4 text-neutral-600">Loading editor…</div>,
});

/** What the editor holds while someone writes; converted to StoryFieldsInput to save. */
export interface DraftState {
  headline: string;
  standfirst: string;
  mediaMarker: MediaMarkerValue | null;
  slug: string;
  slugAuto: boolean;
  sectionId: number;
  authorIds: number[];
  creditLine: string;
  tags: TagOption[];
  newTags: string[];
  heroImageId: number | null;
  heroCaption: string;
  heroCredit: string;
  galleryId: number | null;
  body: StoryDocument;
  seoTitle: string;
  seoDescription: string;
  canonicalUrl: string;
  noindex: boolean;
}

type SaveState = 'new' | 'saved' | 'held' | 'dirty' | 'saving' | 'offline' | 'conflict' | 'error';

interface Meta {
  id: number | null;
  version: number;
  status: EditorStory['status'];
  deleted: boolean;
  everPublished: boolean;
  scheduledAt: string | null;
  publicPath: string | null;
  may: EditorStory['may'];
}

/** A stored variant (lib/media/variants.ts) small enough for the editor, that exists for this image. */
function previewSrc(image: Pick<ImageInfo, 'src' | 'width'>): string {
  const fitting = VARIANT_WIDTHS.filter((width) => width <= Math.min(960, image.width));
  return `${image.src}/w${fitting.length ? fitting[fitting.length - 1] : VARIANT_WIDTHS[0]}.webp`;
}

const AUTOSAVE_DELAY_MS = 2_500;
const AUTOSAVE_MAX_WAIT_MS = 10_000;
const LOCAL_COPY_EVERY_MS = 1_000;

/**
 * A server action that failed on the server rejects with an Error (its digest, or "unexpected
 * response" for a proxy's error page); one that never got there with fetch's TypeError.
 */
function failedOnServer(error: unknown): boolean {
  return error instanceof Error && !(error instanceof TypeError) && navigator.onLine;
}

/** The offer of copies kept in this browser; `newest` is when the newest was written. */
function keptCopiesText(count: number, newest: string): string {
  return count > 1
    ? `This browser kept ${count} copies of this story that differ from the saved one (other tabs or earlier visits). The newest is from ${newest}.`
    : `This browser kept a copy of this story from ${newest} that differs from the saved one.`;
}

function toFields(draft: DraftState): StoryFieldsInput {
  return {
    headline: draft.headline,
    standfirst: draft.standfirst,
    mediaMarker: draft.mediaMarker,
    // A typed slug is sent as the address it makes (Şəki bazarı → seki-bazari), so a half-typed
    // one never holds up saving the rest of the story.
    slug: draft.slugAuto ? draft.slug : slugify(draft.slug, LIMITS.slug),
    slugAuto: draft.slugAuto,
    sectionId: draft.sectionId,
    authorIds: draft.authorIds,
    creditLine: draft.creditLine || null,
    tagIds: draft.tags.map((tag) => tag.id),
    newTags: draft.newTags,
    heroImageId: draft.heroImageId,
    heroCaption: draft.heroCaption || null,
    heroCredit: draft.heroCredit || null,
    galleryId: draft.galleryId,
    body: draft.body,
    seoTitle: draft.seoTitle || null,
    seoDescription: draft.seoDescription || null,
    canonicalUrl: draft.canonicalUrl || null,
    noindex: draft.noindex,
  };
}

function fromFields(fields: EditorStory['fields'] | NonNullable<EditorStory['pending']>['fields'], tags: TagOption[], everPublished: boolean): DraftState {
  const names = new Map(tags.map((tag) => [tag.id, tag]));
  return {
    headline: fields.headline,
    standfirst: fields.standfirst,
    mediaMarker: fields.mediaMarker,
    slug: fields.slug,
    slugAuto: !everPublished && fields.slug === slugify(fields.headline, LIMITS.slug - 4),
    sectionId: fields.sectionId,
    authorIds: fields.authorIds,
    creditLine: fields.creditLine ?? '',
    tags: fields.tagIds.map((id) => names.get(id) ?? { id, name: `#${id}` }),
    newTags: fields.newTags,
    heroImageId: fields.heroImageId,
    heroCaption: fields.heroCaption ?? '',
    heroCredit: fields.heroCredit ?? '',
    galleryId: fields.galleryId,
    body: fields.body,
    seoTitle: fields.seoTitle ?? '',
    seoDescription: fields.seoDescription ?? '',
    canonicalUrl: fields.canonicalUrl ?? '',
    noindex: fields.noindex,
  };
}

const STATUS_LABEL: Record<EditorStory['status'], string> = {
  DRAFT: 'Draft',
  IN_REVIEW: 'In review',
  SCHEDULED: 'Scheduled',
  PUBLISHED: 'Published',
  UNPUBLISHED: 'Unpublished',
};

export interface StoryEditorProps {
  story: EditorStory | null;
  sections: SectionOption[];
  staff: PersonOption[];
  galleries: GalleryOption[];
  currentUser: { id: number; name: string };
  /** What the signed-in person may do with a story they create (before it exists). */
  newStoryRights: EditorStory['may'];
  timeZone: string;
  /** Said (and given the keyboard's place) on arrival, after a step taken on another page: a revision restored. */
  arrivalNotice?: string;
}

export default function StoryEditor(props: StoryEditorProps) {
  const { story } = props;
  const initialDraft = useMemo<DraftState>(
    () =>
      story
        ? fromFields(story.fields, story.tags, story.everPublished)
        : {
            ...fromFields(
              {
                headline: '',
                standfirst: '',
                mediaMarker: null,
                slug: '',
                slugAuto: true,
                sectionId: props.sections[0]?.id ?? 0,
                authorIds: [props.currentUser.id],
                creditLine: null,
                tagIds: [],
                newTags: [],
                heroImageId: null,
                heroCaption: null,
                heroCredit: null,
                galleryId: null,
                body: EMPTY_DOCUMENT,
                seoTitle: null,
                seoDescription: null,
                canonicalUrl: null,
                noindex: false,
              },
              [],
              false,
            ),
            slugAuto: true,
          },
    // The initial draft is computed once; later server state arrives through actions.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );

  const [draft, setDraft] = useState<DraftState>(initialDraft);
  const draftRef = useRef(draft);
  const [meta, setMeta] = useState<Meta>(() => ({
    id: story?.id ?? null,
    version: story?.version ?? 0,
    status: story?.status ?? 'DRAFT',
    deleted: story?.deleted ?? false,
    everPublished: story?.everPublished ?? false,
    scheduledAt: story?.scheduledAt ?? null,
    publicPath: story?.publicPath ?? null,
    may: story?.may ?? props.newStoryRights,
  }));
  const metaRef = useRef(meta);
  const [saveState, setSaveState] = useState<SaveState>(story ? 'saved' : 'new');
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [message, setMessage] = useState<{ tone: 'error' | 'info'; text: string } | null>(props.arrivalNotice ? { tone: 'info', text: props.arrivalNotice } : null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [conflict, setConflict] = useState<ConflictState | null>(null);
  const [bodyReset, setBodyReset] = useState({ key: 0, to: initialDraft.body });
  const [images, setImages] = useState<Map<number, ImageInfo>>(() => new Map((story?.images ?? []).map((image) => [image.id, image])));
  const [localCopies, setLocalCopies] = useState<KeptCopy<DraftState>[]>([]);
  const [pending, setPending] = useState(story?.pending ?? null);
  const [busy, setBusy] = useState<string | null>(null);

  const live = meta.status === 'PUBLISHED' || meta.status === 'SCHEDULED';
  const readOnly = !meta.may.edit || meta.deleted;
  const changeCounter = useRef(0);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const dirtySince = useRef<number | null>(null);
  const saveStateRef = useRef(saveState);
  /** changeCounter at the last successful save or hold. */
  const lastSavedCounter = useRef(0);

  useEffect(() => {
    metaRef.current = meta;
  }, [meta]);
  useEffect(() => {
    saveStateRef.current = saveState;
  }, [saveState]);

  // Next keeps a page the browser left in a hidden <Activity>. The "New story" page must come
  // back blank, not as the story it became: reset it when it is shown again after a save.
  const isNewStoryPage = story === null;
  const hiddenAfterCreate = useRef(false);
  useLayoutEffect(() => {
    if (!isNewStoryPage) return;
    if (hiddenAfterCreate.current) {
      hiddenAfterCreate.current = false;
      const blank = { ...metaRef.current, id: null, version: 0, status: 'DRAFT' as const, deleted: false, everPublished: false, scheduledAt: null, publicPath: null, may: props.newStoryRights };
      metaRef.current = blank;
      draftRef.current = initialDraft;
      changeCounter.current = 0;
      lastSavedCounter.current = 0;
      dirtySince.current = null;
      // Resetting a page that Activity brought back (state set in a layout effect on purpose).
      setMeta(blank);
      setDraft(initialDraft);
      setSaveState('new');
      setSavedAt(null);
      setMessage(null);
      setFieldErrors({});
      setConflict(null);
      setBodyReset((reset) => ({ key: reset.key + 1, to: initialDraft.body }));
    }
    return () => {
      if (metaRef.current.id !== null) hiddenAfterCreate.current = true;
    };
  }, [isNewStoryPage, initialDraft, props.newStoryRights]);

  // This editor's own copy in the browser (components/admin/editor/local-copies.ts): another tab
  // on the same story keeps its own, which a save here must not remove.
  const editorName = useRef<string | null>(null);
  const ownKey = useCallback(() => copyKey(metaRef.current.id, (editorName.current ??= newEditorName())), []);

  // Copies in this browser that differ from the server's (a closed tab, a crash, offline work):
  // offer them back, once per opening. Later, other open tabs' copies are their own business.
  const copiesOffered = useRef(false);
  useEffect(() => {
    if (copiesOffered.current) return;
    copiesOffered.current = true;
    const differing = keptCopies<DraftState>(story?.id ?? null).filter((copy) => {
      try {
        if (!sameJson(toFields(copy.draft), toFields(initialDraft))) return true;
      } catch {
        // Unreadable: nothing to offer.
      }
      dropCopy(copy.key);
      return false;
    });
    setLocalCopies(differing);
  }, [story?.id, initialDraft]);

  // The browser's copy is written at most once a second while typing (a long story's copy takes
  // milliseconds to write: not on every key), and at once when the page is hidden or left.
  const unwrittenCopy = useRef<{ draft: DraftState; savedAt: number } | null>(null);
  const copyTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const forgetUnwrittenCopy = useCallback(() => {
    if (copyTimer.current) clearTimeout(copyTimer.current);
    copyTimer.current = null;
    unwrittenCopy.current = null;
  }, []);
  const flushLocal = useCallback(() => {
    const copy = unwrittenCopy.current;
    forgetUnwrittenCopy();
    if (copy) keepCopy(ownKey(), { ...copy, baseVersion: metaRef.current.version });
  }, [forgetUnwrittenCopy, ownKey]);
  const writeLocal = useCallback(
    (next: DraftState) => {
      unwrittenCopy.current = { draft: next, savedAt: Date.now() };
      copyTimer.current ??= setTimeout(flushLocal, LOCAL_COPY_EVERY_MS);
    },
    [flushLocal],
  );
  useEffect(() => {
    const whenHidden = () => {
      if (document.visibilityState === 'hidden') flushLocal();
    };
    window.addEventListener('pagehide', flushLocal);
    document.addEventListener('visibilitychange', whenHidden);
    return () => {
      window.removeEventListener('pagehide', flushLocal);
      document.removeEventListener('visibilitychange', whenHidden);
      flushLocal();
    };
  }, [flushLocal]);

  // Only this editor's copy: another tab's unsaved work on this story, or on a new story, stays.
  const clearLocal = useCallback(() => {
    forgetUnwrittenCopy();
    dropCopy(ownKey());
  }, [forgetUnwrittenCopy, ownKey]);

  const applySaved = useCallback(
    (saved: SaveAnswer, requestCounter: number, sentNewTags: string[]) => {
      const wasNew = metaRef.current.id === null;
      // The copy kept while the story had no id moves to the story's own key with the next change.
      if (wasNew) dropCopy(ownKey());
      const nextMeta = { ...metaRef.current, id: saved.id, version: saved.version, status: saved.status, publicPath: saved.publicPath };
      metaRef.current = nextMeta;
      setMeta(nextMeta);
      if (wasNew) window.history.replaceState(null, '', `/admin/stories/${saved.id}`);
      // Tags an Editor merged or deleted while this story was open: say what became of them.
      // Otherwise a saved story has nothing left to say: an earlier refusal or "done" is stale now.
      const notice = tagChangesNotice(draftRef.current.tags, saved);
      setMessage(notice ? { tone: 'info', text: notice } : null);
      setDraft((current) => {
        const kept = withTagChanges(current.tags, saved);
        const created = saved.typedTags.filter((tag, index, all) => !kept.some((t) => t.id === tag.id) && all.findIndex((t) => t.id === tag.id) === index);
        const next = {
          ...current,
          slug: current.slugAuto ? saved.slug : current.slug,
          tags: [...kept, ...created.map(({ id, name }) => ({ id, name }))],
          newTags: current.newTags.filter((name) => !sentNewTags.includes(name)),
        };
        draftRef.current = next;
        return next;
      });
      setSavedAt(saved.savedAt);
      setFieldErrors({});
      lastSavedCounter.current = requestCounter;
      if (changeCounter.current === requestCounter) {
        setSaveState('saved');
        dirtySince.current = null;
        clearLocal();
      } else {
        setSaveState('dirty');
        // The copy of what was typed since is now based on the version just saved.
        writeLocal(draftRef.current);
      }
    },
    [clearLocal, ownKey, writeLocal],
  );

  /**
   * A refused save leaves the text unsaved ('error'); a refused workflow step (publish, schedule)
   * leaves it as saved as it was, with the reason shown.
   */
  const handleFailure = useCallback((result: Extract<ActionResult<unknown>, { ok: false }>, options: { step?: boolean } = {}) => {
    if (result.code === 'conflict') {
      setConflict((result.current as ConflictState | undefined) ?? null);
      setSaveState('conflict');
      return;
    }
    setFieldErrors(result.fieldErrors ?? {});
    if (!options.step || result.code === 'unauthenticated') setSaveState('error');
    const details = Object.values(result.fieldErrors ?? {});
    const said = (detail: string) => result.message.toLowerCase().includes(detail.toLowerCase());
    setMessage({
      tone: 'error',
      text:
        result.code === 'unauthenticated'
          ? `${result.message} Your text is kept in this browser.`
          : details.length && !said(details[0])
            ? `${result.message} ${details.join('; ')}.`
            : result.message,
    });
  }, []);

  /** Saves now. Autosave of a live story is held server-side; "save" goes live ("Update"). */
  const persist = useCallback(
    (kind: 'autosave' | 'save'): Promise<boolean> => {
      const run = async (): Promise<boolean> => {
        const current = draftRef.current;
        const currentMeta = metaRef.current;
        if (saveStateRef.current === 'conflict') return false;
        // A timer left over from before an explicit save: nothing new to send.
        if (kind === 'autosave' && changeCounter.current === lastSavedCounter.current && currentMeta.id !== null) return true;
        if (currentMeta.id === null && !current.headline.trim()) {
          if (kind === 'save') {
            setFieldErrors({ 'fields.headline': 'Headline is required' });
            setMessage({ tone: 'error', text: 'Write a headline before saving.' });
          }
          return false;
        }
        const requestCounter = changeCounter.current;
        // What is typed from now on is newer than this save: the longest wait for the next one
        // starts with it. Otherwise a save slower than the gap between keys (a long story, a slow
        // line) would leave every later key overdue, and each would send the whole story again.
        // After a failed save the wait starts over too, so the next try is a wait away, not a key.
        dirtySince.current = null;
        const failed = () => {
          dirtySince.current ??= Date.now();
          return false;
        };
        const fields = toFields(current);
        setSaveState('saving');
        try {
          if (currentMeta.id === null) {
            const result = await createDraftAction({ fields });
            if (!result.ok) return (handleFailure(result), failed());
            applySaved(result.value, requestCounter, current.newTags);
            return true;
          }
          const input = { id: currentMeta.id, version: currentMeta.version, fields };
          if (kind === 'autosave') {
            const result = await autosaveStoryAction(input);
            if (!result.ok) return (handleFailure(result), failed());
            if (result.value.kind === 'saved') applySaved(result.value.story, requestCounter, current.newTags);
            else {
              setSavedAt(result.value.savedAt);
              setFieldErrors({});
              setMessage((shown) => (shown?.tone === 'error' ? null : shown));
              lastSavedCounter.current = requestCounter;
              if (changeCounter.current === requestCounter) {
                setSaveState('held');
                dirtySince.current = null;
                clearLocal();
              } else setSaveState('dirty');
            }
            return true;
          }
          const result = await saveStoryAction(input);
          if (!result.ok) return (handleFailure(result), failed());
          applySaved(result.value, requestCounter, current.newTags);
          setPending(null);
          return true;
        } catch (error) {
          // The server failed (an error page, not an answer): say so; the text stays in this browser.
          if (failedOnServer(error)) {
            setSaveState('error');
            setMessage({ tone: 'error', text: 'The server could not save this change. Your text is kept in this browser; try again in a moment.' });
            return failed();
          }
          // The request never reached the server (offline, server restarting): keep everything local.
          setSaveState('offline');
          return failed();
        }
      };
      const next = queue.current.then(run, run);
      queue.current = next;
      return next;
    },
    [applySaved, clearLocal, handleFailure],
  );

  const retryRef = useRef<() => void>(() => {});
  const scheduleAutosave = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    const waited = dirtySince.current ? Date.now() - dirtySince.current : 0;
    const delay = waited >= AUTOSAVE_MAX_WAIT_MS ? 0 : AUTOSAVE_DELAY_MS;
    timer.current = setTimeout(() => {
      timer.current = null;
      void persist('autosave').then((saved) => {
        if (!saved && saveStateRef.current === 'offline') timer.current = setTimeout(() => retryRef.current(), 10_000);
      });
    }, delay);
  }, [persist]);
  useEffect(() => {
    retryRef.current = scheduleAutosave;
  }, [scheduleAutosave]);

  const update = useCallback(
    (change: Partial<DraftState> | ((current: DraftState) => Partial<DraftState>)) => {
      setDraft((current) => {
        const patch = typeof change === 'function' ? change(current) : change;
        const next = { ...current, ...patch };
        if (next.slugAuto && !metaRef.current.everPublished) next.slug = slugify(next.headline, LIMITS.slug - 4);
        draftRef.current = next;
        writeLocal(next);
        return next;
      });
      changeCounter.current += 1;
      dirtySince.current ??= Date.now();
      if (saveStateRef.current !== 'conflict') {
        setSaveState((state) => (state === 'saving' ? state : 'dirty'));
        scheduleAutosave();
      }
    },
    [scheduleAutosave, writeLocal],
  );

  // Leaving with unsaved work warns; coming back online saves.
  useEffect(() => {
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (['dirty', 'saving', 'offline', 'conflict', 'error'].includes(saveStateRef.current)) {
        event.preventDefault();
        event.returnValue = '';
      }
    };
    const online = () => {
      if (saveStateRef.current === 'offline') void persist('autosave');
    };
    window.addEventListener('beforeunload', beforeUnload);
    window.addEventListener('online', online);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      window.removeEventListener('online', online);
    };
  }, [persist]);

  // Leaving through a link (the page unmounts, or Next hides it in an <Activity>): what waits for
  // the autosave timer is sent now. A story not created yet stays in this browser's copy.
  useEffect(
    () => () => {
      if (!timer.current) return;
      clearTimeout(timer.current);
      timer.current = null;
      if (metaRef.current.id !== null) void persist('autosave');
    },
    [persist],
  );

  // A link inside the app gives no beforeunload: ask first when the work cannot be saved now.
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = (event.target as Element | null)?.closest?.('a[href]');
      if (!(link instanceof HTMLAnchorElement) || link.target === '_blank' || link.origin !== window.location.origin) return;
      // A link in the story's own text is placed, not followed.
      if (link.closest('[contenteditable="true"]')) return;
      if (link.pathname === window.location.pathname) return;
      const state = saveStateRef.current;
      const unsaveable = ['offline', 'conflict', 'error'].includes(state) || (metaRef.current.id === null && state === 'dirty');
      if (!unsaveable) return;
      if (window.confirm('Your latest changes are not saved on the server. Leave this page anyway? This browser keeps a copy you can restore.')) return;
      event.preventDefault();
      event.stopPropagation();
    };
    window.addEventListener('click', onClick, true);
    return () => window.removeEventListener('click', onClick, true);
  }, []);

  const replaceDraft = (next: DraftState) => {
    update(next);
    setBodyReset((reset) => ({ key: reset.key + 1, to: next.body }));
  };

  /**
   * Work brought back from earlier (this browser's copy, held changes) is based on the version it
   * was written against. If someone saved since, the next save meets their version as a conflict
   * to compare, instead of quietly writing the old text over theirs.
   */
  const restoreEarlierWork = (next: DraftState, baseVersion: number | undefined) => {
    if (baseVersion !== undefined && baseVersion < metaRef.current.version) {
      const nextMeta = { ...metaRef.current, version: baseVersion };
      metaRef.current = nextMeta;
      setMeta(nextMeta);
    }
    replaceDraft(next);
  };

  // A step's button often goes with the step ("Submit for review"): the keyboard's place would
  // fall back to the top of the page, so it moves to the message saying what happened.
  const messageRef = useRef<HTMLDivElement>(null);
  const focusMessage = useRef(Boolean(props.arrivalNotice));
  // Said once: a reload of the page does not say it again.
  useEffect(() => {
    if (props.arrivalNotice) window.history.replaceState(null, '', window.location.pathname);
  }, [props.arrivalNotice]);
  useEffect(() => {
    if (!focusMessage.current) return;
    focusMessage.current = false;
    if (document.activeElement === document.body || document.activeElement === null) messageRef.current?.focus();
  }, [message, meta]);

  /** Runs a workflow step after saving what is on screen (not for live stories: Update does that). */
  const workflow: RunWorkflow = async (label, step, options) => {
    if (options.confirm && !window.confirm(options.confirm)) return false;
    setBusy(label);
    setMessage(null);
    try {
      if (options.saveFirst && (metaRef.current.id === null || saveStateRef.current !== 'saved')) {
        if (!(await persist('save'))) return false;
      }
      await queue.current;
      const { id, version } = metaRef.current;
      if (id === null) return false;
      const result = await step({ id, version });
      if (!result.ok) {
        handleFailure(result, { step: true });
        focusMessage.current = true;
        return false;
      }
      const status = result.value;
      const nextMeta = {
        ...metaRef.current,
        version: status.version,
        status: status.status,
        deleted: status.deleted,
        scheduledAt: status.scheduledAt,
        everPublished: metaRef.current.everPublished || status.status === 'PUBLISHED',
        publicPath: status.publicPath,
      };
      metaRef.current = nextMeta;
      setMeta(nextMeta);
      if (saveStateRef.current === 'error') setSaveState('saved');
      setFieldErrors({});
      setMessage({ tone: 'info', text: `${label}: done.` });
      focusMessage.current = true;
      return true;
    } catch {
      // No answer: either the request never left (offline) or its answer went astray after the
      // server may well have done the step. Only the first is known to have changed nothing.
      if (!navigator.onLine) {
        setSaveState('offline');
        setMessage({ tone: 'error', text: 'Not done: this browser is offline. Try again when it is back online.' });
      } else {
        setMessage({ tone: 'error', text: 'The server’s answer did not arrive, so it is not known whether that was done. Reload the page to see the story as it is now.' });
      }
      focusMessage.current = true;
      return false;
    } finally {
      setBusy(null);
    }
  };

  // Node views draw a figure the moment it is inserted, before React re-renders: read a ref.
  const knownImages = useRef(images);
  const resolveImage = useCallback((imageId: number): FigureImage | null => {
    const image = knownImages.current.get(imageId);
    return image ? { src: previewSrc(image), width: image.width, height: image.height, alt: image.alt, caption: image.caption, credit: image.credit } : null;
  }, []);
  // Galleries offered at first, plus any found by searching: the embed's node view reads a ref too.
  const [galleries, setGalleries] = useState(() => new Map(props.galleries.map((gallery) => [gallery.id, gallery])));
  const knownGalleries = useRef(galleries);
  const rememberGallery = useCallback((gallery: GalleryOption) => {
    knownGalleries.current = new Map(knownGalleries.current).set(gallery.id, gallery);
    setGalleries(knownGalleries.current);
  }, []);
  const resolveGallery = useCallback((galleryId: number) => knownGalleries.current.get(galleryId) ?? null, []);

  const rememberImage = (image: ImageInfo) => {
    knownImages.current = new Map(knownImages.current).set(image.id, image);
    setImages(knownImages.current);
  };
  // The media library's picker (components/admin/media), opened for the hero or a figure.
  const [picking, setPicking] = useState<{ purpose: 'hero' | 'figure'; resolve: (image: ImageInfo | null) => void } | null>(null);
  const openPicker = useCallback(
    (purpose: 'hero' | 'figure') => new Promise<ImageInfo | null>((resolve) => setPicking({ purpose, resolve })),
    [],
  );
  const pickImage = readOnly ? null : () => openPicker('hero');
  const onPickFigure = !readOnly
    ? async () => {
        const image = await openPicker('figure');
        if (!image) return null;
        rememberImage(image);
        return { imageId: image.id, caption: null, credit: null, alt: null };
      }
    : null;

  const [pickingGallery, setPickingGallery] = useState<{ purpose: 'attach' | 'embed'; resolve: (gallery: GalleryOption | null) => void } | null>(null);
  const pickGallery = (purpose: 'attach' | 'embed') =>
    new Promise<GalleryOption | null>((resolve) => setPickingGallery({ purpose, resolve })).then((gallery) => {
      if (gallery) rememberGallery(gallery);
      return gallery;
    });
  const onPickGallery = !readOnly ? async () => (await pickGallery('embed'))?.id ?? null : null;
  const searchGalleries = useCallback(async (q: string) => {
    const result = await galleryOptionsAction({ q });
    return result.ok ? { galleries: result.value } : { error: result.message };
  }, []);

  const searchTags = useCallback(async (q: string) => {
    const result = await searchTagsAction({ q });
    return result.ok ? result.value : [];
  }, []);

  // Nor may the gallery a restored copy shows with the story.
  useEffect(() => {
    if (draft.galleryId === null || galleries.has(draft.galleryId)) return;
    void galleryOptionsAction({ ids: [draft.galleryId] }).then((result) => {
      const found = result.ok ? result.value.find((gallery) => gallery.id === draft.galleryId) : undefined;
      if (found) rememberGallery(found);
    });
  }, [draft.galleryId, galleries, rememberGallery]);

  // Images referenced by a restored copy may not be known yet.
  useEffect(() => {
    const ids = [draft.heroImageId].filter((id): id is number => id !== null && !images.has(id));
    if (!ids.length) return;
    void imageInfoAction({ ids }).then((result) => {
      if (!result.ok) return;
      knownImages.current = new Map([...knownImages.current, ...result.value.map((image) => [image.id, image] as const)]);
      setImages(knownImages.current);
    });
  }, [draft.heroImageId, images]);

  // The formatting toolbar sticks just below this status bar, however many lines the bar wraps to.
  const frame = useRef<HTMLDivElement>(null);
  const statusBar = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const bar = statusBar.current;
    if (!bar) return;
    const observer = new ResizeObserver(() => frame.current?.style.setProperty('--story-bar-height', `${bar.offsetHeight}px`));
    observer.observe(bar);
    return () => observer.disconnect();
  }, []);

  const hero = draft.heroImageId ? images.get(draft.heroImageId) : undefined;
  const attachedGallery = draft.galleryId ? galleries.get(draft.galleryId) : undefined;
  // A list's error names the item ("fields.newTags.0"); the field shows it under the whole list.
  const error = (name: string) =>
    fieldErrors[`fields.${name}`] ?? Object.entries(fieldErrors).find(([key]) => key.startsWith(`fields.${name}.`))?.[1];

  return (
    <div ref={frame} className="mx-auto max-w-6xl">
      {/* The page's heading for screen readers; sighted editors see the headline field instead. */}
      <h1 className="sr-only">{meta.id === null ? 'New story' : `Editing “${draft.headline.trim() || 'Untitled story'}”`}</h1>
      <div ref={statusBar} className="sticky top-0 z-30 -mx-4 mb-4 flex flex-wrap items-center gap-3 border-b border-neutral-200 bg-white/95 px-4 py-2 backdrop-blur">
        <span className="rounded bg-neutral-100 px-2 py-0.5 text-sm font-medium" data-testid="story-status">
          {meta.deleted ? 'Deleted' : STATUS_LABEL[meta.status]}
        </span>
        <SaveIndicator state={saveState} savedAt={savedAt} live={live} timeZone={props.timeZone} />
        <span className="flex-1" />
        <Actions
          meta={meta}
          live={live}
          readOnly={readOnly}
          busy={busy}
          saveState={saveState}
          persist={persist}
          workflow={workflow}
          timeZone={props.timeZone}
          atError={fieldErrors.at}
          onDiscardPending={async () => {
            if (meta.id === null) return;
            const result = await discardPendingChangesAction({ id: meta.id });
            if (result.ok) {
              clearLocal();
              saveStateRef.current = 'saved';
              window.location.reload();
            }
          }}
        >
          {meta.deleted && meta.may.delete ? (
            <button type="button" className="rounded bg-neutral-900 px-3 py-1 text-white" onClick={() => workflow('Restore', (ref) => restoreStoryAction(ref), { saveFirst: false })}>
              Restore story
            </button>
          ) : null}
          {meta.publicPath ? (
            <a className="inline-flex min-h-6 items-center text-sm underline" href={meta.publicPath} target="_blank" rel="noreferrer">
              View on site
            </a>
          ) : null}
          {meta.id !== null ? (
            <>
              <Link className="inline-flex min-h-6 items-center text-sm underline" href={`/admin/preview/${meta.id}`} target="_blank">
                Preview
              </Link>
              <Link className="inline-flex min-h-6 items-center text-sm underline" href={`/admin/stories/${meta.id}/revisions`}>
                Revisions
              </Link>
            </>
          ) : null}
        </Actions>
      </div>

      {message ? (
        <div ref={messageRef} tabIndex={-1} role={message.tone === 'error' ? 'alert' : 'status'} className={`mb-4 rounded px-3 py-2 text-sm ${message.tone === 'error' ? 'bg-red-50 text-red-800' : 'bg-green-50 text-green-900'}`}>
          {message.text}
        </div>
      ) : null}
      {meta.deleted ? <p className="mb-4 rounded bg-amber-50 px-3 py-2 text-sm">This story is deleted: readers cannot see it. Restore it to edit.</p> : null}
      {!meta.may.edit && !meta.deleted ? <p className="mb-4 rounded bg-amber-50 px-3 py-2 text-sm">You can read this story but not change it.</p> : null}
      {meta.status === 'SCHEDULED' && meta.scheduledAt ? (
        <p className="mb-4 rounded bg-blue-50 px-3 py-2 text-sm">Scheduled to go live at {newsroomTime(meta.scheduledAt, props.timeZone)} ({props.timeZone} time).</p>
      ) : null}

      {localCopies[0] ? (
        <Prompt
          text={keptCopiesText(localCopies.length, newsroomTime(new Date(localCopies[0].savedAt).toISOString(), props.timeZone))}
          restoreLabel="Restore local copy"
          discardLabel="Discard local copy"
          onRestore={() => {
            const [copy] = localCopies;
            restoreEarlierWork(copy.draft, copy.baseVersion);
            // It is this editor's text now. Other copies wait for the next visit rather than
            // being offered to replace the text just restored.
            dropCopy(copy.key);
            setLocalCopies([]);
          }}
          onDiscard={() => {
            dropCopy(localCopies[0].key);
            setLocalCopies(localCopies.slice(1));
          }}
        />
      ) : null}
      {/* Stays until answered: typing first must not make the earlier changes unreachable. */}
      {pending && story?.pending ? (
        <Prompt
          text={`You have changes to this story that are not live yet (saved ${newsroomTime(pending.savedAt, props.timeZone)}).`}
          restoreLabel="Restore my changes"
          discardLabel="Discard my changes"
          onRestore={() => {
            restoreEarlierWork(fromFields(pending.fields, story.tags, true), pending.baseVersion);
            setPending(null);
          }}
          onDiscard={async () => {
            if (meta.id === null) return;
            // Once this visit's typing may be held on the server (sent, or about to be), that row is
            // no longer the old changes: leave it to the autosave.
            if (changeCounter.current === 0) await discardPendingChangesAction({ id: meta.id });
            setPending(null);
          }}
        />
      ) : null}

      <MediaPicker
        open={picking !== null}
        canUpload={meta.may.upload}
        title={picking?.purpose === 'hero' ? 'Choose the hero image' : 'Insert an image'}
        pickLabel={picking?.purpose === 'hero' ? 'Use as hero image' : 'Insert image'}
        onClose={() => {
          picking?.resolve(null);
          setPicking(null);
        }}
        onPick={(image: PickedImage) => {
          picking?.resolve({ id: image.id, src: imageSrc(image.storageKey), width: image.width, height: image.height, alt: image.alt, caption: image.caption, credit: image.credit });
          setPicking(null);
        }}
      />
      {pickingGallery ? (
        <GalleryPicker
          title={pickingGallery.purpose === 'attach' ? 'Show a gallery with the story' : 'Embed a gallery'}
          recent={props.galleries}
          search={searchGalleries}
          onClose={() => {
            pickingGallery.resolve(null);
            setPickingGallery(null);
          }}
          onPick={(gallery) => {
            pickingGallery.resolve(gallery);
            setPickingGallery(null);
          }}
        />
      ) : null}
      {conflict ? (
        <ConflictDialog
          timeZone={props.timeZone}
          theirs={conflict}
          mine={draft}
          onKeepMine={() => {
            const nextMeta = { ...metaRef.current, version: conflict.version, status: conflict.status };
            metaRef.current = nextMeta;
            setMeta(nextMeta);
            setConflict(null);
            setSaveState('dirty');
            saveStateRef.current = 'dirty';
            changeCounter.current += 1;
            // On a published or scheduled story "keep" holds the text as this editor's changes:
            // it reaches readers when they press Update, not as a side effect of the comparison.
            const theirsIsLive = conflict.status === 'PUBLISHED' || conflict.status === 'SCHEDULED';
            void persist(theirsIsLive ? 'autosave' : 'save');
          }}
          onTakeTheirs={() => {
            clearLocal();
            // Chosen on purpose: no "unsaved changes" warning on the way out.
            saveStateRef.current = 'saved';
            window.location.reload();
          }}
        />
      ) : null}

      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[1fr_20rem]">
        <div className="flex flex-col gap-4">
          <Field label="Headline" count={draft.headline.length} limit={LIMITS.headline} error={error('headline')}>
            {(id, describedBy) => (
              <div className="flex items-start gap-2">
                {draft.mediaMarker ? <span className="mt-2 rounded bg-red-700 px-1.5 py-0.5 text-xs font-bold text-white">{draft.mediaMarker}</span> : null}
                <textarea
                  id={id}
                  aria-describedby={describedBy}
                  aria-invalid={error('headline') ? true : undefined}
                  rows={2}
                  readOnly={readOnly}
                  value={draft.headline}
                  onPaste={(event) => pasteTidied(event, (headline) => update({ headline }))}
                  onBeforeInput={typographicQuote}
                  onChange={(event) => update({ headline: event.target.value.replace(/\n/g, ' ') })}
                  className="w-full resize-y rounded border border-neutral-300 px-2 py-1 font-serif text-2xl font-bold"
                />
              </div>
            )}
          </Field>
          <Field label="Standfirst" count={draft.standfirst.length} limit={LIMITS.standfirst} error={error('standfirst')}>
            {(id, describedBy) => (
              <textarea
                id={id}
                aria-describedby={describedBy}
                aria-invalid={error('standfirst') ? true : undefined}
                rows={2}
                readOnly={readOnly}
                value={draft.standfirst}
                onPaste={(event) => pasteTidied(event, (standfirst) => update({ standfirst }))}
                onBeforeInput={typographicQuote}
                onChange={(event) => update({ standfirst: event.target.value })}
                className="w-full rounded border border-neutral-300 px-2 py-1 font-serif text-lg"
              />
            )}
          </Field>
          <div>
            <span className="mb-1 block text-sm font-medium" id="body-label">
              Body
            </span>
            <BodyEditor
              initial={initialDraft.body}
              readOnly={readOnly}
              onChange={(body) => update({ body })}
              resolveImage={resolveImage}
              resolveGallery={resolveGallery}
              onPickFigure={onPickFigure}
              onPickGallery={onPickGallery}
              resetKey={bodyReset.key}
              resetTo={bodyReset.to}
              invalid={error('body')}
            />
          </div>
          {meta.id !== null && meta.may.review && (!live || story?.comments?.length) ? (
            <CommentsPanel articleId={meta.id} initial={story?.comments ?? []} timeZone={props.timeZone} readOnly={live} />
          ) : null}
        </div>

        <aside className="flex flex-col gap-4" aria-label="Story settings">
          <Field label="Section" error={error('sectionId')}>
            {(id) => (
              <select id={id} disabled={readOnly} value={draft.sectionId} onChange={(event) => update({ sectionId: Number(event.target.value) })} className="w-full rounded border border-neutral-300 px-2 py-1">
                {props.sections.map((section) => (
                  <option key={section.id} value={section.id}>
                    {section.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Slug" hint={meta.everPublished ? 'Changing it keeps the old address working (it redirects).' : draft.slugAuto ? 'Follows the headline until you edit it.' : undefined} error={error('slug')}>
            {(id, describedBy) => (
              <div className="flex gap-1">
                <input
                  id={id}
                  aria-describedby={describedBy}
                  aria-invalid={error('slug') ? true : undefined}
                  readOnly={readOnly}
                  value={draft.slug}
                  maxLength={LIMITS.slug}
                  onChange={(event) => update({ slug: event.target.value.toLowerCase(), slugAuto: false })}
                  onBlur={() => {
                    const tidy = slugify(draft.slug, LIMITS.slug);
                    if (!draft.slugAuto && tidy !== draft.slug) update({ slug: tidy, slugAuto: false });
                  }}
                  className="w-full rounded border border-neutral-300 px-2 py-1 font-mono text-sm"
                />
                {!readOnly && !draft.slugAuto && !meta.everPublished ? (
                  <button type="button" className="text-sm underline" onClick={() => update({ slugAuto: true })}>
                    From headline
                  </button>
                ) : null}
              </div>
            )}
          </Field>
          <Field label="Media marker" hint="Shown as a badge beside the headline.">
            {(id, describedBy) => (
              <select id={id} aria-describedby={describedBy} disabled={readOnly} value={draft.mediaMarker ?? ''} onChange={(event) => update({ mediaMarker: (event.target.value || null) as MediaMarkerValue | null })} className="w-full rounded border border-neutral-300 px-2 py-1">
                <option value="">None</option>
                {MEDIA_MARKERS.map((marker) => (
                  <option key={marker} value={marker}>
                    {marker}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Authors staff={props.staff} authorIds={draft.authorIds} readOnly={readOnly} onChange={(authorIds) => update({ authorIds })} error={error('authorIds')} />
          <Field label="Credit line" hint="For agency or staff copy with no byline (“Reuters”)." count={draft.creditLine.length} limit={LIMITS.creditLine}>
            {(id, describedBy) => (
              <input id={id} aria-describedby={describedBy} readOnly={readOnly} value={draft.creditLine} onChange={(event) => update({ creditLine: event.target.value })} className="w-full rounded border border-neutral-300 px-2 py-1" />
            )}
          </Field>
          <TagPicker
            tags={draft.tags}
            newTags={draft.newTags}
            mayCreate={meta.may.createTags}
            disabled={readOnly}
            search={searchTags}
            onChange={(tags, newTags) => update({ tags, newTags })}
            error={error('tagIds') ?? error('newTags')}
          />
          <fieldset className="rounded border border-neutral-200 p-3">
            <legend className="px-1 text-sm font-medium">Hero image</legend>
            {hero ? (
              // eslint-disable-next-line @next/next/no-img-element -- editor preview of a library variant
              <img src={previewSrc(hero)} alt={hero.alt} width={hero.width} height={hero.height} className="h-auto w-full rounded" />
            ) : (
              <p className="text-sm text-neutral-600">{draft.heroImageId ? `Library image #${draft.heroImageId}` : 'No hero image.'}</p>
            )}
            {hero && !hero.alt ? (
              <p className="mt-1 text-sm font-semibold text-amber-800">
                No alt text: the story cannot be published until this picture is described in the{' '}
                <a href={libraryHref({ image: hero.id })} target="_blank" rel="noreferrer" className="underline">
                  media library
                </a>
                .
              </p>
            ) : null}
            {error('heroImageId') ? <p className="mt-1 text-sm text-red-700">{error('heroImageId')}</p> : null}
            {!readOnly ? (
              <div className="mt-2 flex gap-2">
                {pickImage ? (
                  <button
                    type="button"
                    className="rounded border border-neutral-300 px-2 py-1 text-sm"
                    onClick={async () => {
                      const image = await pickImage();
                      if (image) {
                        rememberImage(image);
                        update({ heroImageId: image.id });
                      }
                    }}
                  >
                    {draft.heroImageId ? 'Change image' : 'Choose image'}
                  </button>
                ) : null}
                {draft.heroImageId ? (
                  <button type="button" className="rounded px-2 py-1 text-sm text-red-700" onClick={() => update({ heroImageId: null })}>
                    Remove
                  </button>
                ) : null}
              </div>
            ) : null}
            {draft.heroImageId ? (
              <div className="mt-2 flex flex-col gap-2">
                <Field label="Caption for this story" hint={hero?.caption ? `Library: ${hero.caption}` : undefined}>
                  {(id, describedBy) => <input id={id} aria-describedby={describedBy} readOnly={readOnly} value={draft.heroCaption} onChange={(event) => update({ heroCaption: event.target.value })} className="w-full rounded border border-neutral-300 px-2 py-1 text-sm" />}
                </Field>
                <Field label="Credit for this story" hint={hero?.credit ? `Library: ${hero.credit}` : undefined}>
                  {(id, describedBy) => <input id={id} aria-describedby={describedBy} readOnly={readOnly} value={draft.heroCredit} onChange={(event) => update({ heroCredit: event.target.value })} className="w-full rounded border border-neutral-300 px-2 py-1 text-sm" />}
                </Field>
              </div>
            ) : null}
          </fieldset>
          <fieldset className="rounded border border-neutral-200 p-3">
            <legend className="px-1 text-sm font-medium">Gallery</legend>
            <p className="text-sm" id="attached-gallery">
              {attachedGallery ? `${attachedGallery.title} (${photoCount(attachedGallery.photoCount)})` : draft.galleryId ? `Gallery #${draft.galleryId}` : 'No gallery.'}
            </p>
            <p className="mt-0.5 text-xs text-neutral-600">Shown with the story; to place one inside the text, use Gallery in the body toolbar.</p>
            {!readOnly ? (
              <div className="mt-2 flex gap-2">
                <button
                  type="button"
                  aria-describedby="attached-gallery"
                  className="rounded border border-neutral-300 px-2 py-1 text-sm"
                  onClick={async () => {
                    const gallery = await pickGallery('attach');
                    if (gallery) update({ galleryId: gallery.id });
                  }}
                >
                  {draft.galleryId ? 'Change gallery' : 'Choose gallery'}
                </button>
                {draft.galleryId ? (
                  <button type="button" className="rounded px-2 py-1 text-sm text-red-700" onClick={() => update({ galleryId: null })}>
                    Remove gallery
                  </button>
                ) : null}
              </div>
            ) : null}
          </fieldset>
          <details className="rounded border border-neutral-200 p-3">
            <summary className="min-h-6 cursor-pointer text-sm font-medium">Search engines</summary>
            <div className="mt-2 flex flex-col gap-3">
              <Field label="SEO title" count={draft.seoTitle.length} limit={LIMITS.seoTitle} hint={`Best under ${LIMITS.seoTitleHint} characters; the headline is used when empty.`} warnAbove={LIMITS.seoTitleHint} error={error('seoTitle')}>
                {(id, describedBy) => <input id={id} aria-describedby={describedBy} readOnly={readOnly} value={draft.seoTitle} onChange={(event) => update({ seoTitle: event.target.value })} className="w-full rounded border border-neutral-300 px-2 py-1 text-sm" />}
              </Field>
              <Field label="SEO description" count={draft.seoDescription.length} limit={LIMITS.seoDescription} hint={`Best under ${LIMITS.seoDescriptionHint} characters; the standfirst is used when empty.`} warnAbove={LIMITS.seoDescriptionHint} error={error('seoDescription')}>
                {(id, describedBy) => <textarea id={id} aria-describedby={describedBy} rows={3} readOnly={readOnly} value={draft.seoDescription} onChange={(event) => update({ seoDescription: event.target.value })} className="w-full rounded border border-neutral-300 px-2 py-1 text-sm" />}
              </Field>
              <Field label="Canonical URL" hint="Only when the story first appeared elsewhere." error={error('canonicalUrl')}>
                {(id, describedBy) => <input id={id} type="url" aria-describedby={describedBy} readOnly={readOnly} value={draft.canonicalUrl} onChange={(event) => update({ canonicalUrl: event.target.value })} placeholder="https://" className="w-full rounded border border-neutral-300 px-2 py-1 text-sm" />}
              </Field>
              <label className="flex items-center gap-2 text-sm">
                <input type="checkbox" className="size-6" disabled={readOnly} checked={draft.noindex} onChange={(event) => update({ noindex: event.target.checked })} />
                Hide from search engines (noindex)
              </label>
            </div>
          </details>
          {meta.id !== null && meta.may.delete && !meta.deleted ? (
            <button
              type="button"
              className="inline-flex min-h-6 items-center self-start text-sm text-red-700 underline"
              onClick={() => workflow('Delete', (ref) => deleteStoryAction(ref), { saveFirst: false, confirm: 'Delete this story? It leaves the site and can be restored from the Deleted list.' })}
            >
              Delete story
            </button>
          ) : null}
        </aside>
      </div>
    </div>
  );
}

function SaveIndicator({ state, savedAt, live, timeZone }: { state: SaveState; savedAt: string | null; live: boolean; timeZone: string }) {
  const text: Record<SaveState, string> = {
    new: 'Not saved yet: write a headline',
    saved: 'Saved',
    held: 'Saved, not live: press Update to publish the changes',
    dirty: 'Unsaved changes',
    saving: 'Saving…',
    offline: 'Offline: your changes are kept in this browser',
    conflict: 'Conflict: someone else saved this story',
    error: 'Not saved',
  };
  return (
    <span role="status" aria-live="polite" data-testid="save-state" title={savedAt ? `Last saved ${formatClock(new Date(savedAt), timeZone)}` : undefined} className={`text-sm ${state === 'offline' || state === 'conflict' || state === 'error' ? 'font-medium text-red-700' : 'text-neutral-600'}`}>
      {text[state]}
      {state === 'dirty' && live ? ' (not live)' : ''}
    </span>
  );
}

/** An offer of earlier work. Its buttons name what they act on: two offers can show at once. */
function Prompt(props: { text: string; restoreLabel: string; discardLabel: string; onRestore: () => void; onDiscard: () => void }) {
  return (
    <div role="alert" className="mb-4 flex flex-wrap items-center gap-3 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm">
      <span className="flex-1">{props.text}</span>
      <button type="button" className="rounded bg-neutral-900 px-3 py-1 text-white" onClick={props.onRestore}>
        {props.restoreLabel}
      </button>
      <button type="button" className="rounded px-3 py-1 hover:bg-amber-100" onClick={props.onDiscard}>
        {props.discardLabel}
      </button>
    </div>
  );
}

/**
 * Text pasted into the headline or standfirst gets the body's clean-up (lib/document/typography.ts)
 * on one line. insertText keeps it one step in the browser's undo and fires the change React hears.
 */
function pasteTidied(event: ClipboardEvent<HTMLTextAreaElement>, apply: (value: string) => void) {
  const text = event.clipboardData.getData('text/plain');
  const field = event.currentTarget;
  const tidied = tidyFragment(text.replace(/\s*[\r\n]+\s*/g, ' '), field.value.slice(0, field.selectionStart).slice(-1));
  if (!text || tidied === text) return;
  event.preventDefault();
  if (!document.execCommand('insertText', false, tidied)) {
    apply(field.value.slice(0, field.selectionStart) + tidied + field.value.slice(field.selectionEnd));
  }
}

/**
 * A straight quote typed into the headline or standfirst becomes the typographic one (“ ” ‘ ’),
 * opening or closing by what comes before it, as Tidy text would make it. Inserted with
 * insertText, so undo takes back only the quote, and React hears the change.
 */
function typographicQuote(event: FormEvent<HTMLTextAreaElement>) {
  const typed = (event.nativeEvent as InputEvent).data;
  if (typed !== '"' && typed !== "'") return;
  const field = event.currentTarget;
  const quote = tidyFragment(typed, field.value.slice(0, field.selectionStart).slice(-1));
  // Where insertText is not available, the straight quote is typed as it was.
  if (quote !== typed && document.execCommand('insertText', false, quote)) event.preventDefault();
}

function Field(props: {
  label: string;
  hint?: string;
  count?: number;
  limit?: number;
  warnAbove?: number;
  error?: string;
  children: (id: string, describedBy: string | undefined) => ReactNode;
}) {
  const id = useId();
  const describedBy = [props.hint || props.limit ? `${id}-hint` : null, props.error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const over = props.count !== undefined && ((props.limit && props.count > props.limit) || (props.warnAbove && props.count > props.warnAbove));
  return (
    <div>
      <div className="flex items-baseline justify-between">
        <label htmlFor={id} className="block text-sm font-medium">
          {props.label}
        </label>
        {props.count !== undefined && props.limit ? (
          <span className={`text-xs ${over ? 'font-medium text-red-700' : 'text-neutral-600'}`} aria-hidden>
            {props.count}/{props.warnAbove ?? props.limit}
          </span>
        ) : null}
      </div>
      <div className="mt-1">{props.children(id, describedBy)}</div>
      {props.hint || props.limit ? (
        <p id={`${id}-hint`} className="mt-0.5 text-xs text-neutral-600">
          {props.hint}
          {props.count !== undefined && props.limit ? <span className="sr-only"> {props.count} of {props.warnAbove ?? props.limit} characters.</span> : null}
        </p>
      ) : null}
      {props.error ? (
        <p id={`${id}-error`} className="mt-0.5 text-sm text-red-700">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

/**
 * The byline in order. Someone is added with the button, not on choosing them: arrow keys on a
 * closed select change its value, and would otherwise add each person passed over. Focus stays
 * with the author moved, or goes to the picker when one is removed.
 */
function Authors(props: { staff: PersonOption[]; authorIds: number[]; readOnly: boolean; onChange: (ids: number[]) => void; error?: string }) {
  const id = useId();
  const list = useRef<HTMLOListElement>(null);
  const picker = useRef<HTMLSelectElement>(null);
  const [chosen, setChosen] = useState('');
  const names = new Map(props.staff.map((person) => [person.id, person.name]));
  const focusAfterRender = (find: () => HTMLElement | null | undefined) => requestAnimationFrame(() => find()?.focus());
  const move = (index: number, by: number) => {
    const next = [...props.authorIds];
    const [moved] = next.splice(index, 1);
    next.splice(index + by, 0, moved);
    props.onChange(next);
    const to = index + by;
    // The same arrow again if it can still move that way, else the other one.
    focusAfterRender(() => {
      const buttons = list.current?.children[to]?.querySelectorAll<HTMLButtonElement>('button');
      const same = buttons?.[by < 0 ? 0 : 1];
      return same && !same.disabled ? same : buttons?.[by < 0 ? 1 : 0];
    });
  };
  const add = () => {
    if (!chosen) return;
    props.onChange([...props.authorIds, Number(chosen)]);
    setChosen('');
    // "Add" disables itself once the choice is cleared, which would drop focus to the page: back to
    // the picker, for the next author.
    focusAfterRender(() => picker.current);
  };
  return (
    <div>
      <span className="block text-sm font-medium">Authors</span>
      <ol ref={list} className="mt-1 flex flex-col gap-1" aria-label="Byline order">
        {props.authorIds.map((authorId, index) => (
          <li key={authorId} className="flex items-center gap-1 rounded bg-neutral-100 px-2 py-1 text-sm">
            <span className="flex-1">{names.get(authorId) ?? `#${authorId}`}</span>
            {!props.readOnly ? (
              <>
                <button type="button" aria-label={`Move ${names.get(authorId)} up`} disabled={index === 0} onClick={() => move(index, -1)} className="min-h-6 min-w-6 px-1 disabled:opacity-30">
                  ↑
                </button>
                <button type="button" aria-label={`Move ${names.get(authorId)} down`} disabled={index === props.authorIds.length - 1} onClick={() => move(index, 1)} className="min-h-6 min-w-6 px-1 disabled:opacity-30">
                  ↓
                </button>
                <button
                  type="button"
                  aria-label={`Remove ${names.get(authorId)}`}
                  onClick={() => {
                    props.onChange(props.authorIds.filter((other) => other !== authorId));
                    focusAfterRender(() => picker.current);
                  }}
                  className="min-h-6 min-w-6 px-1"
                >
                  ×
                </button>
              </>
            ) : null}
          </li>
        ))}
      </ol>
      {!props.readOnly ? (
        <div className="mt-1 flex gap-1">
          <label htmlFor={id} className="sr-only">
            Author to add
          </label>
          <select
            id={id}
            ref={picker}
            value={chosen}
            onChange={(event) => setChosen(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && chosen) {
                event.preventDefault();
                add();
              }
            }}
            className="min-w-0 flex-1 rounded border border-neutral-300 px-2 py-1 text-sm"
          >
            <option value="">Choose an author…</option>
            {props.staff
              .filter((person) => !props.authorIds.includes(person.id))
              .map((person) => (
                <option key={person.id} value={person.id}>
                  {person.name}
                </option>
              ))}
          </select>
          <button type="button" disabled={!chosen} onClick={add} className="rounded border border-neutral-300 px-2 py-1 text-sm disabled:opacity-50">
            Add
          </button>
        </div>
      ) : null}
      {props.error ? <p className="mt-1 text-sm text-red-700">{props.error}</p> : null}
    </div>
  );
}

/** Runs a workflow step; true when it was done. */
type RunWorkflow = (label: string, step: (ref: { id: number; version: number }) => Promise<ActionResult<StoryStatus>>, options: { saveFirst: boolean; confirm?: string }) => Promise<boolean>;

/**
 * The story's steps (Save, Publish, Schedule…) and, after them, `children` (links and the like).
 * On a phone they are one row that scrolls sideways, as the toolbar is: the sticky bar must leave
 * room to write in above the on-screen keyboard.
 */
function Actions(props: {
  meta: Meta;
  live: boolean;
  readOnly: boolean;
  busy: string | null;
  saveState: SaveState;
  persist: (kind: 'autosave' | 'save') => Promise<boolean>;
  workflow: RunWorkflow;
  timeZone: string;
  /** The server's reason for refusing a scheduled time. */
  atError?: string;
  onDiscardPending: () => void;
  children: ReactNode;
}) {
  const { meta, live, busy, workflow } = props;
  const [scheduling, setScheduling] = useState(false);
  const [at, setAt] = useState('');
  const [scheduleError, setScheduleError] = useState<string | null>(null);
  const scheduleButton = useRef<HTMLButtonElement>(null);
  const atId = useId();
  const button = 'rounded px-3 py-1 text-sm disabled:opacity-50';
  const disabled = busy !== null || props.saveState === 'conflict';
  return (
    <>
      <div data-testid="story-steps" className="-mx-4 flex shrink-0 grow basis-[calc(100%+2rem)] items-center gap-2 overflow-x-auto px-4 whitespace-nowrap sm:mx-0 sm:grow-0 sm:basis-auto sm:flex-wrap sm:overflow-visible sm:px-0 [&>*]:shrink-0">
        {props.readOnly ? null : (
          <>
            {live ? (
              <button type="button" disabled={disabled} className={`${button} bg-neutral-900 text-white`} onClick={() => void props.persist('save')}>
                Update
              </button>
            ) : (
              <button type="button" disabled={disabled} className={`${button} border border-neutral-300`} onClick={() => void props.persist('save')}>
                Save
              </button>
            )}
            {live && props.saveState === 'held' ? (
              <button type="button" disabled={disabled} className={`${button} text-red-700`} onClick={props.onDiscardPending}>
                Discard changes
              </button>
            ) : null}
            {(meta.status === 'DRAFT' || meta.status === 'UNPUBLISHED') && !meta.may.publish ? (
              <button type="button" disabled={disabled} className={`${button} bg-neutral-900 text-white`} onClick={() => workflow('Submitted for review', (ref) => submitForReviewAction(ref), { saveFirst: true })}>
                Submit for review
              </button>
            ) : null}
            {(meta.status === 'DRAFT' || meta.status === 'UNPUBLISHED') && meta.may.publish ? (
              <button type="button" disabled={disabled} className={`${button} border border-neutral-300`} onClick={() => workflow('Submitted for review', (ref) => submitForReviewAction(ref), { saveFirst: true })}>
                Submit for review
              </button>
            ) : null}
            {meta.status === 'IN_REVIEW' && meta.may.edit ? (
              <button type="button" disabled={disabled} className={`${button} border border-neutral-300`} onClick={() => workflow('Returned to draft', (ref) => returnToDraftAction(ref), { saveFirst: true })}>
                Back to draft
              </button>
            ) : null}
            {meta.may.publish && meta.status !== 'PUBLISHED' && meta.status !== 'SCHEDULED' ? (
              <>
                <button type="button" disabled={disabled} className={`${button} bg-green-700 text-white`} onClick={() => workflow('Published', (ref) => publishStoryAction(ref), { saveFirst: true, confirm: 'Publish this story now?' })}>
                  Publish
                </button>
                <button
                  ref={scheduleButton}
                  type="button"
                  disabled={disabled}
                  aria-expanded={scheduling}
                  className={`${button} border border-neutral-300`}
                  onClick={() => {
                    setScheduling((open) => !open);
                    if (!at) setAt(dateToZonedInput(new Date(Date.now() + 5 * 60_000), props.timeZone));
                  }}
                >
                  Schedule…
                </button>
              </>
            ) : null}
            {meta.may.publish && meta.status === 'SCHEDULED' ? (
              <button type="button" disabled={disabled} className={`${button} border border-neutral-300`} onClick={() => workflow('Unscheduled', (ref) => unscheduleStoryAction(ref), { saveFirst: false })}>
                Unschedule
              </button>
            ) : null}
            {meta.may.publish && meta.status === 'PUBLISHED' ? (
              <button type="button" disabled={disabled} className={`${button} border border-red-300 text-red-700`} onClick={() => workflow('Unpublished', (ref) => unpublishStoryAction(ref), { saveFirst: false, confirm: 'Take this story off the site?' })}>
                Unpublish
              </button>
            ) : null}
          </>
        )}
        {props.children}
      </div>
      {scheduling && !props.readOnly ? (
        <form
          className="flex w-full flex-wrap items-end gap-2 rounded border border-neutral-200 bg-neutral-50 p-2"
          onKeyDown={(event) => {
            if (event.key !== 'Escape') return;
            setScheduling(false);
            scheduleButton.current?.focus();
          }}
          onSubmit={(event) => {
            event.preventDefault();
            const when = readZonedInput(at, props.timeZone);
            if (!when.ok) {
              setScheduleError(
                when.reason === 'skipped' ? `There is no ${at.replace('T', ' ')} in ${props.timeZone}: the clocks go forward then. Choose another time.` : 'Choose a date and time.',
              );
              return;
            }
            setScheduleError(null);
            // A refused time keeps the form open, its reason shown beside it.
            void workflow('Scheduled', (ref) => scheduleStoryAction({ ...ref, at: when.date.toISOString() }), { saveFirst: true }).then((done) => done && setScheduling(false));
          }}
        >
          <label htmlFor={atId} className="text-sm">
            Publish at ({props.timeZone} time)
            {/* Opened from its button, the form takes the keyboard's place: it comes after the links. */}
            <input id={atId} type="datetime-local" value={at} onChange={(event) => setAt(event.target.value)} autoFocus className="ml-2 rounded border border-neutral-300 px-2 py-1" />
          </label>
          <button type="submit" disabled={disabled} className={`${button} bg-neutral-900 text-white`}>
            Schedule
          </button>
          {scheduleError || props.atError ? (
            <span role="alert" className="text-sm text-red-700">
              {scheduleError ?? props.atError}
            </span>
          ) : null}
        </form>
      ) : null}
    </>
  );
}
