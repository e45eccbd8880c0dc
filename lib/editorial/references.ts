import type { Prisma } from '../db/client';
import { assertCan, Invalid } from '../auth/guard';
import type { Actor } from '../auth/permissions';
import { slugify } from '../slug';
import { documentReferences } from './document-refs';
import type { StoryFields } from './fields';

type Tx = Prisma.TransactionClient;

export interface ResolvedReferences {
  /** Existing and newly created tags, in the order the editor gave them. */
  tagIds: number[];
  createdTagIds: number[];
  /** Every tag typed as new, with the id it now has (created now, or an existing tag of that name). */
  typedTags: { id: number; name: string }[];
  /** Library images placed in the body (ArticleImage rows). */
  figureImageIds: number[];
  /** Tags the editor still had that an Editor merged meanwhile: the story has the tag each went into. */
  mergedTags: { fromId: number; into: { id: number; name: string } }[];
  /** Tags the editor still had that an Editor deleted meanwhile: left off, and said so. */
  droppedTagIds: number[];
}

/**
 * Checks that everything a story points at exists (section, bylined people, tags, images,
 * galleries) and creates the tags typed while writing, for those allowed to. Runs inside the
 * save's transaction, so a refused save creates no tags.
 */
export async function resolveReferences(tx: Tx, actor: Actor, fields: StoryFields): Promise<ResolvedReferences> {
  const errors: Record<string, string> = {};
  const { figures, galleryIds } = documentReferences(fields.body);
  const figureImageIds = [...new Set(figures.map((figure) => figure.imageId))];
  const imageIds = [...new Set([...figureImageIds, ...(fields.heroImageId ? [fields.heroImageId] : [])])];
  const allGalleryIds = [...new Set([...galleryIds, ...(fields.galleryId ? [fields.galleryId] : [])])];

  // Sequential: a transaction holds a single connection.
  const section = await tx.section.findUnique({ where: { id: fields.sectionId }, select: { id: true } });
  const users = await tx.user.findMany({ where: { id: { in: fields.authorIds } }, select: { id: true } });
  const tags = await tx.tag.findMany({ where: { id: { in: fields.tagIds } }, select: { id: true } });
  const images = await tx.image.findMany({ where: { id: { in: imageIds } }, select: { id: true } });
  const galleries = await tx.gallery.findMany({ where: { id: { in: allGalleryIds } }, select: { id: true } });
  if (!section) errors['fields.sectionId'] = 'Choose a section';
  if (users.length !== fields.authorIds.length) errors['fields.authorIds'] = 'One of the authors no longer exists';
  const foundImages = new Set(images.map((image) => image.id));
  if (fields.heroImageId && !foundImages.has(fields.heroImageId)) errors['fields.heroImageId'] = 'The hero image is no longer in the library';
  if (figureImageIds.some((imageId) => !foundImages.has(imageId))) errors['fields.body'] = 'An image in the body is no longer in the library';
  const foundGalleries = new Set(galleries.map((gallery) => gallery.id));
  if (fields.galleryId && !foundGalleries.has(fields.galleryId)) errors['fields.galleryId'] = 'That gallery no longer exists';
  if (galleryIds.some((galleryId) => !foundGalleries.has(galleryId))) errors['fields.body'] = 'A gallery in the body no longer exists';
  if (Object.keys(errors).length) throw new Invalid('Some fields need attention.', errors);

  // A tag merged or deleted while the story was open is no reason to refuse the save: a merged
  // one is replaced by the tag it went into, in its place; a deleted one is left off.
  const liveTagIds = new Set(tags.map((tag) => tag.id));
  const gone = fields.tagIds.filter((id) => !liveTagIds.has(id));
  const mergedTags = gone.length ? await successorTags(tx, gone) : [];
  const successor = new Map(mergedTags.map((merged) => [merged.fromId, merged.into.id]));
  const tagIds = [...new Set(fields.tagIds.flatMap((id) => (liveTagIds.has(id) ? [id] : (successor.get(id) ?? []))))];
  const droppedTagIds = gone.filter((id) => !successor.has(id));
  const createdTagIds: number[] = [];
  const typedTags: { id: number; name: string }[] = [];
  const newNames = fields.newTags.filter((name, index, all) => all.findIndex((other) => slugify(other) === slugify(name)) === index);
  if (newNames.length) {
    for (const name of newNames) {
      const slug = slugify(name, 60);
      if (!slug) throw new Invalid('Some fields need attention.', { 'fields.newTags': `“${name}” cannot be a tag` });
      // A renamed or merged tag's old name means the tag it became.
      const existing =
        (await tx.tag.findUnique({ where: { slug }, select: { id: true, name: true } })) ??
        (await tx.tagRedirect.findUnique({ where: { fromSlug: slug }, select: { tag: { select: { id: true, name: true } } } }))?.tag;
      if (existing) {
        if (!tagIds.includes(existing.id)) tagIds.push(existing.id);
        typedTags.push(existing);
        continue;
      }
      assertCan(actor, 'createTagsWhileWriting', 'You can choose existing tags, but not create new ones.');
      const created = await tx.tag.create({ data: { name, slug }, select: { id: true } });
      tagIds.push(created.id);
      createdTagIds.push(created.id);
      typedTags.push({ id: created.id, name });
    }
  }
  return { tagIds, createdTagIds, typedTags, figureImageIds, mergedTags, droppedTagIds };
}

/** The tags these vanished tags were merged into (lib/taxonomy/tags.ts keeps the mapping). */
async function successorTags(tx: Tx, tagIds: number[]): Promise<ResolvedReferences['mergedTags']> {
  const redirects = await tx.tagRedirect.findMany({ where: { fromTagId: { in: tagIds } }, select: { fromTagId: true, tag: { select: { id: true, name: true } } } });
  return redirects.flatMap(({ fromTagId, tag }) => (fromTagId === null ? [] : [{ fromId: fromTagId, into: tag }]));
}
