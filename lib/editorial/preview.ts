import { db } from '../db/client';
import type { Actor } from '../auth/permissions';
import type { ArticleView } from '../content/articles';
import { articlePath, authorPath, sectionPath } from '../content/urls';
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

export async function buildPreview(actor: Actor, articleId: number, revision: number | null): Promise<StoryPreview> {
  const row = await loadStoryRow(db, articleId);
  assertCanOpen(actor, row);
  const snapshot: StorySnapshot = revision ? (await loadRevisionSnapshot(actor, articleId, revision)).snapshot : snapshotOf(row);
  const [section, authors, hero] = await Promise.all([
    db.section.findUnique({ where: { id: snapshot.sectionId }, select: { id: true, name: true, slug: true } }),
    db.user.findMany({ where: { id: { in: snapshot.authorIds } }, select: { id: true, name: true, slug: true } }),
    snapshot.heroImageId
      ? db.image.findUnique({ where: { id: snapshot.heroImageId }, select: { id: true, storageKey: true, width: true, height: true, alt: true } })
      : Promise.resolve(null),
  ]);
  const byId = new Map(authors.map((author) => [author.id, author]));
  const sectionSlug = section?.slug ?? row.section.slug;
  const publishedAt = row.firstPublishedAt ?? row.scheduledAt ?? new Date();
  return {
    status: row.status,
    revision,
    article: {
      id: row.id,
      path: articlePath(sectionSlug, snapshot.slug),
      headline: snapshot.headline,
      standfirst: snapshot.standfirst,
      mediaMarker: snapshot.mediaMarker,
      publishedAt,
      section: { name: section?.name ?? row.section.name, path: sectionPath(sectionSlug) },
      hero: hero ? { storageKey: hero.storageKey, width: hero.width, height: hero.height, alt: hero.alt } : null,
      slug: snapshot.slug,
      sectionSlug,
      updatedAt: row.updatedAt,
      body: snapshot.body,
      byline: snapshot.authorIds.flatMap((id) => {
        const author = byId.get(id);
        return author ? [{ name: author.name, path: authorPath(author.slug) }] : [];
      }),
      creditLine: snapshot.creditLine,
    },
  };
}
