import { beforeAll, describe, expect, it } from 'vitest';
import { Forbidden } from '../auth/guard';
import type { Role } from '../auth/permissions';
import { db } from '../db/client';
import { createNewsroom, createStaff, type TestStaff } from '../testing/actors';
import { createSection } from '../testing/newsroom';
import { autosaveStory } from './autosave';
import { addComment, listComments } from './comments';
import { listRevisions, restoreRevision } from './revisions';
import { createDraft, saveStory } from './save';
import { fields } from './testing';
import { deleteStory, publishStory, restoreStory, scheduleStory, submitForReview, unpublishStory, unscheduleStory } from './workflow';

/**
 * Every editorial domain function, called by each role on its own story and on someone else's,
 * against the roles table in shared/docs/roles.md — written out here by hand, not read from
 * lib/auth/permissions.ts, so a wrong cell there fails this test.
 */

const ROLES: Role[] = ['CONTRIBUTOR', 'AUTHOR', 'EDITOR', 'ADMIN'];
type Cell = Record<Role, boolean>;
const ALL: Cell = { CONTRIBUTOR: true, AUTHOR: true, EDITOR: true, ADMIN: true };
const EDITORS: Cell = { CONTRIBUTOR: false, AUTHOR: false, EDITOR: true, ADMIN: true };
const AUTHORS_UP: Cell = { CONTRIBUTOR: false, AUTHOR: true, EDITOR: true, ADMIN: true };

type State = 'draft' | 'inReview' | 'published' | 'scheduled' | 'deletedDraft' | 'deletedPublished';

interface Row {
  operation: string;
  state: State;
  own: Cell;
  others: Cell;
  run: (actor: TestStaff, story: { id: number; version: number }) => Promise<unknown>;
}

let staff: Record<Role, TestStaff>;
let stranger: TestStaff;
let section: { id: number; slug: string };

const edit = (headline: string) => (actor: TestStaff, story: { id: number; version: number }) =>
  saveStory(actor, { id: story.id, version: story.version, fields: fields({ sectionId: section.id, headline, authorIds: [] , creditLine: 'Staff' }) });

const MATRIX: Row[] = [
  // edit own draft / submit it for review: everyone; anyone's: Editors and Admins
  { operation: 'saveStory', state: 'draft', own: ALL, others: EDITORS, run: edit('Edited draft') },
  { operation: 'saveStory', state: 'inReview', own: ALL, others: EDITORS, run: edit('Edited in review') },
  { operation: 'autosaveStory', state: 'draft', own: ALL, others: EDITORS, run: (actor, story) =>
      autosaveStory(actor, { id: story.id, version: story.version, fields: fields({ sectionId: section.id, creditLine: 'Staff' }) }) },
  { operation: 'submitForReview', state: 'draft', own: ALL, others: EDITORS, run: (actor, story) => submitForReview(actor, story) },
  { operation: 'restoreRevision', state: 'draft', own: ALL, others: EDITORS, run: (actor, story) => restoreRevision(actor, { ...story, revision: 1 }) },
  { operation: 'listRevisions', state: 'draft', own: ALL, others: EDITORS, run: (actor, story) => listRevisions(actor, story.id) },
  // edit own story after it is published: not Contributors
  { operation: 'saveStory', state: 'published', own: AUTHORS_UP, others: EDITORS, run: edit('Edited live') },
  { operation: 'autosaveStory', state: 'published', own: AUTHORS_UP, others: EDITORS, run: (actor, story) =>
      autosaveStory(actor, { id: story.id, version: story.version, fields: fields({ sectionId: section.id, creditLine: 'Staff' }) }) },
  { operation: 'saveStory', state: 'scheduled', own: AUTHORS_UP, others: EDITORS, run: edit('Edited scheduled') },
  // publish, schedule or unpublish own story: not Contributors; anyone's: Editors and Admins
  { operation: 'publishStory', state: 'draft', own: AUTHORS_UP, others: EDITORS, run: (actor, story) => publishStory(actor, story) },
  { operation: 'publishStory', state: 'inReview', own: AUTHORS_UP, others: EDITORS, run: (actor, story) => publishStory(actor, story) },
  { operation: 'scheduleStory', state: 'draft', own: AUTHORS_UP, others: EDITORS, run: (actor, story) =>
      scheduleStory(actor, { ...story, at: new Date(Date.now() + 3_600_000) }) },
  { operation: 'unscheduleStory', state: 'scheduled', own: AUTHORS_UP, others: EDITORS, run: (actor, story) => unscheduleStory(actor, story) },
  { operation: 'unpublishStory', state: 'published', own: AUTHORS_UP, others: EDITORS, run: (actor, story) => unpublishStory(actor, story) },
  // delete: Contributors own drafts, Authors own, Editors and Admins any; restore alike
  { operation: 'deleteStory', state: 'draft', own: ALL, others: EDITORS, run: (actor, story) => deleteStory(actor, story) },
  { operation: 'deleteStory', state: 'published', own: AUTHORS_UP, others: EDITORS, run: (actor, story) => deleteStory(actor, story) },
  { operation: 'restoreStory', state: 'deletedDraft', own: ALL, others: EDITORS, run: (actor, story) => restoreStory(actor, story) },
  { operation: 'restoreStory', state: 'deletedPublished', own: AUTHORS_UP, others: EDITORS, run: (actor, story) => restoreStory(actor, story) },
  // see the review queue, comment on drafts: own, own, all, all
  { operation: 'addComment', state: 'inReview', own: ALL, others: EDITORS, run: (actor, story) => addComment(actor, { articleId: story.id, body: 'A note' }) },
  { operation: 'listComments', state: 'inReview', own: ALL, others: EDITORS, run: (actor, story) => listComments(actor, story.id) },
];

