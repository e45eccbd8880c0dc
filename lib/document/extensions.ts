import { Extension, getMarkRange, mergeAttributes, Node, type Editor, type Extensions, type SingleCommands } from '@tiptap/core';
import type { Mark } from '@tiptap/pm/model';
import { NodeSelection, TextSelection, type Transaction } from '@tiptap/pm/state';
import StarterKit from '@tiptap/starter-kit';
import { cleanPastedHtml, cleanPastedText } from './paste';
import { isAllowedHref, SUBHEAD_LEVELS } from './schema';
import { tidyRuns } from './typography';
import { photoCount } from '../galleries/photo-count';

/**
 * The story editor's TipTap 3 extensions: exactly the nodes and marks of lib/document/schema.ts
 * (`storyDocument`), nothing more. StarterKit's extras the schema does not allow (underline,
 * strike, code, code blocks, h1 and h4+) are switched off, so the editor cannot produce a
 * document the server would refuse. Custom nodes: pullQuote, figure, galleryEmbed; and the
 * tidyText command.
 * Browser-safe and React-free; node views are plain DOM.
 */

export interface FigureImage {
  src: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string;
}

export interface GallerySummary {
  title: string;
  photoCount: number;
}

export interface StoryExtensionOptions {
  /** Library image for a figure's imageId (for drawing it in the editor). */
  resolveImage?: (imageId: number) => FigureImage | null;
  resolveGallery?: (galleryId: number) => GallerySummary | null;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    pullQuote: {
      togglePullQuote: () => ReturnType;
    };
    figure: {
      insertFigure: (attrs: { imageId: number; caption?: string | null; credit?: string | null; alt?: string | null }) => ReturnType;
    };
    galleryEmbed: {
      insertGalleryEmbed: (attrs: { galleryId: number }) => ReturnType;
    };
    tidyText: {
      /** The paste clean-up over the whole story as one undoable step; false when nothing needed it. */
      tidyText: () => ReturnType;
    };
  }
}

/**
 * After inserting a block that holds no text (a picture, a gallery), the cursor goes to the text
 * after it, in a new paragraph when none follows: left selected, the block would be replaced by
 * the next key pressed.
 */
/**
 * Inserts a picture or gallery block where the cursor is; with a picture or gallery selected (a tap
 * on it, then Image), after it rather than over it, which would silently replace it.
 */
function insertBlock(commands: SingleCommands, tr: Transaction, content: { type: string; attrs: object }): boolean {
  return tr.selection instanceof NodeSelection ? commands.insertContentAt(tr.selection.to, content) : commands.insertContent(content);
}

function continueAfterBlock(tr: Transaction, dispatch: unknown): boolean {
  if (!dispatch || !(tr.selection instanceof NodeSelection)) return true;
  const after = tr.selection.to;
  if (!tr.doc.resolve(after).nodeAfter?.isTextblock) tr.insert(after, tr.doc.type.schema.nodes.paragraph.create());
  tr.setSelection(TextSelection.create(tr.doc, after + 1));
  return true;
}

export const PullQuote = Node.create({
  name: 'pullQuote',
  group: 'block',
  content: 'inline*',
  defining: true,
  marks: 'bold italic link',
  addAttributes() {
    return {
      attribution: {
        default: null,
        parseHTML: (element) => element.querySelector('figcaption')?.textContent?.trim() || element.getAttribute('data-attribution') || null,
        renderHTML: (attributes) => (attributes.attribution ? { 'data-attribution': attributes.attribution } : {}),
      },
    };
  },
  parseHTML() {
    return [
      {
        tag: 'figure.pull-quote',
        contentElement: (element: HTMLElement) =>
          element.querySelector<HTMLElement>('blockquote p') ?? element.querySelector<HTMLElement>('blockquote') ?? element,
      },
    ];
  },
  renderHTML({ HTMLAttributes }) {
    return ['figure', mergeAttributes(HTMLAttributes, { class: 'pull-quote' }), ['blockquote', ['p', 0]]];
  },
  addCommands() {
    return {
      togglePullQuote:
        () =>
        ({ commands }) =>
          commands.toggleNode(this.name, 'paragraph'),
    };
  },
  addKeyboardShortcuts() {
    return { 'Mod-Alt-q': () => this.editor.commands.togglePullQuote() };
  },
});

