import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Conflict, Invalid } from '../auth/guard';
import type { Role } from '../auth/permissions';
import { cacheTag } from '../content/tags';
import { db } from '../db/client';
import { createNewsroom, createStaff, type TestStaff } from '../testing/actors';
import { cells, EDITORS, outcomesByRole } from '../testing/authorization';
import { createImage, createSection, createStory } from '../testing/newsroom';
import { getActivityOnMyStories } from '../admin/activity';
import { getHomeLeadChoice, pinHomeLead, unpinHomeLead } from './home-lead';
import { caught } from './testing';
import { deleteStory, unpublishStory } from './workflow';

// The one HomeLead row is this file's alone: no other test pins a lead.

let editor: TestStaff;
let section: { id: number; slug: string };

beforeAll(async () => {
  editor = await createStaff(db, { role: 'EDITOR', name: 'Nigar Quliyeva' });
  section = await createSection(db, { name: 'Front' });
});

beforeEach(async () => {
  await db.homeLead.deleteMany();
});

const published = (headline: string, options: { heroImageId?: number; minutesAgo?: number } = {}) =>
  createStory(db, {
    sectionId: section.id,
    createdById: editor.id,
    headline,
    heroImageId: options.heroImageId,
    firstPublishedAt: new Date(Date.now() - (options.minutesAgo ?? 0) * 60_000),
  });

describe('choosing the home page lead', () => {
  it('lists published stories newest first, finds them by headline, and says which has no picture', async () => {
    const image = await createImage(db, { alt: 'Harbour' });
    const older = await published('Caspian ferry timetable changes', { heroImageId: image.id, minutesAgo: 5 });
    const newer = await published('Caspian ports reopen after storm');
    await published('Draft-like but unrelated', { minutesAgo: 1 });

    const { candidates, pinned } = await getHomeLeadChoice(editor, { query: 'CASPIAN' });
    expect(pinned).toBeNull();
    expect(candidates.map((story) => [story.id, story.hasPicture])).toEqual([
      [newer.id, false],
      [older.id, true],
    ]);
    expect(candidates[0].path).toBe(`/${section.slug}/${newer.slug}`);
  });

  it('pins a story, names who and when, and records it; the page expires the home page', async () => {
    const story = await published('Budget passes first reading');
    const result = await pinHomeLead(editor, { articleId: story.id, replacing: 0 });
    expect(result).toEqual({ value: { articleId: story.id }, expire: [cacheTag.storyLists] });

    const { pinned } = await getHomeLeadChoice(editor);
    expect(pinned).toMatchObject({ id: story.id, headline: 'Budget passes first reading', pinnedBy: 'Nigar Quliyeva' });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: 'story.home_lead', subjectId: String(story.id) } });
    expect(audit.actorId).toBe(editor.id);
  });

  it('refuses a choice made from a page that showed another lead, naming the one pinned now', async () => {
    const [first, second, third] = [await published('First lead'), await published('Second lead'), await published('Third lead')];
    await pinHomeLead(editor, { articleId: first.id, replacing: 0 });
    // Two editors saw "First lead" pinned; one pins "Second lead", then the other "Third lead".
    await pinHomeLead(editor, { articleId: second.id, replacing: first.id });
    // The story it replaced stopped leading, and the log says why.
    expect(await db.auditLog.findFirstOrThrow({ where: { action: 'story.home_lead_end', subjectId: String(first.id) } })).toMatchObject({ details: { reason: 'replaced' } });
    const error = await caught(pinHomeLead(editor, { articleId: third.id, replacing: first.id }));
    expect(error).toBeInstanceOf(Conflict);
    expect((error as Error).message).toBe('Someone else changed the lead meanwhile: “Second lead” is pinned now. Reload to see it, then choose again.');
    // Nor can a page that showed no pin replace one.
    expect(await caught(pinHomeLead(editor, { articleId: third.id, replacing: 0 }))).toBeInstanceOf(Conflict);
    expect(await caught(unpinHomeLead(editor, { replacing: first.id }))).toBeInstanceOf(Conflict);
    expect((await db.homeLead.findUniqueOrThrow({ where: { id: 1 } })).articleId).toBe(second.id);
  });

  it('unpins: the automatic lead returns, and the change is recorded', async () => {
    const story = await published('Pinned for a while');
    await pinHomeLead(editor, { articleId: story.id, replacing: 0 });
    expect(await unpinHomeLead(editor, { replacing: story.id })).toEqual({ value: { articleId: story.id }, expire: [cacheTag.storyLists] });
    expect(await db.homeLead.count()).toBe(0);
    expect(await db.auditLog.count({ where: { action: 'story.home_lead_end', subjectId: String(story.id) } })).toBe(1);
    // A second "Unpin" from a page showing it pinned is told what changed.
    const error = await caught(unpinHomeLead(editor, { replacing: story.id }));
    expect((error as Error).message).toBe('Someone else unpinned the lead meanwhile. Reload to see what leads now, then choose again.');
  });

  it('refuses a story readers cannot see', async () => {
    const draft = await createStory(db, { sectionId: section.id, createdById: editor.id, status: 'DRAFT' });
    const deleted = await createStory(db, { sectionId: section.id, createdById: editor.id, deletedAt: new Date() });
    for (const story of [draft, deleted]) {
      const error = await caught(pinHomeLead(editor, { articleId: story.id, replacing: 0 }));
      expect(error).toBeInstanceOf(Invalid);
      expect((error as Error).message).toBe('That story is not on the site now, so it cannot lead the home page. Publish it first.');
    }
    expect(await db.homeLead.count()).toBe(0);
  });

  it('ends the pin when the story is unpublished or deleted, so republishing it later does not lead by surprise, and records why', async () => {
    for (const [leave, reason] of [
      [unpublishStory, 'unpublished'],
      [deleteStory, 'deleted'],
    ] as const) {
      const story = await published(`Leaves the site, ${reason}`);
      await pinHomeLead(editor, { articleId: story.id, replacing: 0 });
      await leave(editor, { id: story.id, version: 1 });
      expect(await db.homeLead.count()).toBe(0);
      expect((await getHomeLeadChoice(editor)).pinned).toBeNull();
      const ended = await db.auditLog.findFirstOrThrow({ where: { action: 'story.home_lead_end', subjectId: String(story.id) } });
      expect(ended).toMatchObject({ actorId: editor.id, details: { reason } });
    }
  });

  it('treats a pin whose story left the site as no pin: the next choice replaces it', async () => {
    const gone = await createStory(db, { sectionId: section.id, createdById: editor.id, status: 'UNPUBLISHED' });
    await db.homeLead.create({ data: { id: 1, articleId: gone.id, pinnedById: editor.id } });
    expect((await getHomeLeadChoice(editor)).pinned).toBeNull();
    const story = await published('Chosen after a stale pin');
    await pinHomeLead(editor, { articleId: story.id, replacing: 0 });
    expect((await db.homeLead.findUniqueOrThrow({ where: { id: 1 } })).articleId).toBe(story.id);
  });

  it('pins and unpublishes the same story at once without leaving a pin on a story readers cannot see', async () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      await db.homeLead.deleteMany();
      const story = await published(`Pinned while unpublished ${attempt}`);
      const [pinned, unpublished] = await Promise.allSettled([pinHomeLead(editor, { articleId: story.id, replacing: 0 }), unpublishStory(editor, { id: story.id, version: 1 })]);
      // The unpublish always goes through; the pin either came first (and was ended) or was refused.
      expect(unpublished.status).toBe('fulfilled');
      if (pinned.status === 'rejected') expect(pinned.reason).toBeInstanceOf(Invalid);
      const pin = await db.homeLead.findUnique({ where: { id: 1 }, select: { article: { select: { status: true } } } });
      expect(pin?.article.status ?? 'no pin').not.toBe('UNPUBLISHED');
    }
  });
});

