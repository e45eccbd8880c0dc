'use client';

import { NodeSelection } from '@tiptap/pm/state';
import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent as ReactKeyboardEvent, type ReactNode, type RefObject } from 'react';
import { EditorDialog } from './EditorDialog.client';
import { leftOut, leftOutNote, linkInSelection, pasteProps, storyExtensions, type FigureImage, type GallerySummary } from '@/lib/document/extensions';
import { BODY_LIMITS, isAllowedHref } from '@/lib/document/schema';
import type { StoryDocument } from '@/lib/document/schema';
import { countWords } from '@/lib/document/text';

/**
 * The story body: TipTap 3 with exactly the schema's nodes (lib/document/extensions.ts), a
 * labelled toolbar, a link dialog, and panels for the selected figure and pull quote.
 */
export interface BodyEditorProps {
  initial: StoryDocument;
  readOnly: boolean;
  onChange: (document: StoryDocument) => void;
  resolveImage: (imageId: number) => FigureImage | null;
  resolveGallery: (galleryId: number) => GallerySummary | null;
  /** Opens the library picker; resolves with the chosen figure or null. */
  onPickFigure: (() => Promise<{ imageId: number; caption: string | null; credit: string | null; alt: string | null } | null>) | null;
  /** Opens the gallery picker; resolves with the chosen gallery's id or null. */
  onPickGallery: (() => Promise<number | null>) | null;
  /** Bumped when the document is replaced from outside (restore, conflict resolution). */
  resetKey: number;
  resetTo: StoryDocument;
  invalid?: string;
}

export default function BodyEditor(props: BodyEditorProps) {
  const { onChange, resolveImage, resolveGallery } = props;
  const resolvers = useRef({ resolveImage, resolveGallery });
  useEffect(() => {
    resolvers.current = { resolveImage, resolveGallery };
  }, [resolveImage, resolveGallery]);
  const changeRef = useRef(onChange);
  useEffect(() => {
    changeRef.current = onChange;
  }, [onChange]);

  // What the toolbar says until the next change to the text (a tidy report, pictures left out of a paste).
  const [note, setNote] = useState('');
  // How far down the window the sticky status bar and toolbar reach: the caret is kept below them.
  const [coveredTop, setCoveredTop] = useState(0);
  const caretMargin = coveredTop + 8;
  useEffect(() => {
    // For the browser's own caret moves (arrow keys), as ProseMirror's margin is for typing.
    if (!coveredTop) return;
    document.documentElement.style.scrollPaddingTop = `${caretMargin}px`;
    return () => {
      document.documentElement.style.scrollPaddingTop = '';
    };
  }, [coveredTop, caretMargin]);

  // The node views call these resolvers lazily (when drawing a figure), never during render.
  /* eslint-disable react-hooks/refs */
  const editor = useEditor({
    extensions: storyExtensions({
      resolveImage: (id) => resolvers.current.resolveImage(id),
      resolveGallery: (id) => resolvers.current.resolveGallery(id),
    }),
    content: props.initial,
    editable: !props.readOnly,
    immediatelyRender: false,
    editorProps: {
      ...pasteProps,
      scrollMargin: { top: caretMargin, right: 5, bottom: 5, left: 5 },
      scrollThreshold: { top: caretMargin, right: 0, bottom: 0, left: 0 },
      transformPastedHTML: (html: string) => {
        const note = leftOutNote(leftOut(html));
        // After the paste's own update, which clears the last note.
        if (note) queueMicrotask(() => setNote(note));
        return pasteProps.transformPastedHTML(html);
      },
      attributes: {
        'aria-label': 'Story body',
        'aria-multiline': 'true',
        role: 'textbox',
        class: 'story-body min-h-[24rem] px-4 py-3 font-serif text-lg leading-relaxed',
      },
    },
    // ProseMirror keeps attributes in prototype-less objects, which React cannot pass to a server
    // action (they go out as unresolved references): hand on a plain copy.
    onUpdate: ({ editor: current }) => changeRef.current(structuredClone(current.getJSON()) as StoryDocument),
  });
  /* eslint-enable react-hooks/refs */

  const lastReset = useRef(props.resetKey);
  useEffect(() => {
    if (!editor || props.resetKey === lastReset.current) return;
    lastReset.current = props.resetKey;
    editor.commands.setContent(props.resetTo, { emitUpdate: false });
  }, [editor, props.resetKey, props.resetTo]);

  useEffect(() => {
    // No update event: becoming editable is not a change to the story (and must not autosave).
    if (editor && editor.isEditable === props.readOnly) editor.setEditable(!props.readOnly, false);
  }, [editor, props.readOnly]);

  return (
    <div className={`rounded border ${props.invalid ? 'border-red-600' : 'border-neutral-300'} bg-white`}>
      {editor && !props.readOnly ? <Toolbar editor={editor} note={note} setNote={setNote} onCovers={setCoveredTop} onPickFigure={props.onPickFigure} onPickGallery={props.onPickGallery} /> : null}
      <EditorContent editor={editor} />
      {editor ? <WordCount editor={editor} /> : null}
      {editor && !props.readOnly ? <SelectionPanel editor={editor} /> : null}
      {props.invalid ? (
        <p className="border-t border-red-200 px-4 py-2 text-sm text-red-700" role="alert">
          {props.invalid}
        </p>
      ) : null}
    </div>
  );
}

