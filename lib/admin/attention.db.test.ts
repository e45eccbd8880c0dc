import { beforeAll, describe, expect, it } from 'vitest';
import type { ArticleStatus } from '../db/client';
import { db } from '../db/client';
import { createNewsroom, type TestStaff } from '../testing/actors';
import type { Role } from '../auth/permissions';
import { getAttention } from './attention';

let staff: Record<Role, TestStaff>;
let sectionId: number;

async function story(owner: TestStaff, status: ArticleStatus, extra: { scheduledAt?: Date; deleted?: boolean; bylineOnly?: TestStaff } = {}) {
  const creator = extra.bylineOnly ? staff.EDITOR : owner;
  const article = await db.article.create({
    data: {
      slug: `story-${Math.random().toString(36).slice(2)}`,
      headline: `${status} by ${owner.name}`,
      body: { type: 'doc', content: [] },
      status,
      scheduledAt: extra.scheduledAt,
      deletedAt: extra.deleted ? new Date() : null,
      sectionId,
      createdById: creator.id,
      authors: { create: [{ userId: owner.id, position: 0 }] },
    },
  });
  return article.id;
}

beforeAll(async () => {
  staff = await createNewsroom(db);
  sectionId = (await db.section.create({ data: { name: 'Nation', slug: 'nation' } })).id;
  const soon = new Date(Date.now() + 60 * 60_000);
  const later = new Date(Date.now() + 2 * 60 * 60_000);
  await story(staff.CONTRIBUTOR, 'DRAFT');
  await story(staff.CONTRIBUTOR, 'DRAFT', { deleted: true });
  await story(staff.CONTRIBUTOR, 'IN_REVIEW');
  await story(staff.AUTHOR, 'DRAFT', { bylineOnly: staff.AUTHOR });
  await story(staff.AUTHOR, 'IN_REVIEW');
  await story(staff.AUTHOR, 'IN_REVIEW');
  await story(staff.AUTHOR, 'SCHEDULED', { scheduledAt: later });
  await story(staff.EDITOR, 'SCHEDULED', { scheduledAt: soon });
});

describe('getAttention', () => {
  it('counts my drafts (created or bylined, not deleted) and only my stories in review for Contributors and Authors', async () => {
    expect(await getAttention(staff.CONTRIBUTOR)).toMatchObject({ myDrafts: 1, reviewQueue: 1, reviewScope: 'own', scheduled: [] });
    const author = await getAttention(staff.AUTHOR);
    expect(author).toMatchObject({ myDrafts: 1, reviewQueue: 2, reviewScope: 'own', scheduleScope: 'own' });
    expect(author.scheduled.map((s) => s.headline)).toEqual([`SCHEDULED by ${staff.AUTHOR.name}`]);
  });

  it('shows Editors and Admins the whole review queue and schedule, soonest first', async () => {
    for (const role of ['EDITOR', 'ADMIN'] as const) {
      const attention = await getAttention(staff[role]);
      expect(attention).toMatchObject({ reviewQueue: 3, reviewScope: 'all', scheduleScope: 'all' });
      expect(attention.scheduled.map((s) => s.headline)).toEqual([`SCHEDULED by ${staff.EDITOR.name}`, `SCHEDULED by ${staff.AUTHOR.name}`]);
    }
  });
});
