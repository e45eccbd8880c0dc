/**
 * The one list of cache tags. Read functions tag what they return with these; the write side
 * (lib/editorial) revalidates the same names after a change, so the two can never drift apart.
 */
export const cacheTag = {
  /** Publication name, time zone, social links. */
  settings: 'settings',
  /** Section list and navigation. */
  sections: 'sections',
  /** Any listing of published stories (home, latest, section, tag, author pages, feeds). */
  storyLists: 'story-lists',
  story: (id: number) => `story:${id}`,
  section: (id: number) => `section:${id}`,
  tag: (id: number) => `tag:${id}`,
  author: (id: number) => `author:${id}`,
  /** Gallery listings. */
  galleryLists: 'gallery-lists',
  gallery: (id: number) => `gallery:${id}`,
  /** Alt text, caption or credit of a library image. */
  image: (id: number) => `image:${id}`,
  staticPage: (slug: string) => `page:${slug}`,
  redirects: 'redirects',
} as const;

/**
 * Every tag to expire when a story is published, edited, moved, unpublished or deleted: the
 * story's own page, every listing (home, latest, section, tag and author pages, search, feeds),
 * and the redirects that may point at it. Pass the sections, authors and tags it had before the
 * change as well as after, so a page it left is refreshed too.
 */
export function storyChangeTags(story: { id: number; sectionIds: number[]; authorIds: number[]; tagIds: number[] }): string[] {
  return [
    cacheTag.story(story.id),
    cacheTag.storyLists,
    cacheTag.redirects,
    ...story.sectionIds.map(cacheTag.section),
    ...story.authorIds.map(cacheTag.author),
    ...story.tagIds.map(cacheTag.tag),
  ];
}

/**
 * Every tag to expire when a person's name, bio or photo changes: their author page and their
 * stories' pages (bylines, structured data) carry `author:<id>`; the feeds name authors and the
 * author feed carries the bio, under `story-lists`. Their slug never changes, so no redirect.
 */
export function authorChangeTags(userId: number): string[] {
  return [cacheTag.author(userId), cacheTag.storyLists];
}