function ToolButton(props: { label: string; shortcut?: string; active?: boolean; disabled?: boolean; onClick: () => void; children: ReactNode }) {
  return (
    <button
      type="button"
      data-tool
      aria-label={props.label}
      title={props.shortcut ? `${props.label} (${props.shortcut})` : props.label}
      aria-pressed={props.active === undefined ? undefined : props.active}
      disabled={props.disabled}
      onMouseDown={(event) => event.preventDefault()}
      onClick={props.onClick}
      className={`min-w-8 rounded px-2 py-1 text-sm ${props.active ? 'bg-neutral-900 text-white' : 'hover:bg-neutral-100'} disabled:opacity-40`}
    >
      {props.children}
    </button>
  );
}

function Toolbar({
  editor,
  note,
  setNote,
  onCovers,
  onPickFigure,
  onPickGallery,
}: Pick<BodyEditorProps, 'onPickFigure' | 'onPickGallery'> & {
  editor: Editor;
  note: string;
  setNote: (note: string) => void;
  /** Told how far down the window this sticky toolbar (and the status bar above it) reaches. */
  onCovers: (pixels: number) => void;
}) {
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      paragraph: e.isActive('paragraph'),
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      link: e.isActive('link'),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      blockquote: e.isActive('blockquote'),
      pullQuote: e.isActive('pullQuote'),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });
  const [linkOpen, setLinkOpen] = useState(false);
  useEffect(() => {
    // A note stands until the next change to the text.
    if (!note) return;
    const clear = () => setNote('');
    editor.on('update', clear);
    return () => {
      editor.off('update', clear);
    };
  }, [editor, note, setNote]);
  const chain = () => editor.chain().focus();
  const toolbarRef = useRef<HTMLDivElement>(null);
  const roving = useRovingFocus(toolbarRef);
  useEffect(() => {
    const toolbar = toolbarRef.current;
    if (!toolbar) return;
    // Its sticky offset is the status bar's height, which changes without the toolbar resizing.
    const measure = () => onCovers(Math.ceil((parseFloat(getComputedStyle(toolbar).top) || 0) + toolbar.offsetHeight));
    const observer = new ResizeObserver(measure);
    observer.observe(toolbar);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [onCovers]);

  return (
    <div ref={toolbarRef} onKeyDown={roving.onKeyDown} onFocus={roving.onFocus} role="toolbar" aria-label="Formatting" className="sticky top-[var(--story-bar-height,0px)] z-20 flex flex-wrap items-center gap-1 border-b border-neutral-200 bg-neutral-50 px-2 py-1">
      {/* One row that scrolls sideways on a phone, where three rows of buttons would cover a
          third of the screen above the text being written; wrapped on wider screens. */}
      {/* Padded inside, so a focused button's ring is not clipped by the scrolling. */}
      <div className="-m-1 flex min-w-0 flex-1 items-center gap-1 overflow-x-auto p-1 sm:flex-wrap sm:overflow-visible [&>*]:shrink-0">
        <ToolButton label="Paragraph" active={state.paragraph} onClick={() => chain().setParagraph().run()}>¶</ToolButton>
        <ToolButton label="H2 subhead" shortcut="Ctrl+Alt+2" active={state.h2} onClick={() => chain().toggleHeading({ level: 2 }).run()}>H2</ToolButton>
        <ToolButton label="H3 small subhead" shortcut="Ctrl+Alt+3" active={state.h3} onClick={() => chain().toggleHeading({ level: 3 }).run()}>H3</ToolButton>
        <span className="mx-1 h-5 w-px bg-neutral-300" aria-hidden />
        <ToolButton label="Bold" shortcut="Ctrl+B" active={state.bold} onClick={() => chain().toggleBold().run()}><strong>B</strong></ToolButton>
        <ToolButton label="Italic" shortcut="Ctrl+I" active={state.italic} onClick={() => chain().toggleItalic().run()}><em>I</em></ToolButton>
        <ToolButton label="Link" shortcut="Ctrl+K" active={state.link} onClick={() => setLinkOpen(true)}>Link</ToolButton>
        <span className="mx-1 h-5 w-px bg-neutral-300" aria-hidden />
        <ToolButton label="Bulleted list" active={state.bulletList} onClick={() => chain().toggleBulletList().run()}>• List</ToolButton>
        <ToolButton label="1. List, numbered" active={state.orderedList} onClick={() => chain().toggleOrderedList().run()}>1. List</ToolButton>
        <ToolButton label="Block quote" active={state.blockquote} onClick={() => chain().toggleBlockquote().run()}>“ Quote</ToolButton>
        <ToolButton label="Pull quote" shortcut="Ctrl+Alt+Q" active={state.pullQuote} onClick={() => chain().togglePullQuote().run()}>Pull quote</ToolButton>
        <ToolButton label="Horizontal rule" onClick={() => chain().setHorizontalRule().run()}>—</ToolButton>
        <span className="mx-1 h-5 w-px bg-neutral-300" aria-hidden />
        <ToolButton
          label="Insert image from library"
          disabled={!onPickFigure}
          onClick={async () => {
            const picked = await onPickFigure?.();
            if (picked) chain().insertFigure(picked).run();
          }}
        >
          Image
        </ToolButton>
        <ToolButton
          label="Embed gallery"
          disabled={!onPickGallery}
          onClick={async () => {
            const galleryId = await onPickGallery?.();
            if (galleryId) chain().insertGalleryEmbed({ galleryId }).run();
          }}
        >
          Gallery
        </ToolButton>
        <ToolButton
          label="Tidy text"
          onClick={() => setNote(chain().tidyText().run() ? 'Tidied: stray backslashes, doubled spaces and straight quotes.' : 'Nothing to tidy.')}
        >
          Tidy
        </ToolButton>
        <span className="mx-1 h-5 w-px bg-neutral-300" aria-hidden />
        <ToolButton label="Undo" shortcut="Ctrl+Z" disabled={!state.canUndo} onClick={() => chain().undo().run()}>↶</ToolButton>
        <ToolButton label="Redo" shortcut="Ctrl+Shift+Z" disabled={!state.canRedo} onClick={() => chain().redo().run()}>↷</ToolButton>
      </div>
      <KeyboardShortcut editor={editor} keys="Mod-k" onTrigger={() => setLinkOpen(true)} />
      {/* Always there, empty or not: a live region added with its text is often not read out. */}
      <span role="status" className="ml-auto text-xs text-neutral-600 max-sm:basis-full">
        {note}
      </span>
      {linkOpen ? <LinkDialog editor={editor} onClose={() => setLinkOpen(false)} /> : null}
    </div>
  );
}

