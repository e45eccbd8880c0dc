/**
 * Cleans HTML pasted into the story editor from Word, Google Docs or a web page, before
 * ProseMirror parses it against the story schema (lib/document/extensions.ts). Structure stays —
 * paragraphs, subheads, lists, quotes, bold, italic, safe links — and the junk goes: styles,
 * classes, fonts, colours, spans, Word's list markers and conditional comments, Google Docs'
 * non-bold <b> wrapper, empty paragraphs, stray backslashes and doubled spaces. Straight quotes
 * become typographic ones. Runs in the browser (DOMParser); tests use happy-dom.
 */

import { BODY_LIMITS, isAllowedHref } from './schema';
import { tidyFragment, tidyRuns } from './typography';

// DEL: text a tracked change (Word) or a page struck out, which the story would otherwise say too.
const DROP_ENTIRELY = new Set(['STYLE', 'SCRIPT', 'META', 'LINK', 'TITLE', 'XML', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'SVG', 'CANVAS', 'FORM', 'INPUT', 'BUTTON', 'SELECT', 'TEXTAREA', 'NOSCRIPT', 'HEAD', 'DEL']);
// Elements inside a line of text (the rest end one, for a table cell's text).
const INLINE_TEXT = new Set(['SPAN', 'B', 'STRONG', 'I', 'EM', 'A', 'FONT', 'U', 'S', 'SUB', 'SUP', 'SMALL', 'MARK', 'CODE', 'ABBR', 'CITE', 'Q', 'TIME', 'INS']);
// Web page blocks the story has no element for: a paragraph when they hold only text, else unwrapped.
const CONTAINERS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'ASIDE', 'HEADER', 'FOOTER', 'NAV', 'FIGURE', 'CENTER', 'DETAILS', 'SUMMARY', 'FIELDSET', 'LEGEND', 'HGROUP']);
const KEEP = new Set(['P', 'H2', 'H3', 'UL', 'OL', 'LI', 'BLOCKQUOTE', 'STRONG', 'EM', 'A', 'BR', 'HR']);
const BLOCKS = new Set(['P', 'H2', 'H3', 'LI', 'BLOCKQUOTE', 'UL', 'OL', 'HR']);

export function cleanPastedHtml(html: string, parser: DOMParser = new DOMParser()): string {
  const document = parser.parseFromString(html, 'text/html');
  const body = document.body;
  removeComments(body);
  removeWordNotes(body);
  convertWordLists(body);
  flattenTables(body);
  normaliseElements(body);
  removeEmptyBlocks(body);
  paragraphsAtBlankLines(body);
  cleanText(body);
  // Line breaks around the markup go; spaces stay: a phrase pasted into a sentence needs them.
  return body.innerHTML.replace(/^[\r\n\t]+|[\r\n\t]+$/g, '');
}

/** Plain-text pastes get the same text clean-up (paragraph breaks are kept by the editor). */
export function cleanPastedText(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => tidyFragment(line))
    .join('\n');
}

/**
 * A story has no tables: each row becomes one paragraph, its cells' text side by side with a
 * separator, so what stood on one row still reads as one line.
 */
function flattenTables(root: HTMLElement): void {
  for (const table of [...root.querySelectorAll('table')].reverse()) {
    const rows = [...table.querySelectorAll('tr')].filter((row) => row.closest('table') === table);
    const caption = [...table.children].find((child) => child.tagName === 'CAPTION');
    const paragraphs = rows.flatMap((row) => {
      const cells = [...row.children].map((cell) => spacedText(cell).replace(/\s+/g, ' ').trim()).filter(Boolean);
      if (!cells.length) return [];
      const paragraph = root.ownerDocument.createElement('p');
      paragraph.textContent = cells.join(' | ');
      return [paragraph];
    });
    if (caption && spacedText(caption).trim()) {
      const title = root.ownerDocument.createElement('p');
      title.textContent = spacedText(caption).replace(/\s+/g, ' ').trim();
      paragraphs.unshift(title);
    }
    table.replaceWith(...paragraphs);
  }
}