describe('the writer hears of it', () => {
  it('on the dashboard: pinned and unpinned; a pin that ended with an unpublish is told as the unpublish', async () => {
    const writer = await createStaff(db, { role: 'AUTHOR' });
    const story = await createStory(db, { sectionId: section.id, createdById: writer.id, authorIds: [writer.id], headline: 'Told to its writer' });
    await pinHomeLead(editor, { articleId: story.id, replacing: 0 });
    await unpinHomeLead(editor, { replacing: story.id });
    await pinHomeLead(editor, { articleId: story.id, replacing: 0 });
    await unpublishStory(editor, { id: story.id, version: 1 });
    expect((await getActivityOnMyStories(writer)).map((item) => item.what)).toEqual([
      'unpublished “Told to its writer”',
      'made “Told to its writer” the home page lead',
      'stopped “Told to its writer” leading the home page',
      'made “Told to its writer” the home page lead',
    ]);
  });
});

describe('home lead authorization matrix: Editors and Admins', () => {
  let staff: Record<Role, TestStaff>;
  beforeAll(async () => {
    staff = await createNewsroom(db);
  });

  it('getHomeLeadChoice', async () => {
    expect(await outcomesByRole((role) => getHomeLeadChoice(staff[role]))).toEqual(cells(EDITORS));
  });

  it('pinHomeLead and unpinHomeLead', async () => {
    const story = await published('Matrix lead');
    expect(
      await outcomesByRole(async (role) => {
        await pinHomeLead(staff[role], { articleId: story.id, replacing: 0 });
        await unpinHomeLead(staff[role], { replacing: story.id });
      }),
    ).toEqual(cells(EDITORS));
    expect(await db.homeLead.count()).toBe(0);
  });
});