/**
 * The toolbar is one Tab stop, as ARIA's toolbar pattern has it: arrow keys (and Home, End)
 * move between its buttons, and Tab goes on to the body. The button last used keeps the stop;
 * a disabled one (Undo with nothing to undo) hands it to the first that works.
 */
function useRovingFocus(ref: RefObject<HTMLDivElement | null>) {
  const tools = () => [...(ref.current?.querySelectorAll<HTMLButtonElement>('button[data-tool]') ?? [])].filter((tool) => !tool.disabled);
  const hold = (stop: HTMLButtonElement) => {
    for (const tool of ref.current?.querySelectorAll<HTMLButtonElement>('button[data-tool]') ?? []) tool.tabIndex = tool === stop ? 0 : -1;
  };
  useLayoutEffect(() => {
    const enabled = tools();
    if (!enabled.some((tool) => tool.tabIndex === 0) && enabled[0]) hold(enabled[0]);
  });
  return {
    onFocus(event: { target: EventTarget }) {
      if (event.target instanceof HTMLButtonElement && event.target.dataset.tool !== undefined) hold(event.target);
    },
    onKeyDown(event: ReactKeyboardEvent<HTMLDivElement>) {
      const enabled = tools();
      const at = enabled.indexOf(event.target as HTMLButtonElement);
      if (at < 0) return; // the link dialog's fields keep their arrow keys
      const next = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1, Home: 0, End: enabled.length - 1 }[event.key];
      if (next === undefined) return;
      event.preventDefault();
      const target = enabled[(next + enabled.length) % enabled.length];
      hold(target);
      target.focus();
      // In the sideways-scrolling row of a phone, all of it: focus alone reveals only a sliver.
      target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    },
  };
}

