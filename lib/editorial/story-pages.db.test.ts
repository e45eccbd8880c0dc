import { beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../auth/permissions';
import { db } from '../db/client';
import { createNewsroom, type TestStaff } from '../testing/actors';
import { createSection, createStory } from '../testing/newsroom';
import { mayOpenStoryPage } from './story-pages';

let staff: Record<Role, TestStaff>;
let draft: { id: number };
let published: { id: number };

beforeAll(async () => {
  staff = await createNewsroom(db);
  const section = await createSection(db);
  // Written by the Author: their own; someone else's for the Contributor.
  draft = await createStory(db, { sectionId: section.id, createdById: staff.AUTHOR.id, authorIds: [staff.AUTHOR.id], status: 'DRAFT' });
  published = await createStory(db, { sectionId: section.id, createdById: staff.CONTRIBUTOR.id, authorIds: [staff.CONTRIBUTOR.id], status: 'PUBLISHED' });
});

describe('mayOpenStoryPage', () => {
  it('lets owners and Editors open a story’s editor, revisions and preview, and no one else', async () => {
    for (const path of [`/admin/stories/${draft.id}`, `/admin/stories/${draft.id}/revisions`, `/admin/preview/${draft.id}`]) {
      expect(await mayOpenStoryPage(staff.AUTHOR, path), path).toBe(true);
      expect(await mayOpenStoryPage(staff.EDITOR, path), path).toBe(true);
      expect(await mayOpenStoryPage(staff.CONTRIBUTOR, path), path).toBe(false);
    }
  });

  it('lets a Contributor open their own story after it is published (to read it)', async () => {
    expect(await mayOpenStoryPage(staff.CONTRIBUTOR, `/admin/stories/${published.id}`)).toBe(true);
    expect(await mayOpenStoryPage(staff.AUTHOR, `/admin/stories/${published.id}`)).toBe(false);
  });

  it('leaves other pages, and ids that are no story, to the page', async () => {
    for (const path of ['/admin/stories', '/admin/stories/new', '/admin/stories/abc', '/admin/stories/2147483648', '/admin/stories/2147483647', `/admin/stories/${draft.id}/x`]) {
      expect(await mayOpenStoryPage(staff.CONTRIBUTOR, path), path).toBe(true);
    }
  });
});