beforeAll(async () => {
  staff = await createNewsroom(db);
  stranger = await createStaff(db, { role: 'EDITOR', name: 'Someone else' });
  section = await createSection(db, { name: 'Matrix' });
});

/** A story created by `owner`, brought into `state` by an Admin. */
async function storyIn(state: State, owner: TestStaff): Promise<{ id: number; version: number }> {
  const admin = staff.ADMIN;
  const { value } = await createDraft(owner, { fields: fields({ sectionId: section.id, headline: `${state} by ${owner.name}`, creditLine: 'Staff' }) });
  let story = { id: value.id, version: value.version };
  const next = (result: { value: { version: number } }) => (story = { id: story.id, version: result.value.version });
  if (state === 'inReview') next(await submitForReview(admin, story));
  if (state === 'published' || state === 'deletedPublished') next(await publishStory(admin, story));
  if (state === 'scheduled') next(await scheduleStory(admin, { ...story, at: new Date(Date.now() + 3_600_000) }));
  if (state === 'deletedDraft' || state === 'deletedPublished') next(await deleteStory(admin, story));
  return story;
}

async function outcome(promise: Promise<unknown>): Promise<'allowed' | 'forbidden'> {
  try {
    await promise;
    return 'allowed';
  } catch (error) {
    if (error instanceof Forbidden) return 'forbidden';
    throw error;
  }
}

describe('editorial authorization matrix', () => {
  for (const row of MATRIX) {
    for (const whose of ['own', 'others'] as const) {
      it(`${row.operation} on ${whose === 'own' ? 'own' : "someone else's"} ${row.state} story`, async () => {
        const expected: Record<string, string> = {};
        const actual: Record<string, string> = {};
        for (const role of ROLES) {
          const actor = staff[role];
          const story = await storyIn(row.state, whose === 'own' ? actor : stranger);
          expected[role] = row[whose][role] ? 'allowed' : 'forbidden';
          actual[role] = await outcome(row.run(actor, story));
        }
        expect(actual).toEqual(expected);
      });
    }
  }

  it('createDraft: everyone', async () => {
    for (const role of ROLES) {
      expect(await outcome(createDraft(staff[role], { fields: fields({ sectionId: section.id }) }))).toBe('allowed');
    }
  });

  it('create tags while writing: not Contributors', async () => {
    const actual: Record<string, string> = {};
    for (const role of ROLES) {
      actual[role] = await outcome(createDraft(staff[role], { fields: fields({ sectionId: section.id, newTags: [`Tag by ${role}`] }) }));
    }
    expect(actual).toEqual({ CONTRIBUTOR: 'forbidden', AUTHOR: 'allowed', EDITOR: 'allowed', ADMIN: 'allowed' });
  });

  it('a story counts as own for everyone in its byline, not just its creator', async () => {
    const { value } = await createDraft(stranger, { fields: fields({ sectionId: section.id, authorIds: [staff.AUTHOR.id] }) });
    expect(await outcome(publishStory(staff.AUTHOR, value))).toBe('allowed');
  });

  it('a refused call changes nothing', async () => {
    const story = await storyIn('published', staff.CONTRIBUTOR);
    const before = await db.article.findUniqueOrThrow({ where: { id: story.id } });
    expect(await outcome(unpublishStory(staff.CONTRIBUTOR, story))).toBe('forbidden');
    expect(await outcome(edit('Contributor edits live story')(staff.CONTRIBUTOR, story))).toBe('forbidden');
    expect(await db.article.findUniqueOrThrow({ where: { id: story.id } })).toEqual(before);
  });
});
