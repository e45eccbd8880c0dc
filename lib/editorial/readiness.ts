import type { Prisma } from '../db/client';
import { Invalid } from '../auth/guard';
import { holdImageDetails } from '../media/detail-locks';
import { documentReferences, isEmptyDocument } from './document-refs';
import type { StorySnapshot } from './snapshot';
import { trimInvisible } from '../db/text';

type Tx = Prisma.TransactionClient;

/**
 * What must be true before readers may see a story. Every image a reader will see needs alt
 * text (the figure's own, or the library image's); a story needs its standfirst, a body and a
 * byline or credit line. Returns the problems in the editor's words; empty means ready.
 */
export async function publishingProblems(tx: Tx, story: StorySnapshot): Promise<Record<string, string>> {
  const problems: Record<string, string> = {};
  if (!trimInvisible(story.headline)) problems['fields.headline'] = 'Headline is required';
  if (!trimInvisible(story.standfirst)) problems['fields.standfirst'] = 'Write a standfirst before publishing';
  if (isEmptyDocument(story.body)) problems['fields.body'] = 'The story has no body text yet';
  if (!story.authorIds.length && !story.creditLine) problems['fields.authorIds'] = 'Add an author or a credit line';

  const { figures, galleryIds: galleryEmbeds } = documentReferences(story.body);
  const ids = [...new Set([...figures.map((figure) => figure.imageId), ...(story.heroImageId ? [story.heroImageId] : [])])];
  await holdImageDetails(tx, ids);
  const images = await tx.image.findMany({ where: { id: { in: ids } }, select: { id: true, alt: true, originalFilename: true } });
  const alt = new Map(images.map((image) => [image.id, image]));
  if (story.heroImageId && !trimInvisible(alt.get(story.heroImageId)?.alt ?? '')) {
    problems['fields.heroImageId'] = 'The hero image has no alt text. Describe it in the media library first.';
  }
  const missing = figures.filter((figure) => !trimInvisible(figure.alt ?? '') && !trimInvisible(alt.get(figure.imageId)?.alt ?? ''));
  if (missing.length) {
    problems['fields.body'] =
      missing.length === 1
        ? 'An image in the body has no alt text. Add a description to it.'
        : `${missing.length} images in the body have no alt text. Add a description to each.`;
  }

  // Readers see only published galleries: one still in draft would silently be missing.
  const galleryIds = [...new Set([...(story.galleryId ? [story.galleryId] : []), ...galleryEmbeds])];
  const unpublished = galleryIds.length
    ? await tx.gallery.findMany({ where: { id: { in: galleryIds }, status: { not: 'PUBLISHED' } }, select: { id: true, title: true } })
    : [];
  const attached = unpublished.find((gallery) => gallery.id === story.galleryId);
  if (attached) problems['fields.galleryId'] = `The gallery “${attached.title}” is not published yet. Publish it in Galleries first.`;
  const embedded = unpublished.filter((gallery) => galleryEmbeds.includes(gallery.id));
  if (embedded.length) {
    const titles = embedded.map((gallery) => `“${gallery.title}”`).join(', ');
    const body =
      embedded.length === 1
        ? `The gallery ${titles} in the text is not published yet. Publish it in Galleries first.`
        : `The galleries ${titles} in the text are not published yet. Publish them in Galleries first.`;
    problems['fields.body'] = problems['fields.body'] ? `${problems['fields.body']} ${body}` : body;
  }
  return problems;
}

/** Refuses, in one message naming every problem, to put a story that is not ready before readers. */
export async function assertReadyToPublish(tx: Tx, story: StorySnapshot, refusal = 'Not published'): Promise<void> {
  const problems = await publishingProblems(tx, story);
  // Some problems are one phrase, some two sentences: written out as sentences, each ends once.
  const sentences = Object.values(problems).map((message) => (message.endsWith('.') ? message : `${message}.`));
  if (sentences.length) throw new Invalid(`${refusal}: ${sentences.join(' ')}`, problems);
}