const idAttribute = (attribute: string, htmlName: string) => ({
  default: null,
  parseHTML: (element: HTMLElement) => {
    const value = Number(element.getAttribute(htmlName));
    return Number.isInteger(value) && value > 0 ? value : null;
  },
  renderHTML: (attributes: Record<string, unknown>) => ({ [htmlName]: attributes[attribute] }),
});

const textAttribute = (name: string) => ({
  default: null,
  parseHTML: (element: HTMLElement) => element.getAttribute(`data-${name}`) || null,
  renderHTML: (attributes: Record<string, unknown>) => (attributes[name] ? { [`data-${name}`]: attributes[name] } : {}),
});

export const Figure = Node.create<StoryExtensionOptions>({
  name: 'figure',
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,
  addOptions() {
    return {};
  },
  addAttributes() {
    return {
      imageId: idAttribute('imageId', 'data-image-id'),
      caption: textAttribute('caption'),
      credit: textAttribute('credit'),
      alt: textAttribute('alt'),
    };
  },
  parseHTML() {
    return [{ tag: 'figure[data-type="figure"]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['figure', mergeAttributes(HTMLAttributes, { 'data-type': 'figure' })];
  },
  addCommands() {
    return {
      insertFigure:
        (attrs) =>
        ({ commands, tr, dispatch }) =>
          insertBlock(commands, tr, { type: this.name, attrs }) && continueAfterBlock(tr, dispatch),
    };
  },
  addNodeView() {
    return ({ node, editor, getPos }) => {
      const dom = document.createElement('figure');
      dom.className = 'editor-figure';
      dom.setAttribute('data-type', 'figure');
      selectOnTap(dom, editor, getPos);
      const draw = (attrs: Record<string, unknown>) => {
        dom.replaceChildren();
        const imageId = Number(attrs.imageId);
        const image = this.options.resolveImage?.(imageId) ?? null;
        if (image) {
          const img = document.createElement('img');
          img.src = image.src;
          img.width = image.width;
          img.height = image.height;
          img.alt = (attrs.alt as string | null) || image.alt;
          img.draggable = false;
          dom.appendChild(img);
        } else {
          const missing = document.createElement('div');
          missing.className = 'editor-figure-missing';
          missing.textContent = `Library image #${imageId}`;
          dom.appendChild(missing);
        }
        const caption = (attrs.caption as string | null) ?? image?.caption ?? '';
        const credit = (attrs.credit as string | null) ?? image?.credit ?? '';
        const alt = (attrs.alt as string | null) || image?.alt || '';
        const figcaption = document.createElement('figcaption');
        figcaption.textContent = [caption, credit].filter(Boolean).join(' — ') || 'No caption';
        dom.appendChild(figcaption);
        if (!alt) {
          const warning = document.createElement('p');
          warning.className = 'editor-figure-warning';
          warning.textContent = 'No alt text: select the image and describe it before publishing.';
          dom.appendChild(warning);
        }
      };
      draw(node.attrs);
      return {
        dom,
        update: (updated) => {
          if (updated.type.name !== 'figure') return false;
          draw(updated.attrs);
          return true;
        },
      };
    };
  },
});

/**
 * A tap selects a picture or gallery block as a click does. ProseMirror selects such a block on
 * mouse down and leaves touch to the browser's own selection, which never lands on a block that
 * is not editable: a writer on a phone could not reach its caption, credit and alt text.
 */
function selectOnTap(dom: HTMLElement, editor: Editor, getPos: () => number | undefined): void {
  dom.addEventListener('click', () => {
    const pos = getPos();
    if (pos === undefined || !editor.isEditable) return;
    const { selection } = editor.state;
    if (selection instanceof NodeSelection && selection.from === pos) return;
    editor.commands.setNodeSelection(pos);
  });
}

export const GalleryEmbed = Node.create<StoryExtensionOptions>({
  name: 'galleryEmbed',
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,
  addOptions() {
    return {};
  },
  addAttributes() {
    return { galleryId: idAttribute('galleryId', 'data-gallery-id') };
  },
  parseHTML() {
    return [{ tag: 'div[data-type="gallery-embed"]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['div', mergeAttributes(HTMLAttributes, { 'data-type': 'gallery-embed' })];
  },
  addCommands() {
    return {
      insertGalleryEmbed:
        (attrs) =>
        ({ commands, tr, dispatch }) =>
          insertBlock(commands, tr, { type: this.name, attrs }) && continueAfterBlock(tr, dispatch),
    };
  },
  addNodeView() {
    return ({ node, editor, getPos }) => {
      const dom = document.createElement('div');
      dom.className = 'editor-gallery';
      dom.setAttribute('data-type', 'gallery-embed');
      selectOnTap(dom, editor, getPos);
      const draw = (galleryId: number) => {
        const gallery = this.options.resolveGallery?.(galleryId) ?? null;
        dom.textContent = gallery ? `Gallery: ${gallery.title} (${photoCount(gallery.photoCount)})` : `Gallery #${galleryId}`;
      };
      draw(Number(node.attrs.galleryId));
      return {
        dom,
        update: (updated) => {
          if (updated.type.name !== 'galleryEmbed') return false;
          draw(Number(updated.attrs.galleryId));
          return true;
        },
      };
    };
  },
});

interface TextRun {
  from: number;
  to: number;
  text: string;
  marks: readonly Mark[];
}

/**
 * "Tidy text" for what was typed or pasted before (lib/document/typography.ts): each text run is
 * replaced in place, so bold, italic and links stay and the cursor keeps its place.
 */
export const TidyText = Extension.create({
  name: 'tidyText',
  addCommands() {
    return {
      tidyText:
        () =>
        ({ state, tr, dispatch }) => {
          const edits: TextRun[] = [];
          state.doc.descendants((node, position) => {
            if (!node.isTextblock) return true;
            // A line break starts a new line: the runs between breaks are tidied together.
            let line: TextRun[] = [];
            const tidyLine = () => {
              tidyRuns(line.map((run) => run.text)).forEach((text, index) => {
                if (text !== line[index].text) edits.push({ ...line[index], text });
              });
              line = [];
            };
            node.forEach((child, offset) => {
              const from = position + 1 + offset;
              if (child.isText) line.push({ from, to: from + child.nodeSize, text: child.text ?? '', marks: child.marks });
              else tidyLine();
            });
            tidyLine();
            return false;
          });
          if (!edits.length) return false;
          if (dispatch) {
            // Link's autolink would unlink a closing quote at a link's end; tidying makes no links.
            tr.setMeta('preventAutolink', true);
            // Last first, so the positions of the runs before stay true.
            for (const edit of edits.reverse()) {
              if (edit.text) tr.replaceWith(edit.from, edit.to, state.schema.text(edit.text, edit.marks));
              else tr.delete(edit.from, edit.to);
            }
          }
          return true;
        },
    };
  },
});

export function storyExtensions(options: StoryExtensionOptions = {}): Extensions {
  return [
    StarterKit.configure({
      heading: { levels: [...SUBHEAD_LEVELS] },
      code: false,
      codeBlock: false,
      strike: false,
      underline: false,
      link: {
        openOnClick: false,
        autolink: true,
        linkOnPaste: true,
        defaultProtocol: 'https',
        HTMLAttributes: { target: null, rel: null, class: null },
        isAllowedUri: (url) => isAllowedHref(url.trim()),
      },
    }),
    PullQuote,
    Figure.configure(options),
    GalleryEmbed.configure(options),
    TidyText,
  ];
}

/**
 * ProseMirror editor props for pasting: HTML from outside is cleaned first (Word, Google Docs,
 * web pages); HTML copied inside the editor (marked with data-pm-slice) is left as it is, so
 * figures and pull quotes survive cut and paste.
 */
// What this editor writes to the clipboard (with the page wrapper browsers add around it).
const OWN_ELEMENTS = new Set(['HTML', 'HEAD', 'META', 'BODY', 'P', 'H2', 'H3', 'UL', 'OL', 'LI', 'BLOCKQUOTE', 'FIGURE', 'FIGCAPTION', 'DIV', 'HR', 'STRONG', 'EM', 'A', 'BR']);

/**
 * A copy from inside the editor itself: kept as it is, figures and all. ProseMirror marks its
 * copies (data-pm-slice), but so does every editor built on it; one from elsewhere holds
 * something this editor never writes (a picture, styling, a redirecting link) and is cleaned.
 */
function isOwnCopy(html: string): boolean {
  if (!/data-pm-slice/.test(html)) return false;
  const elements = new DOMParser().parseFromString(html, 'text/html').querySelectorAll('*');
  return [...elements].every(
    (element) =>
      OWN_ELEMENTS.has(element.tagName) &&
      !element.hasAttribute('style') &&
      (element.tagName !== 'DIV' || element.getAttribute('data-type') === 'gallery-embed') &&
      (element.tagName !== 'A' || (isAllowedHref(element.getAttribute('href') ?? '') && !/^https:\/\/www\.google\.com\/url\?/.test(element.getAttribute('href') ?? ''))),
  );
}

export const pasteProps = {
  transformPastedHTML: (html: string) => (isOwnCopy(html) ? html : cleanPastedHtml(html)),
  transformPastedText: (text: string) => cleanPastedText(text),
};

/**
 * What a paste from elsewhere held that cleanPastedHtml drops: pictures (they come from the
 * library) and embedded players (a story has none).
 */
export function leftOut(html: string): { pictures: number; embeds: number } {
  if (isOwnCopy(html)) return { pictures: 0, embeds: 0 };
  return { pictures: (html.match(/<img\b/gi) ?? []).length, embeds: (html.match(/<(?:iframe|video|audio|embed|object)\b/gi) ?? []).length };
}

/** The editor's note after such a paste, or null when nothing was left out. */
export function leftOutNote({ pictures, embeds }: { pictures: number; embeds: number }): string | null {
  const parts = [
    pictures && `${pictures === 1 ? 'A picture' : `${pictures} pictures`} in what you pasted ${pictures === 1 ? 'was' : 'were'} left out: add pictures from the library with Image.`,
    embeds && `${embeds === 1 ? 'A video or embedded player' : `${embeds} videos or embedded players`} in what you pasted ${embeds === 1 ? 'was' : 'were'} left out: stories cannot embed players, so link to ${embeds === 1 ? 'it' : 'them'} instead.`,
  ].filter(Boolean);
  return parts.length ? parts.join(' ') : null;
}

/** The whole of the first link the selection touches, wherever the selection starts, and its address. */
export function linkInSelection(editor: Editor): { from: number; to: number; href: string } | undefined {
  const { doc, selection } = editor.state;
  const link = editor.schema.marks.link;
  let found: { from: number; to: number; href: string } | undefined;
  const take = (pos: number, marks: readonly { type: unknown; attrs: Record<string, unknown> }[]) => {
    const mark = marks.find((candidate) => candidate.type === link);
    const range = mark ? getMarkRange(doc.resolve(pos), link) : undefined;
    if (mark && range) found = { ...range, href: String(mark.attrs.href ?? '') };
  };
  // A cursor's own link first: inside it, or just after its last letter. Selected words starting
  // where a link ends are not that link.
  const $from = selection.$from;
  const around = selection.empty ? [$from.parent.childAfter($from.parentOffset), $from.parent.childBefore($from.parentOffset)] : [$from.parent.childAfter($from.parentOffset)];
  for (const { node } of around) {
    if (!found && node?.isText) take(selection.from, node.marks);
  }
  doc.nodesBetween(selection.from, selection.to, (node, pos) => {
    if (!found && node.isText) take(pos, node.marks);
  });
  return found;
}