/** Ctrl/Cmd+K opens the link dialog from inside the body. */
function KeyboardShortcut({ editor, onTrigger }: { editor: Editor; keys: 'Mod-k'; onTrigger: () => void }) {
  useEffect(() => {
    const dom = editor.view.dom;
    const listener = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        onTrigger();
      }
    };
    dom.addEventListener('keydown', listener);
    return () => dom.removeEventListener('keydown', listener);
  }, [editor, onTrigger]);
  return null;
}

function LinkDialog({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  // Found once, as the dialog opens: typing in it does not move the selection.
  const [link] = useState(() => linkInSelection(editor));
  const existing = link?.href ?? '';
  const [href, setHref] = useState(existing);
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const close = () => {
    onClose();
    editor.commands.focus();
  };
  return (
    <EditorDialog title={existing ? 'Edit link' : 'Add link'} onClose={close}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const value = href.trim();
          if (!isAllowedHref(value)) {
            setError('Use a full web address (https://…), an email (mailto:…) or a path on this site (/…).');
            return;
          }
          const chain = editor.chain().focus();
          if (link) {
            // Editing a link changes its address over the whole link and only there, however the
            // selection was made (one that ran on past the link would split it in two).
            chain.setTextSelection(link).setLink({ href: value }).run();
          } else if (editor.state.selection.empty) chain.insertContent({ type: 'text', text: value, marks: [{ type: 'link', attrs: { href: value } }] }).run();
          else chain.setLink({ href: value }).run();
          onClose();
        }}
      >
        <label htmlFor={inputId} className="block text-sm font-medium">
          Address
        </label>
        <input
          id={inputId}
          autoFocus
          value={href}
          onChange={(event) => setHref(event.target.value)}
          placeholder="https://"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${inputId}-error` : undefined}
          className="mt-1 w-full rounded border border-neutral-300 px-2 py-1"
        />
        {error ? (
          <p id={`${inputId}-error`} className="mt-1 text-sm text-red-700">
            {error}
          </p>
        ) : null}
        <div className="mt-4 flex justify-between gap-2">
          {existing ? (
            <button
              type="button"
              className="rounded px-3 py-1 text-red-700 hover:bg-red-50"
              onClick={() => {
                editor.chain().focus().extendMarkRange('link').unsetLink().run();
                onClose();
              }}
            >
              Remove link
            </button>
          ) : (
            <span />
          )}
          <span className="flex gap-2">
            <button type="button" className="rounded px-3 py-1 hover:bg-neutral-100" onClick={close}>
              Cancel
            </button>
            <button type="submit" className="rounded bg-neutral-900 px-3 py-1 text-white">
              Apply
            </button>
          </span>
        </div>
      </form>
    </EditorDialog>
  );
}

const WORD_COUNT_PAUSE_MS = 400;

const wordsIn = (editor: Editor) => countWords(editor.state.doc.textBetween(0, editor.state.doc.content.size, '\n', '\n'));

/** The body's length in words, as a writer measures it against what was commissioned. */
function WordCount({ editor }: { editor: Editor }) {
  const [words, setWords] = useState(() => wordsIn(editor));
  useEffect(() => {
    // Counted after a pause in typing, not on every key: a long story takes long to count.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const recount = ({ transaction }: { transaction: { docChanged: boolean } }) => {
      if (!transaction.docChanged) return;
      clearTimeout(timer);
      timer = setTimeout(() => setWords(wordsIn(editor)), WORD_COUNT_PAUSE_MS);
    };
    editor.on('transaction', recount);
    return () => {
      clearTimeout(timer);
      editor.off('transaction', recount);
    };
  }, [editor]);
  return (
    <p className="border-t border-neutral-200 px-4 py-1 text-xs text-neutral-600" data-testid="word-count">
      {words === 1 ? '1 word' : `${words.toLocaleString('en')} words`}
    </p>
  );
}

/** Caption, credit and alt text of the selected figure; attribution of the pull quote the cursor is in. */
function SelectionPanel({ editor }: { editor: Editor }) {
  const selected = useEditorState({
    editor,
    selector: ({ editor: e }) => {
      const selection = e.state.selection;
      if (selection instanceof NodeSelection && selection.node.type.name === 'figure') {
        return { kind: 'figure' as const, attrs: selection.node.attrs as { imageId: number; caption: string | null; credit: string | null; alt: string | null } };
      }
      if (e.isActive('pullQuote')) return { kind: 'pullQuote' as const, attribution: (e.getAttributes('pullQuote').attribution as string | null) ?? '' };
      return null;
    },
  });
  const baseId = useId();
  if (!selected) return null;
  const field = (name: string, label: string, maxLength: number, value: string, update: (value: string) => void) => (
    <label key={name} htmlFor={`${baseId}-${name}`} className="flex flex-col text-sm">
      {label}
      <input
        id={`${baseId}-${name}`}
        value={value}
        maxLength={maxLength}
        onChange={(event) => update(event.target.value)}
        className="mt-1 rounded border border-neutral-300 px-2 py-1"
      />
    </label>
  );
  if (selected.kind === 'pullQuote') {
    return (
      <div className="border-t border-neutral-200 bg-neutral-50 px-4 py-2">
        {field('attribution', 'Pull quote attribution', BODY_LIMITS.attribution, selected.attribution, (value) =>
          editor.commands.updateAttributes('pullQuote', { attribution: value.trim() ? value : null }),
        )}
      </div>
    );
  }
  const update = (name: 'caption' | 'credit' | 'alt') => (value: string) => editor.commands.updateAttributes('figure', { [name]: value || null });
  return (
    // Kept in view at the foot of the window while the image is selected, however long the story.
    <div className="sticky bottom-0 z-10 grid gap-2 border-t border-neutral-300 bg-neutral-50 px-4 py-2 shadow-[0_-2px_6px_rgba(0,0,0,0.08)] sm:grid-cols-3" role="group" aria-label="Selected image">
      {field('caption', 'Caption (this story)', BODY_LIMITS.figureCaption, selected.attrs.caption ?? '', update('caption'))}
      {field('credit', 'Credit (this story)', BODY_LIMITS.figureCredit, selected.attrs.credit ?? '', update('credit'))}
      {field('alt', 'Alt text (describe the image)', BODY_LIMITS.figureAlt, selected.attrs.alt ?? '', update('alt'))}
    </div>
  );
}
