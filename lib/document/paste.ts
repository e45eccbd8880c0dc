/**
 * Cleans HTML pasted into the story editor from Word, Google Docs or a web page, before
 * ProseMirror parses it against the story schema (lib/document/extensions.ts). Structure stays —
 * paragraphs, subheads, lists, quotes, bold, italic, safe links — and the junk goes: styles,
 * classes, fonts, colours, spans, Word's list markers and conditional comments, Google Docs'
 * non-bold <b> wrapper, empty paragraphs, stray backslashes and doubled spaces. Straight quotes
 * become typographic ones. Runs in the browser (DOMParser); tests use happy-dom.
 */

import { isAllowedHref } from './schema';
import { tidyFragment, tidyRuns } from './typography';

const DROP_ENTIRELY = new Set(['STYLE', 'SCRIPT', 'META', 'LINK', 'TITLE', 'XML', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'SVG', 'CANVAS', 'FORM', 'INPUT', 'BUTTON', 'SELECT', 'TEXTAREA', 'NOSCRIPT', 'HEAD']);
const KEEP = new Set(['P', 'H2', 'H3', 'UL', 'OL', 'LI', 'BLOCKQUOTE', 'STRONG', 'EM', 'A', 'BR', 'HR']);
const BLOCKS = new Set(['P', 'H2', 'H3', 'LI', 'BLOCKQUOTE', 'UL', 'OL', 'HR']);

export function cleanPastedHtml(html: string, parser: DOMParser = new DOMParser()): string {
  const document = parser.parseFromString(html, 'text/html');
  const body = document.body;
  removeComments(body);
  convertWordLists(body);
  flattenTables(body);
  normaliseElements(body);
  removeEmptyBlocks(body);
  cleanText(body);
  return body.innerHTML.trim();
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
    const paragraphs = rows.flatMap((row) => {
      const cells = [...row.children].map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim()).filter(Boolean);
      if (!cells.length) return [];
      const paragraph = root.ownerDocument.createElement('p');
      paragraph.textContent = cells.join(' | ');
      return [paragraph];
    });
    table.replaceWith(...paragraphs);
  }
}

function removeComments(root: Node): void {
  const walker = root.ownerDocument!.createTreeWalker(root, 128 /* NodeFilter.SHOW_COMMENT */);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode?.removeChild(comment);
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
      const ordered = /^\s*[\(]?([0-9]+|[a-z]|[ivxlc]+)[.)]/i.test(marker?.textContent ?? '');
      marker?.remove();
      while (stack.length && stack[stack.length - 1].level > level) stack.pop();
      if (!stack.length || stack[stack.length - 1].level < level) {
        const list = doc.createElement(ordered ? 'ol' : 'ul');
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
  let trimmed = href.trim();
  // Google Docs routes links through its redirector; keep the real destination.
  const redirected = /^https:\/\/www\.google\.com\/url\?/.test(trimmed) ? new URL(trimmed).searchParams.get('q') : null;
  if (redirected) trimmed = redirected;
  return isAllowedHref(trimmed) ? trimmed : null;
}

/** Rewrites every element into the handful the story schema knows, innermost first. */
function normaliseElements(root: HTMLElement): void {
  const doc = root.ownerDocument;
  const visit = (element: Element) => {
    for (const child of [...element.children]) visit(child);
    if (element === root) return;
    const tag = element.tagName.toUpperCase();
    if (DROP_ENTIRELY.has(tag) || tag.includes(':')) {
      // Word's <o:p> holds only &nbsp;; namespaced elements never carry story text.
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
      case 'DIV':
      case 'SECTION':
      case 'ARTICLE':
      case 'MAIN':
        // A div that holds only text acts as a paragraph (many web editors); otherwise unwrap.
        replacement = [...element.children].some((child) => BLOCKS.has(child.tagName)) ? null : 'p';
        break;
      case 'DT':
      case 'DD':
      case 'FIGCAPTION':
      case 'CAPTION':
      case 'PRE':
      case 'ADDRESS':
        replacement = 'p';
        break;
      default:
        replacement = KEEP.has(tag) ? tag.toLowerCase() : null;
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
  // Google Docs puts a <br> between blocks; between blocks it means nothing.
  for (const br of [...root.querySelectorAll('br')]) {
    const parent = br.parentElement;
    if (!parent || parent === root || parent.tagName === 'LI' || parent.tagName === 'BLOCKQUOTE' || parent.tagName === 'UL' || parent.tagName === 'OL') {
      br.remove();
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
      if (!block.textContent?.replace(/[\s\u00a0\u200b\ufeff]/g, '') && !block.querySelector('hr')) {
        block.remove();
        removed = true;
      }
    }
  }
}

function cleanText(root: HTMLElement): void {
  const blocks = [...root.querySelectorAll('p, h2, h3, li')].filter((block) => !block.querySelector('p, h2, h3, li'));
  const handled = new Set<Node>();
  for (const block of blocks) {
    const walker = root.ownerDocument.createTreeWalker(block, 4 /* NodeFilter.SHOW_TEXT */);
    const nodes: Text[] = [];
    while (walker.nextNode()) nodes.push(walker.currentNode as Text);
    tidyRuns(nodes.map((node) => node.data ?? '')).forEach((text, index) => {
      handled.add(nodes[index]);
      nodes[index].data = text;
    });
  }
  // Text outside any block (a paste of a bare phrase) gets the same treatment.
  const walker = root.ownerDocument.createTreeWalker(root, 4);
  while (walker.nextNode()) {
    const node = walker.currentNode as Text;
    if (!handled.has(node)) node.data = tidyFragment(node.data);
  }
}