/** An element's text with a space where a line or block ends inside it ("Name<br>Leyla"). */
function spacedText(node: Node): string {
  if (node.nodeType === 3) return node.textContent ?? '';
  if (node.nodeName === 'BR') return ' ';
  // What normaliseElements drops (tracked deletions, scripts, Word's <o:p>) is no cell's text.
  if (DROP_ENTIRELY.has(node.nodeName) || node.nodeName === 'O:P' || node.nodeName.startsWith('V:')) return '';
  const text = [...node.childNodes].map(spacedText).join('');
  // Word's smart tags (st1:place) sit inside a line too.
  return node.nodeType === 1 && !INLINE_TEXT.has(node.nodeName) && !node.nodeName.includes(':') ? ` ${text} ` : text;
}

function removeComments(root: Node): void {
  const walker = root.ownerDocument!.createTreeWalker(root, 128 /* NodeFilter.SHOW_COMMENT */);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode?.removeChild(comment);
}

/**
 * Word's review comments are notes to colleagues, never story text: their markers ("[AB1]") and
 * the comment list at the end go, and so does a template's placeholder nobody filled in ("Click
 * or tap here to enter text."). Footnotes stay as text, but their markers link to places in the
 * Word file that the story does not have, so those links go (see safeHref: '#' links).
 */
function removeWordNotes(root: HTMLElement): void {
  for (const element of [...root.querySelectorAll('*')]) {
    if (!element.isConnected) continue;
    const className = (element.getAttribute('class') ?? '').toLowerCase();
    const comment = /\bmsocom(anchor|off)\b|\bmsocommentreference\b/.test(className) || styleValue(styleOf(element), 'mso-element') === 'comment-list';
    const placeholder = /\bmsoplaceholdertext\b/.test(className) || element.getAttribute('showingplchdr') === 't';
    if (comment || placeholder) element.remove();
  }
}

function styleOf(element: Element): string {
  return (element.getAttribute('style') ?? '').toLowerCase().replace(/\s+/g, '');
}

/**
 * Word writes lists as paragraphs (`class="MsoListParagraph…" style="mso-list:l0 level1 lfo1"`)
 * with the bullet or number in a `mso-list:Ignore` span. Rebuild real (nested) lists from them.
 */
function convertWordLists(root: HTMLElement): void {
  const doc = root.ownerDocument;
  const isWordListItem = (node: Element | null): node is HTMLElement =>
    !!node && node.tagName === 'P' && /mso-list:l\d+level\d+/.test(styleOf(node));
  // Word numbers its lists (l0, l1 …): a bulleted list followed straight by a numbered one is two lists.
  const listId = (node: Element) => /mso-list:(l\d+)level/.exec(styleOf(node))?.[1];
  const sameList = (node: Element | null, first: HTMLElement): node is HTMLElement => isWordListItem(node) && listId(node) === listId(first);
  for (const paragraph of [...root.querySelectorAll('p')]) {
    if (!paragraph.isConnected || !isWordListItem(paragraph)) continue;
    if (sameList(paragraph.previousElementSibling, paragraph)) continue; // handled with its first item
    const items: HTMLElement[] = [];
    let cursor: Element | null = paragraph;
    while (sameList(cursor, paragraph)) {
      items.push(cursor);
      cursor = cursor.nextElementSibling;
    }
    const stack: { level: number; list: HTMLElement }[] = [];
    let top: HTMLElement | null = null;
    for (const item of items) {
      const level = Number(/level(\d+)/.exec(styleOf(item))?.[1] ?? 1);
      const marker = [...item.querySelectorAll('span')].find((span) => styleOf(span).includes('mso-list:ignore'));
      const number = /^\s*[\(]?([0-9]+|[a-z]|[ivxlc]+)[.)]/i.exec(marker?.textContent ?? '');
      const ordered = number !== null;
      marker?.remove();
      while (stack.length && stack[stack.length - 1].level > level) stack.pop();
      if (!stack.length || stack[stack.length - 1].level < level) {
        const list = doc.createElement(ordered ? 'ol' : 'ul');
        // A list Word carries on after a paragraph ("3.", "4.") goes on counting from there.
        if (number && /^\d+$/.test(number[1]) && Number(number[1]) > 1) list.setAttribute('start', number[1]);
        const parentItem = stack.length ? stack[stack.length - 1].list.lastElementChild : null;
        if (parentItem) parentItem.appendChild(list);
        else top = list;
        stack.push({ level, list });
      }
      const li = doc.createElement('li');
      const p = doc.createElement('p');
      while (item.firstChild) p.appendChild(item.firstChild);
      li.appendChild(p);
      stack[stack.length - 1].list.appendChild(li);
    }
    if (top) paragraph.before(top);
    for (const item of items) item.remove();
  }
}

