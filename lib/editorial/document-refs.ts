import type { BlockNode, StoryDocument } from '../document/schema';

/** Library images and galleries a story body refers to, wherever they sit (lists, quotes). */
export interface DocumentReferences {
  figures: Extract<BlockNode, { type: 'figure' }>['attrs'][];
  galleryIds: number[];
}

export function documentReferences(document: StoryDocument): DocumentReferences {
  const found: DocumentReferences = { figures: [], galleryIds: [] };
  const visit = (blocks: readonly BlockNode[] | undefined) => {
    for (const block of blocks ?? []) {
      switch (block.type) {
        case 'figure':
          found.figures.push(block.attrs);
          break;
        case 'galleryEmbed':
          found.galleryIds.push(block.attrs.galleryId);
          break;
        case 'blockquote':
          visit(block.content);
          break;
        case 'bulletList':
        case 'orderedList':
          for (const item of block.content ?? []) visit(item.content);
          break;
        default:
          break;
      }
    }
  };
  visit(document.content);
  return found;
}

/**
 * The document without the figures and gallery embeds whose image or gallery is gone (`keep`
 * says which still exist), wherever they sit. A list item left empty keeps an empty paragraph,
 * as the editor's schema wants one; a quote left empty is dropped.
 */
export function withoutMissingMedia(document: StoryDocument, keep: { image: (id: number) => boolean; gallery: (id: number) => boolean }): StoryDocument {
  const filter = (blocks: readonly BlockNode[] | undefined): BlockNode[] =>
    (blocks ?? []).flatMap((block): BlockNode[] => {
      switch (block.type) {
        case 'figure':
          return keep.image(block.attrs.imageId) ? [block] : [];
        case 'galleryEmbed':
          return keep.gallery(block.attrs.galleryId) ? [block] : [];
        case 'blockquote': {
          // A quote that held only the missing picture goes with it.
          const content = filter(block.content);
          return content.length ? [{ ...block, content }] : [];
        }
        case 'bulletList':
        case 'orderedList':
          return [
            {
              ...block,
              content: (block.content ?? []).map((item) => {
                const content = filter(item.content);
                return { ...item, content: content.length ? content : [{ type: 'paragraph' as const }] };
              }),
            },
          ];
        default:
          return [block];
      }
    });
  return { ...document, content: filter(document.content) };
}

/** True when the body has no words and nothing else a reader would see. */
export function isEmptyDocument(document: StoryDocument): boolean {
  const visit = (blocks: readonly BlockNode[] | undefined): boolean =>
    (blocks ?? []).every((block) => {
      switch (block.type) {
        case 'paragraph':
        case 'heading':
        case 'pullQuote':
          return (block.content ?? []).every((node) => node.type === 'hardBreak' || !node.text.trim());
        case 'blockquote':
          return visit(block.content);
        case 'bulletList':
        case 'orderedList':
          return (block.content ?? []).every((item) => visit(item.content));
        case 'horizontalRule':
          return true;
        default:
          return false;
      }
    });
  return visit(document.content);
}
