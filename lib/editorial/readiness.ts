import type { Prisma } from '../db/client';
import { Invalid } from '../auth/guard';
import { documentReferences, isEmptyDocument } from './document-refs';
import type { StorySnapshot } from './snapshot';

type Tx = Prisma.TransactionClient;

/**
 * What must be true before readers may see a story. Every image a reader will see needs alt
 * text (the figure's own, or the library image's); a story needs its standfirst, a body and a
 * byline or credit line. Returns the problems in the editor's words; empty means ready.
 */
export async function publishingProblems(tx: Tx, story: StorySnapshot): Promise<Record<string, string>> {
  const problems: Record<string, string> = {};
  if (!story.headline.trim()) problems['fields.headline'] = 'Headline is required';
  if (!story.standfirst.trim()) problems['fields.standfirst'] = 'Write a standfirst before publishing';
  if (isEmptyDocument(story.body)) problems['fields.body'] = 'The story has no body text yet';
  if (!story.authorIds.length && !story.creditLine) problems['fields.authorIds'] = 'Add an author or a credit line';

  const { figures } = documentReferences(story.body);
  const ids = [...new Set([...figures.map((figure) => figure.imageId), ...(story.heroImageId ? [story.heroImageId] : [])])];
  const images = await tx.image.findMany({ where: { id: { in: ids } }, select: { id: true, alt: true, originalFilename: true } });
  const alt = new Map(images.map((image) => [image.id, image]));
  if (story.heroImageId && !alt.get(story.heroImageId)?.alt.trim()) {
    problems['fields.heroImageId'] = 'The hero image has no alt text. Describe it in the media library first.';
  }
  const missing = figures.filter((figure) => !figure.alt?.trim() && !alt.get(figure.imageId)?.alt.trim());
  if (missing.length) {
    problems['fields.body'] =
      missing.length === 1
        ? 'An image in the body has no alt text. Add a description to it.'
        : `${missing.length} images in the body have no alt text. Add a description to each.`;
  }
  return problems;
}

export async function assertReadyToPublish(tx: Tx, story: StorySnapshot): Promise<void> {
  const problems = await publishingProblems(tx, story);
  const messages = Object.values(problems);
  if (messages.length) throw new Invalid(`Not published: ${messages.join('; ')}.`, problems);
}