/**
 * One property's value in a style attribute as styleOf gives it; the last declaration wins, as in
 * CSS. Whole names only: Word's `mso-bidi-font-weight:normal` sits on its bold text and says
 * nothing about it.
 */
function styleValue(style: string, property: string): string | undefined {
  let value: string | undefined;
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':');
    if (declaration.slice(0, colon) === property) value = declaration.slice(colon + 1).replace(/!important$/, '');
  }
  return value;
}

function isBoldStyle(style: string): boolean {
  const weight = styleValue(style, 'font-weight');
  return weight === 'bold' || weight === 'bolder' || (weight !== undefined && Number(weight) >= 600);
}

function isNotBoldStyle(style: string): boolean {
  const weight = styleValue(style, 'font-weight');
  return weight === 'normal' || (weight !== undefined && Number(weight) < 600);
}

function isItalicStyle(style: string): boolean {
  const slant = styleValue(style, 'font-style');
  return slant === 'italic' || slant === 'oblique';
}

function safeHref(href: string | null): string | null {
  if (!href) return null;
  // Browsers drop line breaks and tabs inside an address and send a space as %20 (a SharePoint path).
  let trimmed = href.trim().replace(/[\t\r\n]/g, '').replace(/ /g, '%20');
  // A place in the pasted document (a Word footnote, a page's own anchor): not in the story.
  if (trimmed.startsWith('#')) return null;
  // Google Docs routes links through its redirector; keep the real destination.
  const redirected = /^https:\/\/www\.google\.com\/url\?/.test(trimmed) ? new URL(trimmed).searchParams.get('q') : null;
  if (redirected) trimmed = redirected;
  return trimmed.length <= BODY_LIMITS.href && isAllowedHref(trimmed) ? trimmed : null;
}

/** Rewrites every element into the handful the story schema knows, innermost first. */
function normaliseElements(root: HTMLElement): void {
  const doc = root.ownerDocument;
  const visit = (element: Element) => {
    for (const child of [...element.children]) visit(child);
    if (element === root) return;
    const tag = element.tagName.toUpperCase();
    if (DROP_ENTIRELY.has(tag) || tag === 'O:P' || tag.startsWith('V:')) {
      // Word's <o:p> holds only &nbsp; and its v: elements draw shapes.
      element.remove();
      return;
    }
    const style = styleOf(element);
    let replacement: string | null = null;
    switch (tag) {
      case 'H1':
      case 'H2':
        replacement = 'h2';
        break;
      case 'H3':
      case 'H4':
      case 'H5':
      case 'H6':
        replacement = 'h3';
        break;
      case 'B':
      case 'STRONG':
        // Google Docs wraps the whole paste in <b style="font-weight:normal">: not bold at all.
        replacement = isNotBoldStyle(style) ? null : 'strong';
        break;
      case 'I':
      case 'EM':
      case 'CITE':
      case 'DFN':
        replacement = styleValue(style, 'font-style') === 'normal' ? null : 'em';
        break;
      case 'PRE': {
        // Lines of code or verse: each its own line of one paragraph.
        for (const text of textNodesOf(element)) {
          const lines = (text.data ?? '').split(/\r?\n/);
          if (lines.length < 2) continue;
          text.replaceWith(...lines.flatMap((line, index) => (index ? [doc.createElement('br'), doc.createTextNode(line)] : [doc.createTextNode(line)])));
        }
        replacement = 'p';
        break;
      }
      case 'DT':
      case 'DD':
      case 'FIGCAPTION':
      case 'CAPTION':
      case 'ADDRESS':
        replacement = 'p';
        break;
      default:
        // A container that holds only text acts as a paragraph (many web editors); otherwise unwrap.
        if (CONTAINERS.has(tag)) replacement = [...element.children].some((child) => BLOCKS.has(child.tagName)) ? null : 'p';
        else replacement = KEEP.has(tag) ? tag.toLowerCase() : null;
    }

    // Inline styling that means bold or italic (Google Docs, web pages) becomes real marks.
    const inlineTags = new Set(['SPAN', 'FONT']);
    let wrapBold = false;
    let wrapItalic = false;
    if (inlineTags.has(tag) || (replacement === null && !BLOCKS.has(tag))) {
      wrapBold = isBoldStyle(style) && tag !== 'B' && tag !== 'STRONG';
      wrapItalic = isItalicStyle(style) && tag !== 'I' && tag !== 'EM';
    }

    if (tag === 'A') {
      const href = safeHref(element.getAttribute('href'));
      if (!href) {
        unwrap(element);
        return;
      }
      const link = doc.createElement('a');
      link.setAttribute('href', href);
      moveChildren(element, link);
      element.replaceWith(wrapMarks(link, wrapBold, wrapItalic));
      return;
    }

    if (!replacement) {
      if (wrapBold || wrapItalic) {
        const fragment = doc.createElement('span');
        moveChildren(element, fragment);
        const wrapped = wrapMarks(fragment, wrapBold, wrapItalic);
        element.replaceWith(wrapped);
        unwrap(fragment);
      } else {
        // Block-level containers keep a paragraph break where they were.
        unwrap(element);
      }
      return;
    }
    const clean = doc.createElement(replacement);
    if (replacement === 'ol') {
      const start = Number(element.getAttribute('start'));
      if (Number.isInteger(start) && start > 1) clean.setAttribute('start', String(start));
    }
    moveChildren(element, clean);
    element.replaceWith(clean);
  };
  visit(root);
  // Headings and paragraphs never nest inside each other; flatten what web pages sometimes send.
  for (const inner of [...root.querySelectorAll('p p, h2 p, h3 p, p h2, p h3')]) unwrap(inner);
  // Google Docs puts a <br> between blocks, where it means nothing; beside text it is a line break.
  // Until none is left to remove: of two at the end of a paragraph, the last goes first.
  for (let removed = true; removed; ) {
    removed = false;
    for (const br of [...root.querySelectorAll('br')]) {
      if (isBlockOrEdge(neighbour(br, 'previousSibling')) || isBlockOrEdge(neighbour(br, 'nextSibling'))) {
        br.remove();
        removed = true;
      }
    }
  }
  for (const inline of [...root.querySelectorAll('strong strong, em em')]) unwrap(inline);
}

