import { absoluteUrl } from '../content/urls';
import type { BlockNode, InlineNode, ListItemNode, StoryDocument } from '../document/schema';
import { xmlSafeText } from './xml';

/**
 * A story body as the self-contained HTML feed readers expect in `content:encoded`: plain
 * elements, no classes or scripts, absolute links and image URLs. The page renderer
 * (lib/document/render.tsx) draws React for the site; this one writes strings for other
 * people's software, where relative links and lazy components mean nothing.
 */

export interface FeedFigure {
  src: string;
  alt: string;
  caption: string;
  credit: string;
}

export interface FeedHtmlContext {
  /** Library images by id, already resolved to an absolute URL. */
  figures: Map<number, FeedFigure>;
  /** Galleries by id: an embedded gallery becomes a link to its page. */
  galleries: Map<number, { title: string; path: string }>;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escaped for HTML text or a quoted attribute; `>` too, so no `]]>` can ever appear. */
export function escapeHtml(text: string): string {
  return xmlSafeText(text).replace(/[&<>"']/g, (character) => ESCAPES[character]);
}

export function documentToFeedHtml(document: StoryDocument, context: FeedHtmlContext): string {
  return (document.content ?? []).map((node) => block(node, context)).join('\n');
}

function block(node: BlockNode, context: FeedHtmlContext): string {
  switch (node.type) {
    case 'paragraph':
      return node.content?.length ? `<p>${inline(node.content)}</p>` : '';
    case 'heading':
      return `<h${node.attrs.level}>${inline(node.content)}</h${node.attrs.level}>`;
    case 'blockquote':
      return `<blockquote>${(node.content ?? []).map((child) => block(child, context)).join('')}</blockquote>`;
    case 'pullQuote': {
      const attribution = node.attrs?.attribution ? `<footer>— ${escapeHtml(node.attrs.attribution)}</footer>` : '';
      return `<blockquote><p>${inline(node.content)}</p>${attribution}</blockquote>`;
    }
    case 'bulletList':
      return `<ul>${items(node.content, context)}</ul>`;
    case 'orderedList': {
      const start = node.attrs?.start && node.attrs.start !== 1 ? ` start="${node.attrs.start}"` : '';
      return `<ol${start}>${items(node.content, context)}</ol>`;
    }
    case 'horizontalRule':
      return '<hr>';
    case 'figure': {
      const figure = context.figures.get(node.attrs.imageId);
      if (!figure) return '';
      const alt = node.attrs.alt ?? figure.alt;
      const caption = [node.attrs.caption ?? figure.caption, node.attrs.credit ?? figure.credit].filter(Boolean).join(' — ');
      return `<figure><img src="${escapeHtml(figure.src)}" alt="${escapeHtml(alt)}">${caption ? `<figcaption>${escapeHtml(caption)}</figcaption>` : ''}</figure>`;
    }
    case 'galleryEmbed': {
      const gallery = context.galleries.get(node.attrs.galleryId);
      if (!gallery) return '';
      return `<p><a href="${escapeHtml(absoluteUrl(gallery.path))}">Photo gallery: ${escapeHtml(gallery.title)}</a></p>`;
    }
  }
}

function items(list: ListItemNode[] | undefined, context: FeedHtmlContext): string {
  return (list ?? [])
    .map((item) => {
      const blocks = item.content ?? [];
      if (blocks.length === 1 && blocks[0].type === 'paragraph') return `<li>${inline(blocks[0].content)}</li>`;
      return `<li>${blocks.map((child) => block(child, context)).join('')}</li>`;
    })
    .join('');
}

function inline(content: InlineNode[] | undefined): string {
  return (content ?? [])
    .map((node) => {
      if (node.type === 'hardBreak') return '<br>';
      let html = escapeHtml(node.text);
      for (const mark of node.marks ?? []) {
        if (mark.type === 'bold') html = `<strong>${html}</strong>`;
        else if (mark.type === 'italic') html = `<em>${html}</em>`;
        else if (mark.type === 'link') html = `<a href="${escapeHtml(linkTarget(mark.attrs.href))}">${html}</a>`;
      }
      return html;
    })
    .join('');
}

/** Site-relative links made absolute; the schema already allows only http(s), mailto, / and #. */
function linkTarget(href: string): string {
  return href.startsWith('/') && !href.startsWith('//') ? absoluteUrl(href) : href;
}
