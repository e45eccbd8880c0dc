import { beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../auth/permissions';
import { db } from '../db/client';
import { createNewsroom, type TestStaff } from '../testing/actors';
import { cells, EDITORS, outcomesByRole } from '../testing/authorization';
import { createSection, deleteSection, getSectionForManagement, listSectionsForManagement, reorderSections, updateSection } from './sections';
import { deleteTag, getTagForManagement, listTagsForManagement, mergeTags, mergeTargets, renameTag } from './tags';

/**
 * lib/taxonomy against the roles table: "rename, merge or delete tags; manage sections" is
 * no, no, yes, yes. (Creating tags while writing is lib/editorial's, with its own matrix.)
 */

let staff: Record<Role, TestStaff>;
let n = 0;
const unique = () => `${++n}-${Math.random().toString(36).slice(2, 7)}`;
const newSection = async () => (await createSection(staff.ADMIN, { name: `Section ${unique()}` })).value;
const newTag = () => {
  const key = unique();
  return db.tag.create({ data: { name: `Tag ${key}`, slug: `tag-${key}` } });
};

beforeAll(async () => {
  staff = await createNewsroom(db);
});

describe('taxonomy authorization matrix', () => {
  const rows: [string, (actor: TestStaff) => Promise<unknown>][] = [
    ['createSection', (actor) => createSection(actor, { name: `Made by ${actor.role} ${unique()}` })],
    ['updateSection', async (actor) => {
      const section = await newSection();
      return updateSection(actor, { id: section.id, name: `Renamed ${unique()}`, slug: `renamed-${unique()}` });
    }],
    ['reorderSections', async (actor) => {
      const order = (await db.section.findMany({ orderBy: { position: 'asc' }, select: { id: true } })).map((row) => row.id);
      return reorderSections(actor, { order: order.reverse() });
    }],
    ['deleteSection', async (actor) => deleteSection(actor, { id: (await newSection()).id })],
    ['listSectionsForManagement', (actor) => listSectionsForManagement(actor)],
    ['getSectionForManagement', async (actor) => getSectionForManagement(actor, (await newSection()).id)],
    ['renameTag', async (actor) => renameTag(actor, { id: (await newTag()).id, name: `Renamed ${unique()}` })],
    ['mergeTags', async (actor) => {
      const [from, into] = [await newTag(), await newTag()];
      return mergeTags(actor, { id: from.id, intoSlug: into.slug });
    }],
    ['deleteTag', async (actor) => deleteTag(actor, { id: (await newTag()).id })],
    ['listTagsForManagement', (actor) => listTagsForManagement(actor)],
    ['getTagForManagement', async (actor) => getTagForManagement(actor, (await newTag()).id)],
    ['mergeTargets', async (actor) => mergeTargets(actor, (await newTag()).id)],
  ];

  for (const [name, call] of rows) {
    it(name, async () => {
      expect(await outcomesByRole((role) => call(staff[role]))).toEqual(cells(EDITORS));
    });
  }

  it('a refused call changes nothing and writes no audit entry', async () => {
    const section = await newSection();
    const tag = await newTag();
    for (const role of ['CONTRIBUTOR', 'AUTHOR'] as const) {
      await updateSection(staff[role], { id: section.id, name: 'Hijacked', slug: 'hijacked' }).catch(() => {});
      await deleteSection(staff[role], { id: section.id }).catch(() => {});
      await deleteTag(staff[role], { id: tag.id }).catch(() => {});
    }
    expect(await db.section.findUniqueOrThrow({ where: { id: section.id } })).toMatchObject({ name: section.name, slug: section.slug });
    expect(await db.tag.findUnique({ where: { id: tag.id } })).not.toBeNull();
    expect(await db.auditLog.count({ where: { actorId: { in: [staff.CONTRIBUTOR.id, staff.AUTHOR.id] } } })).toBe(0);
  });
});
