import { expect, test } from '@playwright/test';
import { createGallery, createStory } from '../../lib/testing/newsroom';
import { db, largestGallery, PUBLIC } from './support';

test.describe('status codes readers and crawlers get', () => {
  test('drafts, stories in review, scheduled, unpublished and deleted stories answer 404', async ({ page }) => {
    const { sectionId, createdById, section } = await db.article.findFirstOrThrow({
      where: PUBLIC,
      select: { sectionId: true, createdById: true, section: { select: { slug: true } } },
    });
    const hidden = [
      await createStory(db, { sectionId, createdById, status: 'DRAFT', headline: 'A draft readers must not see' }),
      await createStory(db, { sectionId, createdById, status: 'IN_REVIEW' }),
      await createStory(db, { sectionId, createdById, status: 'SCHEDULED' }),
      await createStory(db, { sectionId, createdById, status: 'UNPUBLISHED' }),
      await createStory(db, { sectionId, createdById, deletedAt: new Date() }),
    ];
    for (const story of hidden) {
      const response = await page.goto(`/${section.slug}/${story.slug}`);
      expect(response?.status(), story.slug).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('We can’t find that page');
      await expect(page).toHaveTitle(/^Page not found — /);
      // In the site's design: masthead, search and footer.
      await expect(page.getByRole('banner')).toBeVisible();
      await expect(page.getByRole('main').getByRole('searchbox')).toBeVisible();
      await expect(page.getByRole('contentinfo')).toBeVisible();
    }
  });

  test('a moved story answers 301 to its one canonical address', async ({ request }) => {
    const story = await db.article.findFirstOrThrow({ where: PUBLIC, select: { id: true, slug: true, section: { select: { slug: true } } } });
    const oldPath = `/${story.section.slug}/old-address-${Date.now()}`;
    await db.redirect.create({ data: { fromPath: oldPath, articleId: story.id } });
    const moved = await request.get(oldPath, { maxRedirects: 0 });
    expect(moved.status()).toBe(301);
    expect(new URL(moved.headers().location, 'http://x').pathname).toBe(`/${story.section.slug}/${story.slug}`);

    const otherSection = await db.section.findFirstOrThrow({ where: { slug: { not: story.section.slug } }, select: { slug: true } });
    const wrongSection = await request.get(`/${otherSection.slug}/${story.slug}`, { maxRedirects: 0 });
    expect(wrongSection.status()).toBe(301);
    expect(new URL(wrongSection.headers().location, 'http://x').pathname).toBe(`/${story.section.slug}/${story.slug}`);
  });

  test('a first segment that merely begins with “admin” is an ordinary public address', async ({ request }) => {
    const story = await db.article.findFirstOrThrow({ where: PUBLIC, select: { id: true, slug: true, section: { select: { slug: true } } } });
    const oldPath = `/administration/old-address-${Date.now()}`;
    await db.redirect.create({ data: { fromPath: oldPath, articleId: story.id } });
    const moved = await request.get(oldPath, { maxRedirects: 0 });
    expect(moved.status()).toBe(301);
    expect(new URL(moved.headers().location, 'http://x').pathname).toBe(`/${story.section.slug}/${story.slug}`);
    expect((await request.get('/administration/no-such-story')).status()).toBe(404);
  });

  test('a gallery still in draft, and its photo pages, answer 404', async ({ request }) => {
    const photo = await db.galleryItem.findFirstOrThrow({ select: { imageId: true, gallery: { select: { createdById: true } } } });
    const draft = await createGallery(db, { createdById: photo.gallery.createdById, imageIds: [photo.imageId], status: 'DRAFT' });
    for (const path of [`/galleries/${draft.slug}`, `/galleries/${draft.slug}/photo/1`]) {
      expect((await request.get(path)).status(), path).toBe(404);
    }
  });

  test('unknown sections, tags, authors, galleries, photos and pages answer 404', async ({ request }) => {
    const gallery = await largestGallery();
    for (const path of [
      '/no-such-section',
      '/tag/no-such-topic',
      '/author/no-such-person',
      '/galleries/no-such-gallery',
      `/galleries/${gallery.slug}/photo/0`,
      `/galleries/${gallery.slug}/photo/${gallery.items.length + 1}`,
      '/latest/page/9999',
      '/nation/page/abc',
      '/a/b/c/d/e',
      // Control characters (PostgreSQL cannot even look up a NUL) are no one's address.
      '/tag/%00',
      '/%00',
      '/nation/a%00b',
    ]) {
      expect((await request.get(path)).status(), path).toBe(404);
    }
    // An author who never had a published story has no public page.
    const admin = await db.user.findFirstOrThrow({ where: { bylines: { none: {} } }, select: { slug: true } });
    expect((await request.get(`/author/${admin.slug}`)).status()).toBe(404);
  });

  test('about and contact come from the newsroom’s own pages', async ({ page }) => {
    for (const slug of ['about', 'contact']) {
      const row = await db.staticPage.findUniqueOrThrow({ where: { slug }, select: { title: true } });
      await page.goto('/');
      await page.getByRole('contentinfo').getByRole('link', { name: slug === 'about' ? 'About us' : 'Contact' }).click();
      await expect(page).toHaveURL(new RegExp(`/${slug}$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(row.title);
    }
  });
});