function wrapMarks(node: Element, bold: boolean, italic: boolean): Element {
  let result = node;
  if (italic) {
    const em = node.ownerDocument.createElement('em');
    em.appendChild(result);
    result = em;
  }
  if (bold) {
    const strong = node.ownerDocument.createElement('strong');
    strong.appendChild(result);
    result = strong;
  }
  return result;
}

function moveChildren(from: Element, to: Element): void {
  while (from.firstChild) to.appendChild(from.firstChild);
}

function unwrap(element: Element): void {
  const parent = element.parentNode;
  if (!parent) return;
  while (element.firstChild) parent.insertBefore(element.firstChild, element);
  parent.removeChild(element);
}

function removeEmptyBlocks(root: HTMLElement): void {
  let removed = true;
  while (removed) {
    removed = false;
    for (const block of [...root.querySelectorAll('p, h2, h3, li, blockquote, ul, ol, strong, em, a')]) {
      if (block.textContent?.replace(/[\s\u00a0\u200b\ufeff]/g, '') || block.querySelector('hr, br')) continue;
      // Bold or a link around nothing but a space still keeps two words apart ("Le<b> </b>Monde").
      if (['STRONG', 'EM', 'A'].includes(block.tagName) && block.textContent) unwrap(block);
      else block.remove();
      removed = true;
    }
  }
}

type Sibling = 'previousSibling' | 'nextSibling';

/** The nearest sibling that is not blank text (the line breaks between a page's tags). */
function meaningfulSibling(node: Node, direction: Sibling): Node | null {
  let sibling = node[direction];
  while (sibling && sibling.nodeType === 3 && !sibling.textContent?.trim()) sibling = sibling[direction];
  return sibling;
}

/**
 * What stands beside `node` in its block: its sibling, or, at the start or end of a bold, italic or
 * link element, what stands beside that (`<b>Leyla<br></b>Press officer`: the line goes on).
 */
function neighbour(node: Node, direction: Sibling): Node | null {
  for (let current: Node = node; ; ) {
    const sibling = meaningfulSibling(current, direction);
    if (sibling) return sibling;
    const parent = current.parentElement;
    if (!parent || parent.tagName === 'BODY' || BLOCKS.has(parent.tagName)) return null;
    current = parent;
  }
}

