import { db } from '../db/client';
import type { Actor } from '../auth/permissions';
import { loadArticleMedia } from '../content/articles';
import { articlePath, authorPath, sectionPath, tagPath } from '../content/urls';
import { slugify } from '../slug';
import { buildArticleView, type ArticleView } from '../content/views';
import { pendingChanges } from './autosave';
import { loadStoryRow, snapshotFromFields } from './save';
import { loadRevisionSnapshot, assertCanOpen } from './revisions';
import { isLive, snapshotOf, type StorySnapshot } from './snapshot';

/**
 * A draft, a revision or held changes as readers would see them: the same view model the public
 * article page renders (lib/content), built from the saved story, one of its revisions, or the
 * changes the viewer is making to a live story (kept back until "Update") instead of the published
 * row. Only for staff who may open the story.
 */
export interface StoryPreview {
  article: ArticleView;
  status: string;
  /** What is shown: a revision's number, the viewer's held changes, or the story as saved. */
  source: { kind: 'revision'; version: number } | { kind: 'held' } | { kind: 'saved' };
  /** Readers see exactly this now: the published story as saved (or its newest revision), not deleted. */
  readersSeeIt: boolean;
  deleted: boolean;
  /** For the related stories beside it, as the public page picks them. */
  sectionId: number;
  tagIds: number[];
}

const imageSelect = { id: true, storageKey: true, width: true, height: true, alt: true, caption: true, credit: true } as const;

export async function buildPreview(actor: Actor, articleId: number, revision: number | null): Promise<StoryPreview> {
  const row = await loadStoryRow(db, articleId);
  assertCanOpen(actor, row);
  const held = !revision && isLive(row) ? await pendingChanges(db, actor, articleId) : null;
  const source: StoryPreview['source'] = revision ? { kind: 'revision', version: revision } : held ? { kind: 'held' } : { kind: 'saved' };
  const snapshot: StorySnapshot = revision
    ? (await loadRevisionSnapshot(actor, articleId, revision)).snapshot
    : held
      ? // Held changes as the story they would make; tags typed but not created yet are shown by name.
        snapshotFromFields(held.fields, held.fields.slug || row.slug, held.fields.tagIds, row.section.slug)
      : snapshotOf(row);
  const newTags = held?.fields.newTags ?? [];
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
      tags: [
        ...snapshot.tagIds.flatMap((id) => {
          const tag = tagById.get(id);
          return tag ? [{ name: tag.name, path: tagPath(tag.slug) }] : [];
        }),
        ...newTags.map((name) => ({ name, path: tagPath(slugify(name)) })),
      ],
    },
    media,
  );
  // Status steps bump the story's version without a revision: the newest revision is the saved text.
  const newest = source.kind === 'revision' ? await db.revision.findFirst({ where: { articleId }, orderBy: { version: 'desc' }, select: { version: true } }) : null;
  const readersSeeIt = row.status === 'PUBLISHED' && !row.deletedAt && (source.kind === 'saved' || (source.kind === 'revision' && source.version === newest?.version));
  return { status: row.status, source, readersSeeIt, deleted: row.deletedAt !== null, sectionId: section ? snapshot.sectionId : row.sectionId, tagIds: snapshot.tagIds, article };
}
