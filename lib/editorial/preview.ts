import { db } from '../db/client';
import type { Actor } from '../auth/permissions';
import { loadArticleMedia } from '../content/articles';
import { articlePath, authorPath, sectionPath, tagPath } from '../content/urls';
import { buildArticleView, type ArticleView } from '../content/views';
import { loadStoryRow } from './save';
import { loadRevisionSnapshot, assertCanOpen } from './revisions';
import { snapshotOf, type StorySnapshot } from './snapshot';

/**
 * A draft or a revision as readers would see it: the same view model the public article page
 * renders (lib/content), built from the saved story or one of its revisions instead of the
 * published row. Only for staff who may open the story.
 */
export interface StoryPreview {
  article: ArticleView;
  status: string;
  revision: number | null;
}

const imageSelect = { id: true, storageKey: true, width: true, height: true, alt: true, caption: true, credit: true } as const;

export async function buildPreview(actor: Actor, articleId: number, revision: number | null): Promise<StoryPreview> {
  const row = await loadStoryRow(db, articleId);
  assertCanOpen(actor, row);
  const snapshot: StorySnapshot = revision ? (await loadRevisionSnapshot(actor, articleId, revision)).snapshot : snapshotOf(row);
  const [section, authors, tags, heroImage, media] = await Promise.all([
    db.section.findUnique({ where: { id: snapshot.sectionId }, select: { name: true, slug: true } }),
    db.user.findMany({ where: { id: { in: snapshot.authorIds } }, select: { id: true, name: true, slug: true } }),
    db.tag.findMany({ where: { id: { in: snapshot.tagIds } }, select: { id: true, name: true, slug: true } }),
    snapshot.heroImageId ? db.image.findUnique({ where: { id: snapshot.heroImageId }, select: imageSelect }) : Promise.resolve(null),
    // Editors see unpublished galleries too: the story may go out together with its gallery.
    loadArticleMedia(snapshot.body, snapshot.galleryId, { publishedGalleriesOnly: false }),
  ]);
  const authorById = new Map(authors.map((author) => [author.id, author]));
  const tagById = new Map(tags.map((tag) => [tag.id, tag]));
  // A section deleted since a revision was taken falls back to the story's current one.
  const sectionRef = section ?? row.section;
  const article = buildArticleView(
    {
      id: row.id,
      slug: snapshot.slug,
      path: articlePath(sectionRef.slug, snapshot.slug),
      headline: snapshot.headline,
      standfirst: snapshot.standfirst,
      mediaMarker: snapshot.mediaMarker,
      section: { name: sectionRef.name, slug: sectionRef.slug, path: sectionPath(sectionRef.slug) },
      firstPublishedAt: row.firstPublishedAt ?? row.scheduledAt ?? null,
      updatedAt: row.firstPublishedAt ? row.updatedAt : null,
      byline: snapshot.authorIds.flatMap((id) => {
        const author = authorById.get(id);
        return author ? [{ name: author.name, path: authorPath(author.slug) }] : [];
      }),
      creditLine: snapshot.creditLine,
      heroImage,
      heroCaption: snapshot.heroCaption,
      heroCredit: snapshot.heroCredit,
      body: snapshot.body,
      galleryId: snapshot.galleryId,
      tags: snapshot.tagIds.flatMap((id) => {
        const tag = tagById.get(id);
        return tag ? [{ name: tag.name, path: tagPath(tag.slug) }] : [];
      }),
    },
    media,
  );
  return { status: row.status, revision, article };
}