function isBlockOrEdge(node: Node | null): boolean {
  return !node || (node.nodeType === 1 && BLOCKS.has((node as Element).tagName));
}

function textNodesOf(element: Element): Text[] {
  const walker = element.ownerDocument.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  return nodes;
}

/**
 * `nodes` (siblings, in order) split where a blank line stands — two or more <br>, with only blank
 * text between — those <br> removed; the groups that hold something.
 */
function splitAtBlankLines(nodes: Node[]): Node[][] {
  const groups: Node[][] = [[]];
  let inBlankLine = false;
  nodes.forEach((node, index) => {
    const next = nodes.slice(index + 1).find((candidate) => candidate.nodeType !== 3 || candidate.textContent?.trim());
    if (node.nodeName === 'BR' && (inBlankLine || next?.nodeName === 'BR')) {
      (node as ChildNode).remove();
      if (!inBlankLine && groups[groups.length - 1].length) groups.push([]);
      inBlankLine = true;
      return;
    }
    if (node.nodeType !== 3 || node.textContent?.trim()) inBlankLine = false;
    groups[groups.length - 1].push(node);
  });
  return groups.filter((group) => group.some((node) => node.nodeType !== 3 || node.textContent?.trim()));
}

/**
 * A blank line (two or more <br>) starts a new paragraph: in a paragraph (an e-mail's <div>) and
 * in text pasted without paragraphs around it (part of an e-mail, a web page's loose lines); one
 * <br> stays a line break. Loose text without a blank line is left as it is, so a phrase pasted
 * into a sentence joins it, spaces at its edges and all. The blank text between blocks goes, so the
 * story does not start with an empty paragraph.
 */
function paragraphsAtBlankLines(root: HTMLElement): void {
  const doc = root.ownerDocument;
  const paragraphs = (groups: Node[][]) =>
    groups.map((nodes) => {
      const paragraph = doc.createElement('p');
      paragraph.append(...nodes);
      return paragraph;
    });
  for (const paragraph of [...root.querySelectorAll('p')]) {
    const groups = splitAtBlankLines([...paragraph.childNodes]);
    if (groups.length > 1) paragraph.replaceWith(...paragraphs(groups));
  }
  let run: Node[] = [];
  const flush = (before: Node | null) => {
    const groups = splitAtBlankLines(run);
    if (groups.length > 1) for (const paragraph of paragraphs(groups)) root.insertBefore(paragraph, before);
    run = [];
  };
  for (const node of [...root.childNodes]) {
    if (node.nodeType === 1 && BLOCKS.has((node as Element).tagName)) flush(node);
    else run.push(node);
  }
  flush(null);
  const isBlock = (node: Node | null) => node !== null && isBlockOrEdge(node);
  for (const node of [...root.childNodes]) {
    if (node.nodeType === 3 && !node.textContent?.trim() && (isBlock(meaningfulSibling(node, 'previousSibling')) || isBlock(meaningfulSibling(node, 'nextSibling')))) node.remove();
  }
}

function cleanText(root: HTMLElement): void {
  const blocks = [...root.querySelectorAll('p, h2, h3, li')].filter((block) => !block.querySelector('p, h2, h3, li'));
  const handled = new Set<Node>();
  for (const block of blocks) {
    // Each line is tidied as one text: a quote that opens a line after a <br> opens.
    const walker = root.ownerDocument.createTreeWalker(block, 1 | 4 /* NodeFilter.SHOW_ELEMENT | SHOW_TEXT */);
    const lines: Text[][] = [[]];
    while (walker.nextNode()) {
      const node = walker.currentNode;
      if (node.nodeName === 'BR') lines.push([]);
      else if (node.nodeType === 3) lines[lines.length - 1].push(node as Text);
    }
    for (const nodes of lines) {
      tidyRuns(nodes.map((node) => node.data ?? '')).forEach((text, index) => {
        handled.add(nodes[index]);
        nodes[index].data = text;
      });
    }
  }
  // Text outside any block (a paste of a bare phrase) gets the same treatment.
  const walker = root.ownerDocument.createTreeWalker(root, 4);
  while (walker.nextNode()) {
    const node = walker.currentNode as Text;
    if (!handled.has(node)) node.data = tidyFragment(node.data);
  }
}
