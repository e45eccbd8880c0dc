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
