import { readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../auth/permissions';
import { db } from '../db/client';
import { createNewsroom, type TestStaff } from '../testing/actors';
import { createGallery, createSection, createStory, createTag } from '../testing/newsroom';
import { answerNewsroomPage } from './newsroom-pages';

let staff: Record<Role, TestStaff>;
let draft: { id: number };
let published: { id: number };
let ids: Record<'story' | 'user' | 'gallery' | 'section' | 'tag', number>;

beforeAll(async () => {
  staff = await createNewsroom(db);
  const section = await createSection(db);
  // Written by the Author: their own; someone else's for the Contributor.
  draft = await createStory(db, { sectionId: section.id, createdById: staff.AUTHOR.id, authorIds: [staff.AUTHOR.id], status: 'DRAFT' });
  published = await createStory(db, { sectionId: section.id, createdById: staff.CONTRIBUTOR.id, authorIds: [staff.CONTRIBUTOR.id], status: 'PUBLISHED' });
  const [gallery, tag] = await Promise.all([createGallery(db, { createdById: staff.EDITOR.id, imageIds: [] }), createTag(db)]);
  ids = { story: draft.id, user: staff.AUTHOR.id, gallery: gallery.id, section: section.id, tag: tag.id };
});

/** Every newsroom page as an address, its [id] filled with a row that exists (app/admin's folders). */
function newsroomPageAddresses(): string[] {
  const root = path.resolve(import.meta.dirname, '../../app/admin');
  const kinds: Record<string, keyof typeof ids> = { stories: 'story', preview: 'story', users: 'user', galleries: 'gallery', sections: 'section', tags: 'tag' };
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => path.basename(file) === 'page.tsx' && /^\((?:newsroom|site-frame)\)/.test(file))
    .map((file) => ['admin', ...path.dirname(file).split(path.sep).slice(1)])
    .filter((parts) => !parts.some((part) => part.startsWith('[...')))
    .map((parts) => '/' + parts.map((part, index) => (part === '[id]' ? String(ids[kinds[parts[index - 1]]]) : part)).join('/'));
}

describe('answerNewsroomPage', () => {
  it('opens every newsroom page to an Admin, on rows that exist', async () => {
    const addresses = newsroomPageAddresses();
    expect(addresses).toContain(`/admin/stories/${draft.id}/revisions`);
    for (const address of addresses) expect(await answerNewsroomPage(staff.ADMIN, address), address).toBe('open');
  });

  it('lets owners and Editors open a story’s editor, revisions and preview, and refuses everyone else', async () => {
    for (const address of [`/admin/stories/${draft.id}`, `/admin/stories/${draft.id}/revisions`, `/admin/preview/${draft.id}`]) {
      expect(await answerNewsroomPage(staff.AUTHOR, address), address).toBe('open');
      expect(await answerNewsroomPage(staff.EDITOR, address), address).toBe('open');
      expect(await answerNewsroomPage(staff.CONTRIBUTOR, address), address).toBe('refused');
    }
  });

  it('lets a Contributor open their own story after it is published (to read it)', async () => {
    expect(await answerNewsroomPage(staff.CONTRIBUTOR, `/admin/stories/${published.id}`)).toBe('open');
    expect(await answerNewsroomPage(staff.AUTHOR, `/admin/stories/${published.id}`)).toBe('refused');
  });

  it('answers missing for addresses that are no page or name no row', async () => {
    for (const address of ['/admin/nothing', '/admin/stories/abc', '/admin/stories/2147483648', '/admin/stories/2147483647', `/admin/stories/${draft.id}/x`, '/admin/preview/0', '/admin/tags/2147483647', '/admin/galleries/2147483647']) {
      expect(await answerNewsroomPage(staff.EDITOR, address), address).toBe('missing');
    }
    expect(await answerNewsroomPage(staff.CONTRIBUTOR, '/admin/stories/2147483647')).toBe('missing');
  });

  it('answers missing for a preview of a revision the story does not have', async () => {
    await db.revision.create({ data: { articleId: draft.id, version: 1, snapshot: {}, editorId: staff.AUTHOR.id } });
    const preview = (revision: string) => answerNewsroomPage(staff.EDITOR, `/admin/preview/${draft.id}`, new URLSearchParams({ revision }));
    expect(await preview('1')).toBe('open');
    for (const revision of ['2', '99999', 'abc', '']) expect(await preview(revision), revision).toBe('missing');
    // Refused before anything is said about its revisions.
    expect(await answerNewsroomPage(staff.CONTRIBUTOR, `/admin/preview/${draft.id}`, new URLSearchParams({ revision: '2' }))).toBe('refused');
  });

  it('refuses a page the role may not open before telling whether its row exists', async () => {
    expect(await answerNewsroomPage(staff.AUTHOR, '/admin/tags/2147483647')).toBe('refused');
    expect(await answerNewsroomPage(staff.CONTRIBUTOR, `/admin/users/${staff.ADMIN.id}`)).toBe('refused');
    expect(await answerNewsroomPage(staff.CONTRIBUTOR, '/admin/users/2147483647')).toBe('refused');
  });
});
