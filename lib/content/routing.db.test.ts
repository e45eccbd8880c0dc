import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '../db/client';
import { createAuthor, createGallery, createImage, createSection, createStory, createTag } from '../testing/newsroom';
import { checkPublicPath } from './routing';
import { STORIES_PER_PAGE } from './pagination';

const ok = { kind: 'ok' };
const missing = { kind: 'missing' };
const moved = (location: string) => ({ kind: 'moved', location });

describe('which public paths exist, before anything is rendered', () => {
  const db = getDb();
  let section: { id: number; slug: string };
  let emptySection: { slug: string };
  let author: { id: number; slug: string };
  let storyless: { slug: string };
  let topic: { id: number; slug: string };
  let published: { slug: string };
  let gallery: { slug: string };
  let draftGallery: { slug: string };
  const hidden: Record<string, string> = {};

  beforeAll(async () => {
    section = await createSection(db);
    emptySection = await createSection(db);
    author = await createAuthor(db);
    storyless = await createAuthor(db);
    topic = await createTag(db);
    // 21 published stories in the section: two pages of 20.
    for (let i = 0; i < STORIES_PER_PAGE + 1; i++) {
      const story = await createStory(db, {
        sectionId: section.id,
        createdById: author.id,
        authorIds: [author.id],
        tagIds: i === 0 ? [topic.id] : [],
        firstPublishedAt: new Date(Date.UTC(2024, 3, 1, i)),
      });
      if (i === 0) published = story;
    }
    for (const status of ['DRAFT', 'IN_REVIEW', 'SCHEDULED', 'UNPUBLISHED'] as const) {
      hidden[status] = (await createStory(db, { sectionId: section.id, createdById: author.id, status })).slug;
    }
    hidden.DELETED = (await createStory(db, { sectionId: section.id, createdById: author.id, deletedAt: new Date() })).slug;

    const images = await Promise.all([createImage(db), createImage(db), createImage(db)]);
    gallery = await createGallery(db, { createdById: author.id, imageIds: images.map((image) => image.id) });
    draftGallery = await createGallery(db, { createdById: author.id, imageIds: [images[0].id], status: 'DRAFT' });
    await db.staticPage.create({ data: { slug: 'about', title: 'About us', body: { type: 'doc', content: [] } } });
  });

  it('knows the fixed pages', async () => {
    expect(await checkPublicPath('/')).toEqual(ok);
    expect(await checkPublicPath('/latest')).toEqual(ok);
    expect(await checkPublicPath('/search')).toEqual(ok);
    expect(await checkPublicPath('/galleries')).toEqual(ok);
    expect(await checkPublicPath('/about')).toEqual(ok);
    // No Contact page has been written in this newsroom.
    expect(await checkPublicPath('/contact')).toEqual(missing);
    expect(await checkPublicPath('/search/more')).toEqual(missing);
  });

  it('serves published stories and answers 404 for every other state', async () => {
    expect(await checkPublicPath(`/${section.slug}/${published.slug}`)).toEqual(ok);
    for (const slug of Object.values(hidden)) {
      expect(await checkPublicPath(`/${section.slug}/${slug}`)).toEqual(missing);
    }
    expect(await checkPublicPath(`/${section.slug}/no-such-story`)).toEqual(missing);
  });

  it('sends a story under the wrong section, or at an old address, to where it lives now', async () => {
    expect(await checkPublicPath(`/${emptySection.slug}/${published.slug}`)).toEqual(moved(`/${section.slug}/${published.slug}`));
    const story = await db.article.findUniqueOrThrow({ where: { slug: published.slug }, select: { id: true } });
    await db.redirect.create({ data: { fromPath: `/${section.slug}/an-older-slug`, articleId: story.id } });
    expect(await checkPublicPath(`/${section.slug}/an-older-slug`)).toEqual(moved(`/${section.slug}/${published.slug}`));
  });

  it('does not redirect an old address to a story that is no longer public', async () => {
    const story = await db.article.findUniqueOrThrow({ where: { slug: hidden.UNPUBLISHED }, select: { id: true } });
    await db.redirect.create({ data: { fromPath: `/${section.slug}/old-unpublished`, articleId: story.id } });
    expect(await checkPublicPath(`/${section.slug}/old-unpublished`)).toEqual(missing);
  });

  it('paginates listings up to their last page only', async () => {
    expect(await checkPublicPath(`/${section.slug}`)).toEqual(ok);
    expect(await checkPublicPath(`/${section.slug}/page/2`)).toEqual(ok);
    expect(await checkPublicPath(`/${section.slug}/page/3`)).toEqual(missing);
    expect(await checkPublicPath(`/${section.slug}/page/1`)).toEqual(moved(`/${section.slug}`));
    expect(await checkPublicPath(`/${section.slug}/page/02`)).toEqual(missing);
    expect(await checkPublicPath(`/${section.slug}/page/two`)).toEqual(missing);
    expect(await checkPublicPath(`/${section.slug}/page`)).toEqual(missing);
    // An empty section exists (page 1 shows its empty state) but has no page 2.
    expect(await checkPublicPath(`/${emptySection.slug}`)).toEqual(ok);
    expect(await checkPublicPath(`/${emptySection.slug}/page/2`)).toEqual(missing);
    expect(await checkPublicPath('/latest/page/2')).toEqual(ok);
    expect(await checkPublicPath('/latest/page/99')).toEqual(missing);
    expect(await checkPublicPath('/latest/page/1')).toEqual(moved('/latest'));
    expect(await checkPublicPath('/no-such-section')).toEqual(missing);
  });

  it('knows tags and authors, and hides authors without a published story', async () => {
    expect(await checkPublicPath(`/tag/${topic.slug}`)).toEqual(ok);
    expect(await checkPublicPath(`/tag/${topic.slug}/page/2`)).toEqual(missing);
    expect(await checkPublicPath('/tag/no-such-topic')).toEqual(missing);
    expect(await checkPublicPath('/tag')).toEqual(missing);
    expect(await checkPublicPath(`/author/${author.slug}`)).toEqual(ok);
    expect(await checkPublicPath(`/author/${author.slug}/page/2`)).toEqual(ok);
    expect(await checkPublicPath(`/author/${storyless.slug}`)).toEqual(missing);
  });

  it('knows published galleries and each of their photos', async () => {
    expect(await checkPublicPath(`/galleries/${gallery.slug}`)).toEqual(ok);
    expect(await checkPublicPath(`/galleries/${gallery.slug}/photo/1`)).toEqual(ok);
    expect(await checkPublicPath(`/galleries/${gallery.slug}/photo/3`)).toEqual(ok);
    expect(await checkPublicPath(`/galleries/${gallery.slug}/photo/4`)).toEqual(missing);
    expect(await checkPublicPath(`/galleries/${gallery.slug}/photo/0`)).toEqual(missing);
    expect(await checkPublicPath(`/galleries/${gallery.slug}/photos`)).toEqual(missing);
    expect(await checkPublicPath(`/galleries/${draftGallery.slug}`)).toEqual(missing);
    expect(await checkPublicPath('/galleries/page/2')).toEqual(missing);
  });

  it('leaves other modules’ paths and files to the router', async () => {
    for (const path of ['/robots.txt', '/sitemap.xml', '/rss.xml', '/icon.png', '/feeds/nation.xml', '/opengraph-image']) {
      expect(await checkPublicPath(path)).toEqual(ok);
    }
  });

  it('leads an address typed in capitals to the lower-case one, when that exists', async () => {
    const upper = (path: string) => path.replace(/[a-z]/g, (letter) => letter.toUpperCase());
    for (const path of ['/latest', `/${section.slug}`, `/${section.slug}/${published.slug}`, `/tag/${topic.slug}`, `/author/${author.slug}/page/2`, `/galleries/${gallery.slug}`]) {
      expect(await checkPublicPath(upper(path)), path).toEqual(moved(path));
    }
    expect(await checkPublicPath(`/${section.slug}/Old-Unpublished`)).toEqual(missing);
    expect(await checkPublicPath(upper(`/${section.slug}/page/3`))).toEqual(missing);
    // Through a redirect, straight to where the story lives now.
    expect(await checkPublicPath(upper(`/${emptySection.slug}/${published.slug}`))).toEqual(moved(`/${section.slug}/${published.slug}`));
    expect(await checkPublicPath('/Icon.png')).toEqual(ok);
  });

  it('treats undecodable paths as missing', async () => {
    expect(await checkPublicPath(`/${section.slug}/%E0%A4%A`)).toEqual(missing);
  });
});
