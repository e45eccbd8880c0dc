import { expect, test } from '@playwright/test';
import { htmlReader, withDatabase } from './support';

/**
 * A story's URL never stops working: after a slug or section change the old URL answers 301 to
 * the new one, which answers 200 and names itself canonical.
 *
 * The change is written the way the editor's slug change writes it (Article.slug/sectionId and a
 * Redirect row for the old path, in one transaction) but straight into PostgreSQL, so the app's
 * cache is not told. The test stays honest by using a story created for it: none of its URLs
 * has been requested or cached before, and proxy.ts decides 301s from the database on every
 * request. That expiring cache tags on a change works is the editor's own test.
 */

interface MovableStory {
  id: number;
  slug: string;
  sectionSlug: string;
  otherSectionId: number;
  otherSectionSlug: string;
}

async function createStory(label: string): Promise<MovableStory> {
  return withDatabase(async (db) => {
    const sections = (await db.query<{ id: number; slug: string }>('SELECT id, slug FROM "Section" ORDER BY position LIMIT 2')).rows;
    const author = (await db.query<{ id: number }>('SELECT "userId" AS id FROM "ArticleAuthor" LIMIT 1')).rows[0];
    const slug = `seo-e2e-${label}-${Date.now()}`;
    // Dated 2019 so it is in no feed, news sitemap or listing another test could be reading.
    const { rows } = await db.query<{ id: number }>(
      `INSERT INTO "Article" (slug, headline, standfirst, body, "bodyText", status, "firstPublishedAt", "publishedAt", "updatedAt", "sectionId", "createdById")
       VALUES ($1, $2, 'Standfirst.', '{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"Body."}]}]}', 'Body.',
               'PUBLISHED', '2019-05-01T08:00:00Z', '2019-05-01T08:00:00Z', '2019-05-01T08:00:00Z', $3, $4) RETURNING id`,
      [slug, `A story that moves (${label})`, sections[0].id, author.id],
    );
    await db.query('INSERT INTO "ArticleAuthor" ("articleId", "userId", position) VALUES ($1, $2, 0)', [rows[0].id, author.id]);
    return { id: rows[0].id, slug, sectionSlug: sections[0].slug, otherSectionId: sections[1].id, otherSectionSlug: sections[1].slug };
  });
}

test('after a slug and section change the old URL answers 301 to the new one, which is 200 and canonical', async ({ request, browser, baseURL }) => {
  const story = await createStory('renamed');
  const oldPath = `/${story.sectionSlug}/${story.slug}`;
  expect((await request.get(oldPath, { maxRedirects: 0 })).status()).toBe(200);

  const newSlug = `${story.slug}-renamed`;
  const newPath = `/${story.otherSectionSlug}/${newSlug}`;
  await withDatabase(async (db) => {
    await db.query('BEGIN');
    await db.query('UPDATE "Article" SET slug = $1, "sectionId" = $2, version = version + 1 WHERE id = $3', [newSlug, story.otherSectionId, story.id]);
    await db.query('INSERT INTO "Redirect" ("fromPath", "articleId") VALUES ($1, $2)', [oldPath, story.id]);
    await db.query('COMMIT');
  });

  const moved = await request.get(oldPath, { maxRedirects: 0 });
  expect(moved.status()).toBe(301);
  expect(new URL(moved.headers().location, baseURL).pathname).toBe(newPath);
  // The query string (campaign tags on a shared link) survives the redirect.
  const withQuery = await request.get(`${oldPath}?utm_source=x`, { maxRedirects: 0 });
  expect(new URL(withQuery.headers().location, baseURL).search).toBe('?utm_source=x');

  const landed = await request.get(newPath, { maxRedirects: 0 });
  expect(landed.status()).toBe(200);
  const reader = await htmlReader(browser);
  try {
    const head = await reader.read(await landed.text());
    expect(head.canonical).toBe(`${baseURL}${newPath}`);
  } finally {
    await reader.close();
  }
});

test('after a section change alone the old URL answers 301, without a redirect row', async ({ request, baseURL }) => {
  const story = await createStory('section');
  await withDatabase((db) => db.query('UPDATE "Article" SET "sectionId" = $1 WHERE id = $2', [story.otherSectionId, story.id]));
  const moved = await request.get(`/${story.sectionSlug}/${story.slug}`, { maxRedirects: 0 });
  expect(moved.status()).toBe(301);
  const newPath = `/${story.otherSectionSlug}/${story.slug}`;
  expect(new URL(moved.headers().location, baseURL).pathname).toBe(newPath);
  expect((await request.get(newPath, { maxRedirects: 0 })).status()).toBe(200);
});
