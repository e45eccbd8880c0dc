import { Fragment, type ReactNode } from 'react';
import { StoryFigure } from '@/components/article/StoryFigure';
import { GalleryEmbed } from '@/components/gallery/GalleryEmbed';
import type { FigureView, GalleryView } from '../content/views';
import { isAllowedHref, isExternalHref, type BlockNode, type InlineNode, type ListItemNode, type StoryDocument, type TextNode } from './schema';

/**
 * Renders a stored story body to React on the server. Only the nodes and marks in ./schema exist;
 * anything else was rejected when the story was saved, so there is no "unknown node" path.
 * Figures and embedded galleries need data from outside the document (the library image, the
 * gallery's photos); the caller passes components that draw them.
 */
export interface RenderSlots {
  figure: (attrs: Extract<BlockNode, { type: 'figure' }>['attrs'], key: string) => ReactNode;
  gallery: (attrs: Extract<BlockNode, { type: 'galleryEmbed' }>['attrs'], key: string) => ReactNode;
}

export function renderDocument(document: StoryDocument, slots: RenderSlots): ReactNode {
  return (document.content ?? []).map((node, index) => renderBlock(node, `b${index}`, slots));
}

/** Library images and galleries a document refers to, loaded beforehand (lib/content). */
export interface StoryMedia {
  figures: Record<number, FigureView>;
  galleries: Record<number, GalleryView>;
}

/**
 * A story body as readers see it: figures through next/image with caption and credit, embedded
 * galleries as a thumbnail strip that opens the lightbox. A figure whose image has left the
 * library, or a gallery that is not published, is left out rather than breaking the page.
 */
export function renderStory(document: StoryDocument, media: StoryMedia): ReactNode {
  return renderDocument(document, {
    figure: (attrs, key) => {
      const figure = media.figures[attrs.imageId];
      return figure ? <StoryFigure key={key} figure={figure} caption={attrs.caption} credit={attrs.credit} alt={attrs.alt} /> : null;
    },
    gallery: (attrs, key) => {
      const gallery = media.galleries[attrs.galleryId];
      // The same gallery may be embedded twice: each embed's heading needs its own id.
      return gallery && gallery.photos.length ? <GalleryEmbed key={key} gallery={gallery} headingId={`gallery-${gallery.id}-${key}`} /> : null;
    },
  });
}

function renderBlock(node: BlockNode, key: string, slots: RenderSlots): ReactNode {
  switch (node.type) {
    case 'paragraph':
      return hasText(node.content) ? <p key={key}>{renderInline(node.content, key)}</p> : null;
    case 'heading':
      // An empty subhead or pull quote, left by the editor, would be an empty heading or quote mark.
      if (!hasText(node.content)) return null;
      return node.attrs.level === 3 ? (
        <h3 key={key}>{renderInline(node.content, key)}</h3>
      ) : (
        <h2 key={key}>{renderInline(node.content, key)}</h2>
      );
    case 'blockquote':
      if (!hasContent(node)) return null;
      return <blockquote key={key}>{(node.content ?? []).map((child, i) => renderBlock(child, `${key}.${i}`, slots))}</blockquote>;
    case 'pullQuote': {
      if (!hasText(node.content)) return null;
      const attribution = node.attrs?.attribution?.trim();
      return (
        <figure key={key} className="pull-quote">
          <blockquote>
            <p>{renderInline(node.content, key)}</p>
          </blockquote>
          {attribution ? <figcaption>{attribution}</figcaption> : null}
        </figure>
      );
    }
    case 'bulletList':
      return hasContent(node) ? <ul key={key}>{renderItems(node.content, key, slots)}</ul> : null;
    case 'orderedList':
      return hasContent(node) ? (
        <ol key={key} start={node.attrs?.start ?? undefined}>
          {renderItems(node.content, key, slots)}
        </ol>
      ) : null;
    case 'horizontalRule':
      return <hr key={key} />;
    case 'figure':
      return slots.figure(node.attrs, key);
    case 'galleryEmbed':
      return slots.gallery(node.attrs, key);
  }
}

/** Whether a block shows anything: an emptied list item would be a lone bullet, an emptied quote a bare rule. */
function hasContent(node: BlockNode | ListItemNode): boolean {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
    case 'pullQuote':
      return hasText(node.content);
    case 'blockquote':
    case 'listItem':
    case 'bulletList':
    case 'orderedList':
      return (node.content ?? []).some(hasContent);
    default:
      return true;
  }
}

function renderItems(items: ListItemNode[] | undefined, key: string, slots: RenderSlots): ReactNode {
  return (items ?? []).map((item, index) => {
    if (!hasContent(item)) return null;
    const itemKey = `${key}.${index}`;
    const blocks = item.content ?? [];
    // A list item holding a single paragraph renders without the <p>, as editors expect.
    if (blocks.length === 1 && blocks[0].type === 'paragraph') {
      return <li key={itemKey}>{renderInline(blocks[0].content, itemKey)}</li>;
    }
    return <li key={itemKey}>{blocks.map((child, i) => renderBlock(child, `${itemKey}.${i}`, slots))}</li>;
  });
}

function hasText(content: InlineNode[] | undefined): boolean {
  return (content ?? []).some((node) => node.type === 'text' && node.text.trim() !== '');
}

function renderInline(content: InlineNode[] | undefined, key: string): ReactNode {
  return (content ?? []).map((node, index) =>
    node.type === 'hardBreak' ? <br key={`${key}i${index}`} /> : renderText(node, `${key}i${index}`),
  );
}

function renderText(node: TextNode, key: string): ReactNode {
  let element: ReactNode = node.text;
  for (const mark of node.marks ?? []) {
    switch (mark.type) {
      case 'bold':
        element = <strong>{element}</strong>;
        break;
      case 'italic':
        element = <em>{element}</em>;
        break;
      case 'link': {
        // Saved documents were checked; one stored before a rule tightened shows its words unlinked.
        if (!isAllowedHref(mark.attrs.href)) break;
        element = (
          <a href={mark.attrs.href} rel={isExternalHref(mark.attrs.href) ? 'noopener noreferrer' : undefined}>
            {element}
          </a>
        );
        break;
      }
    }
  }
  return <Fragment key={key}>{element}</Fragment>;
}
