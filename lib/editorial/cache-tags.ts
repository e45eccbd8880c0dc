import { cacheTag } from '../content/tags';

/** The parts of a story that decide which cached public pages show it. */
export interface PublicFootprint {
  id: number;
  public: boolean;
  sectionId: number;
  authorIds: readonly number[];
  tagIds: readonly number[];
  heroImageId?: number | null;
}

/**
 * Cache tags to expire after a change: nothing while readers could not see the story before or
 * after; otherwise the story, every listing it was or is in (section, tags, authors, latest,
 * home), and redirects (its public path may have appeared, moved or gone).
 */
export function tagsForChange(before: PublicFootprint | null, after: PublicFootprint | null): string[] {
  if (!before?.public && !after?.public) return [];
  const tags = new Set<string>([cacheTag.storyLists, cacheTag.redirects]);
  for (const footprint of [before, after]) {
    if (!footprint) continue;
    tags.add(cacheTag.story(footprint.id));
    tags.add(cacheTag.section(footprint.sectionId));
    for (const id of footprint.authorIds) tags.add(cacheTag.author(id));
    for (const id of footprint.tagIds) tags.add(cacheTag.tag(id));
  }
  return [...tags];
}
