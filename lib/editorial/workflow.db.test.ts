import { beforeAll, describe, expect, it } from 'vitest';
import { Conflict, Forbidden, Invalid } from '../auth/guard';
import { cacheTag } from '../content/tags';
import { checkPublicPath } from '../content/routing';
import { db } from '../db/client';
import { createStaff, type TestStaff } from '../testing/actors';
import { createGallery, createImage, createSection } from '../testing/newsroom';
import { addComment, listComments } from './comments';
import type { StoryFieldsInput } from './fields';
import { compareSnapshots, diffRevisions, listRevisions, restoreRevision } from './revisions';
import { createDraft, saveStory } from './save';
import { claimDueStories } from './scheduler';
import { caught, fields } from './testing';
import { deleteStory, publishStory, restoreStory, returnToDraft, scheduleStory, submitForReview, unpublishStory, unscheduleStory } from './workflow';

let editor: TestStaff;
let section: { id: number; slug: string };

beforeAll(async () => {
  editor = await createStaff(db, { role: 'EDITOR', name: 'Leyla Hüseynova' });
  section = await createSection(db, { name: 'Business' });
});

async function draft(headline: string, overrides: Partial<StoryFieldsInput> = {}) {
  const { value } = await createDraft(editor, { fields: fields({ sectionId: section.id, headline, authorIds: [editor.id], ...overrides }) });
  return value;
}

describe('publishing', () => {
  it('publishes now: public path, dateline set once, audit entry, tags to expire', async () => {
    const story = await draft('Markets open higher');
    const now = new Date('2031-05-01T08:00:00Z');
    const published = await publishStory(editor, { id: story.id, version: story.version }, { now });
    expect(published.value).toMatchObject({ status: 'PUBLISHED', version: story.version + 1, publishedAt: now.toISOString() });
    expect(published.expire).toEqual(expect.arrayContaining([cacheTag.story(story.id), cacheTag.storyLists, cacheTag.section(section.id), cacheTag.author(editor.id)]));
    expect(await checkPublicPath(`/${section.slug}/${story.snapshot.slug}`)).toEqual({ kind: 'ok' });

    const unpublished = await unpublishStory(editor, { id: story.id, version: published.value.version });
    expect(unpublished.value.status).toBe('UNPUBLISHED');
    expect(unpublished.expire).toContain(cacheTag.story(story.id));
    expect(await checkPublicPath(`/${section.slug}/${story.snapshot.slug}`)).toEqual({ kind: 'missing' });

    const again = await publishStory(editor, { id: story.id, version: unpublished.value.version }, { now: new Date('2031-05-02T08:00:00Z') });
    const row = await db.article.findUniqueOrThrow({ where: { id: story.id } });
    expect(row.firstPublishedAt).toEqual(now);
    expect(row.publishedAt?.toISOString()).toBe(again.value.publishedAt);
    const actions = await db.auditLog.findMany({ where: { subjectId: String(story.id), action: { in: ['story.publish', 'story.unpublish'] } }, orderBy: { id: 'asc' } });
    expect(actions.map((entry) => [entry.action, entry.actorId])).toEqual([
      ['story.publish', editor.id],
      ['story.unpublish', editor.id],
      ['story.publish', editor.id],
    ]);
  });

  it('refuses to publish while an image lacks alt text, or the standfirst or byline is missing', async () => {
    const undescribed = await createImage(db, { alt: '' });
    const described = await createImage(db, { alt: 'Oil rigs off the coast' });
    const story = await draft('Pictures without words', {
      heroImageId: undescribed.id,
      standfirst: '',
      authorIds: [],
      body: {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'Body.' }] },
          { type: 'figure', attrs: { imageId: undescribed.id, caption: 'A rig' } },
          { type: 'figure', attrs: { imageId: undescribed.id, alt: 'Described here instead' } },
          { type: 'figure', attrs: { imageId: described.id } },
        ],
      },
    });
    const error = await caught(publishStory(editor, { id: story.id, version: story.version }));
    expect(error).toBeInstanceOf(Invalid);
    const problems = (error as Invalid).fieldErrors;
    expect(problems['fields.heroImageId']).toMatch(/hero image has no alt text/);
    expect(problems['fields.body']).toMatch(/An image in the body has no alt text/);
    expect(problems['fields.standfirst']).toMatch(/standfirst/);
    expect(problems['fields.authorIds']).toMatch(/author or a credit line/);
    // One message naming every problem, as sentences that each end once.
    expect((error as Invalid).message).toBe(
      'Not published: Write a standfirst before publishing. Add an author or a credit line. The hero image has no alt text. Describe it in the media library first. An image in the body has no alt text. Add a description to it.',
    );
    expect((await db.article.findUniqueOrThrow({ where: { id: story.id } })).status).toBe('DRAFT');
    // Scheduling checks the same.
    expect(await caught(scheduleStory(editor, { id: story.id, version: story.version, at: new Date(Date.now() + 3_600_000) }))).toBeInstanceOf(Invalid);
  });

  it('refuses to publish with a gallery readers cannot see yet, shown with the story or in its text', async () => {
    const photo = await createImage(db, { alt: 'Tea pickers at dawn' });
    const hidden = await createGallery(db, { createdById: editor.id, imageIds: [photo.id], title: 'Tea harvest', status: 'DRAFT' });
    const story = await draft('A gallery still in draft', {
      galleryId: hidden.id,
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Body.' }] }, { type: 'galleryEmbed', attrs: { galleryId: hidden.id } }] },
    });
    const error = await caught(publishStory(editor, { id: story.id, version: story.version }));
    expect(error).toBeInstanceOf(Invalid);
    expect((error as Invalid).fieldErrors['fields.galleryId']).toBe('The gallery “Tea harvest” is not published yet. Publish it in Galleries first.');
    expect((error as Invalid).fieldErrors['fields.body']).toMatch(/The gallery “Tea harvest” in the text is not published yet/);

    await db.gallery.update({ where: { id: hidden.id }, data: { status: 'PUBLISHED', publishedAt: new Date() } });
    expect((await publishStory(editor, { id: story.id, version: story.version })).value.status).toBe('PUBLISHED');
  });

  it('an update to a published story meets the same rules: no image without alt text goes live', async () => {
    const story = await draft('Updated with a bare image');
    const published = await publishStory(editor, { id: story.id, version: story.version });
    const undescribed = await createImage(db, { alt: '' });
    const update = fields({
      sectionId: section.id,
      headline: 'Updated with a bare image',
      authorIds: [editor.id],
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Body.' }] }, { type: 'figure', attrs: { imageId: undescribed.id } }] },
    });
    const error = await caught(saveStory(editor, { id: story.id, version: published.value.version, fields: update }));
    expect(error).toBeInstanceOf(Invalid);
    expect((error as Invalid).message).toMatch(/^Not updated: An image in the body has no alt text/);
    const row = await db.article.findUniqueOrThrow({ where: { id: story.id } });
    expect(row.version).toBe(published.value.version);
    expect(JSON.stringify(row.body)).not.toContain(`"imageId":${undescribed.id}`);
  });

  it('publishes only from the version the editor saw', async () => {
    const story = await draft('Stale publish');
    await saveStory(editor, { id: story.id, version: story.version, fields: fields({ sectionId: section.id, headline: 'Stale publish, edited', authorIds: [editor.id] }) });
    expect(await caught(publishStory(editor, { id: story.id, version: story.version }))).toBeInstanceOf(Conflict);
  });

  it('schedules for any minute after the current one; unscheduling returns to draft', async () => {
    const story = await draft('Scheduled budget');
    const now = new Date('2026-03-01T10:00:40Z');
    const sameMinute = await caught(scheduleStory(editor, { id: story.id, version: story.version, at: new Date('2026-03-01T10:00:59Z') }, { now }));
    expect((sameMinute as Invalid).message).toMatch(/after the current minute/);
    const past = await caught(scheduleStory(editor, { id: story.id, version: story.version, at: new Date('2026-03-01T09:59:00Z') }, { now }));
    expect(past).toBeInstanceOf(Invalid);
    // Twenty seconds ahead, but the next minute: allowed.
    const scheduled = await scheduleStory(editor, { id: story.id, version: story.version, at: new Date('2026-03-01T10:01:00Z') }, { now });
    expect(scheduled.value.status).toBe('SCHEDULED');
    expect(scheduled.expire).toEqual([]);
    const back = await unscheduleStory(editor, { id: story.id, version: scheduled.value.version });
    expect(back.value).toMatchObject({ status: 'DRAFT', scheduledAt: null });
  });
});

describe('the scheduler', () => {
  it('publishes each due story exactly once, at its minute, as the system', async () => {
    const story = await draft('Goes live by itself');
    const notYet = await draft('Later on');
    const chosenAt = new Date(Date.now() - 5_000);
    // Scheduled a while ago (so the time was then in the future), now due.
    const scheduled = await scheduleStory(editor, { id: story.id, version: story.version, at: chosenAt }, { now: new Date(chosenAt.getTime() - 120_000) });
    await scheduleStory(editor, { id: notYet.id, version: notYet.version, at: new Date(Date.now() + 3_600_000) });

    // Two instances tick at the same moment: one claims, the other finds nothing.
    const [first, second] = await Promise.all([claimDueStories(), claimDueStories()]);
    const claims = [...first.published, ...second.published].filter((claim) => claim.id === story.id || claim.id === notYet.id);
    expect(claims).toEqual([{ id: story.id, scheduledAt: chosenAt }]);
    expect([...first.expire, ...second.expire]).toEqual(expect.arrayContaining([cacheTag.story(story.id), cacheTag.storyLists, cacheTag.section(section.id)]));

    const row = await db.article.findUniqueOrThrow({ where: { id: story.id } });
    expect(row).toMatchObject({ status: 'PUBLISHED', scheduledAt: null, publishedAt: chosenAt, firstPublishedAt: chosenAt, version: scheduled.value.version + 1 });
    const audit = await db.auditLog.findMany({ where: { subjectId: String(story.id), action: 'story.scheduled_publish' } });
    expect(audit.map((entry) => entry.actorId)).toEqual([null]);
    expect((await db.article.findUniqueOrThrow({ where: { id: notYet.id } })).status).toBe('SCHEDULED');
    expect((await claimDueStories()).published.filter((claim) => claim.id === story.id)).toEqual([]);
  });

  it('back on the site, by hand or on schedule, is not an update: the story keeps the time of its last change', async () => {
    const story = await draft('Off and on again');
    const firstAt = new Date(Date.now() - 3_600_000);
    const published = await publishStory(editor, { id: story.id, version: story.version }, { now: firstAt });
    const off = await unpublishStory(editor, { id: story.id, version: published.value.version });
    const again = await publishStory(editor, { id: story.id, version: off.value.version });
    expect(await db.article.findUniqueOrThrow({ where: { id: story.id } })).toMatchObject({ firstPublishedAt: firstAt, updatedAt: firstAt });

    const offAgain = await unpublishStory(editor, { id: story.id, version: again.value.version });
    const dueAt = new Date(Date.now() - 5_000);
    await scheduleStory(editor, { id: story.id, version: offAgain.value.version, at: dueAt }, { now: new Date(dueAt.getTime() - 120_000) });
    await claimDueStories();
    expect(await db.article.findUniqueOrThrow({ where: { id: story.id } })).toMatchObject({ status: 'PUBLISHED', publishedAt: dueAt, firstPublishedAt: firstAt, updatedAt: firstAt });
  });

  it('deleting a scheduled story unschedules it, so restoring never publishes by surprise', async () => {
    const story = await draft('Deleted while scheduled');
    const scheduled = await scheduleStory(editor, { id: story.id, version: story.version, at: new Date(Date.now() + 120_000) });
    const deleted = await deleteStory(editor, { id: story.id, version: scheduled.value.version });
    expect(deleted.value).toMatchObject({ status: 'DRAFT', deleted: true, scheduledAt: null });
    const restored = await restoreStory(editor, { id: story.id, version: deleted.value.version });
    expect(restored.value).toMatchObject({ status: 'DRAFT', deleted: false });
  });

  it('a Contributor cannot delete their own story once it is scheduled: that would unschedule it', async () => {
    const contributor = await createStaff(db, { role: 'CONTRIBUTOR' });
    const { value: own } = await createDraft(contributor, { fields: fields({ sectionId: section.id, headline: 'Contributor copy, scheduled', authorIds: [contributor.id] }) });
    const scheduled = await scheduleStory(editor, { id: own.id, version: own.version, at: new Date(Date.now() + 120_000) });
    expect(await caught(deleteStory(contributor, { id: own.id, version: scheduled.value.version }))).toBeInstanceOf(Forbidden);
    expect((await db.article.findUniqueOrThrow({ where: { id: own.id } })).status).toBe('SCHEDULED');
  });
});

describe('soft delete', () => {
  it('takes a published story off the site and brings it back', async () => {
    const story = await draft('Here, gone, back');
    const published = await publishStory(editor, { id: story.id, version: story.version });
    const path = `/${section.slug}/${story.snapshot.slug}`;
    const deleted = await deleteStory(editor, { id: story.id, version: published.value.version });
    expect(deleted.expire).toContain(cacheTag.story(story.id));
    expect(await checkPublicPath(path)).toEqual({ kind: 'missing' });
    expect(await caught(saveStory(editor, { id: story.id, version: deleted.value.version, fields: fields({ sectionId: section.id }) }))).toMatchObject({ name: 'NotFound' });
    const restored = await restoreStory(editor, { id: story.id, version: deleted.value.version });
    expect(restored.expire).toContain(cacheTag.story(story.id));
    expect(await checkPublicPath(path)).toEqual({ kind: 'ok' });
    expect(await db.auditLog.count({ where: { subjectId: String(story.id), action: { in: ['story.delete', 'story.restore'] } } })).toBe(2);
  });
});

describe('soft delete and readiness', () => {
  it('restores a published story only while it is still ready: alt text removed meanwhile is named', async () => {
    const image = await createImage(db, { alt: 'Ferry at the terminal' });
    const story = await draft('Back with a bare picture', { heroImageId: image.id });
    const published = await publishStory(editor, { id: story.id, version: story.version });
    const deleted = await deleteStory(editor, { id: story.id, version: published.value.version });
    await db.image.update({ where: { id: image.id }, data: { alt: '' } });

    const refused = await caught(restoreStory(editor, { id: story.id, version: deleted.value.version }));
    expect((refused as Invalid).message).toMatch(/^Not restored: The hero image has no alt text/);
    expect((await db.article.findUniqueOrThrow({ where: { id: story.id } })).deletedAt).not.toBeNull();

    await db.image.update({ where: { id: image.id }, data: { alt: 'Ferry at the terminal' } });
    const restored = await restoreStory(editor, { id: story.id, version: deleted.value.version });
    expect(restored.value).toMatchObject({ status: 'PUBLISHED', deleted: false });
  });
});

describe('review', () => {
  it('submits for review and keeps the comment thread', async () => {
    const contributor = await createStaff(db, { role: 'CONTRIBUTOR', name: 'Nigar Quliyeva' });
    const { value: story } = await createDraft(contributor, { fields: fields({ sectionId: section.id, headline: 'First piece', authorIds: [contributor.id] }) });
    const submitted = await submitForReview(contributor, { id: story.id, version: story.version });
    expect(submitted.value.status).toBe('IN_REVIEW');
    await addComment(editor, { articleId: story.id, body: 'Check the second quote.' });
    await addComment(contributor, { articleId: story.id, body: 'Done.' });
    const thread = await listComments(contributor, story.id);
    expect(thread.map((comment) => [comment.author, comment.body])).toEqual([
      ['Leyla Hüseynova', 'Check the second quote.'],
      ['Nigar Quliyeva', 'Done.'],
    ]);
  });

  it('takes a story out of review: its writer withdraws it, or an editor sends it back, and anyone else is refused', async () => {
    const contributor = await createStaff(db, { role: 'CONTRIBUTOR', name: 'Rəşad Babayev' });
    const other = await createStaff(db, { role: 'AUTHOR', name: 'Other Author' });
    const { value: story } = await createDraft(contributor, { fields: fields({ sectionId: section.id, headline: 'Second piece', authorIds: [contributor.id] }) });
    const submitted = await submitForReview(contributor, { id: story.id, version: story.version });
    expect(await caught(returnToDraft(other, { id: story.id, version: submitted.value.version }))).toBeInstanceOf(Forbidden);
    const sentBack = await returnToDraft(editor, { id: story.id, version: submitted.value.version });
    expect(sentBack.value.status).toBe('DRAFT');
    expect((await db.article.findUniqueOrThrow({ where: { id: story.id } })).submittedAt).toBeNull();
    expect(await caught(returnToDraft(editor, { id: story.id, version: sentBack.value.version }))).toBeInstanceOf(Invalid);
    const again = await submitForReview(contributor, { id: story.id, version: sentBack.value.version });
    const withdrawn = await returnToDraft(contributor, { id: story.id, version: again.value.version });
    expect(withdrawn.value.status).toBe('DRAFT');
    const actions = await db.auditLog.findMany({ where: { subjectId: String(story.id), action: 'story.return_to_draft' }, orderBy: { id: 'asc' }, select: { actorId: true } });
    expect(actions.map((entry) => entry.actorId)).toEqual([editor.id, contributor.id]);
  });
});

describe('revisions', () => {
  it('lists, compares word by word and restores an old revision as a new one', async () => {
    const story = await draft('Original headline', { standfirst: 'The original standfirst.' });
    const second = await saveStory(editor, {
      id: story.id,
      version: story.version,
      fields: fields({ sectionId: section.id, headline: 'Rewritten headline', standfirst: 'The original standfirst.', slug: story.snapshot.slug, authorIds: [editor.id], seoTitle: 'SEO' }),
    });
    const list = await listRevisions(editor, story.id);
    expect(list.map((revision) => [revision.version, revision.editor, revision.origin])).toEqual([
      [2, 'Leyla Hüseynova', 'save'],
      [1, 'Leyla Hüseynova', 'create'],
    ]);

    const diff = await diffRevisions(editor, story.id, 1, 2);
    expect(diff.headline.filter((part) => part.removed).map((part) => part.value.trim())).toEqual(['Original']);
    expect(diff.headline.filter((part) => part.added).map((part) => part.value.trim())).toEqual(['Rewritten']);
    expect(diff.standfirst.every((part) => !part.added && !part.removed)).toBe(true);
    expect(diff.otherChanges).toEqual(['SEO title']);
    expect(diff.fieldChanges).toEqual([{ label: 'SEO title', before: '', after: 'SEO' }]);

    // Section, tags, authors, marker and flags read by name: what an editor compares, not ids.
    const business = await createSection(db, { name: 'Business desk' });
    const tag = await db.tag.create({ data: { name: 'Ports and ferries', slug: `ports-${Date.now()}` } });
    const colleague = await createStaff(db, { role: 'AUTHOR', name: 'Kamran Əliyev' });
    const third = await saveStory(editor, {
      id: story.id,
      version: second.value.version,
      fields: fields({ sectionId: business.id, headline: 'Rewritten headline', standfirst: 'The original standfirst.', slug: story.snapshot.slug, authorIds: [editor.id, colleague.id], tagIds: [tag.id], mediaMarker: 'PHOTO', noindex: true, seoTitle: 'SEO' }),
    });
    const named = await diffRevisions(editor, story.id, 2, 3);
    expect(named.fieldChanges).toEqual([
      { label: 'Section', before: expect.any(String), after: 'Business desk' },
      { label: 'Media marker', before: '', after: 'Photo' },
      { label: 'Authors', before: 'Leyla Hüseynova', after: 'Leyla Hüseynova, Kamran Əliyev' },
      { label: 'Tags', before: '', after: 'Ports and ferries' },
      { label: 'Hidden from search engines', before: 'No', after: 'Yes' },
    ]);
    expect(named.fieldChanges[0].before).not.toMatch(/#/);
    // Revision 2 was filed in the first section, so restoring it would move the story back there.
    expect(named.addresses).toEqual({ from: `/${section.slug}/${story.snapshot.slug}`, to: `/${business.slug}/${story.snapshot.slug}`, current: `/${business.slug}/${story.snapshot.slug}` });
    const restored = await restoreRevision(editor, { id: story.id, version: third.value.version, revision: 1 });
    expect(restored.value.version).toBe(4);
    expect(restored.value.snapshot.headline).toBe('Original headline');
    const after = await listRevisions(editor, story.id);
    expect(after[0]).toMatchObject({ version: 4, origin: 'restore', restoredFrom: 1 });
    expect(after).toHaveLength(4);
    expect((await db.article.findUniqueOrThrow({ where: { id: story.id } })).headline).toBe('Original headline');
  });

  it('names what the word-by-word comparison cannot show: pictures, galleries and links added alongside new words', async () => {
    const story = await draft('Pictures and words');
    const text = (value: string, href?: string) => ({ type: 'text' as const, text: value, ...(href ? { marks: [{ type: 'link' as const, attrs: { href } }] } : {}) });
    const before = { ...story.snapshot, body: { type: 'doc' as const, content: [{ type: 'paragraph' as const, content: [text('Words here')] }] } };
    const after = {
      ...before,
      body: { type: 'doc' as const, content: [...before.body.content, { type: 'paragraph' as const, content: [text('More words', 'https://example.org/')] }, { type: 'galleryEmbed' as const, attrs: { galleryId: 1 } }] },
    };
    expect(compareSnapshots(before, after).otherChanges).toEqual(['Galleries in the body', 'Links in the body']);
    // The same words as a subhead: only the formatting changed.
    const subhead = { ...before, body: { type: 'doc' as const, content: [{ type: 'heading' as const, attrs: { level: 2 as const }, content: [text('Words here')] }] } };
    expect(compareSnapshots(before, subhead).otherChanges).toEqual(['Body formatting']);
  });

  it('restores a revision that recorded only headline, standfirst and body (as the demo seed writes them)', async () => {
    const story = await draft('Seeded story');
    await db.revision.create({
      data: { articleId: story.id, version: 50, editorId: editor.id, snapshot: { headline: 'From the seed', standfirst: 'Seed standfirst', body: { type: 'doc', content: [] } } },
    });
    const restored = await restoreRevision(editor, { id: story.id, version: story.version, revision: 50 });
    expect(restored.value.snapshot).toMatchObject({ headline: 'From the seed', sectionId: section.id, authorIds: [editor.id], slug: story.snapshot.slug });
  });

  it('restores a revision whose image, gallery and section were deleted since, leaving them out', async () => {
    const image = await createImage(db, { alt: 'A picture deleted later' });
    const kept = await createImage(db, { alt: 'A picture still in the library' });
    const gallery = await createGallery(db, { createdById: editor.id, imageIds: [kept.id], title: 'A gallery deleted later' });
    const gone = await createSection(db, { name: 'Section deleted later' });
    const paragraph = { type: 'paragraph' as const, content: [{ type: 'text' as const, text: 'Kept words.' }] };
    const story = await draft('Things that vanish', {
      sectionId: gone.id,
      heroImageId: image.id,
      galleryId: gallery.id,
      body: {
        type: 'doc',
        content: [
          paragraph,
          { type: 'figure', attrs: { imageId: image.id } },
          { type: 'figure', attrs: { imageId: kept.id } },
          { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'galleryEmbed', attrs: { galleryId: gallery.id } }] }] },
          { type: 'blockquote', content: [{ type: 'figure', attrs: { imageId: image.id } }] },
        ],
      },
    });
    const moved = await saveStory(editor, { id: story.id, version: story.version, fields: fields({ sectionId: section.id, headline: 'Things that vanish', slug: story.snapshot.slug, authorIds: [editor.id] }) });
    await db.image.delete({ where: { id: image.id } });
    await db.gallery.delete({ where: { id: gallery.id } });
    await db.section.delete({ where: { id: gone.id } });

    const restored = await restoreRevision(editor, { id: story.id, version: moved.value.version, revision: story.version });
    expect(restored.value.snapshot).toMatchObject({ sectionId: section.id, heroImageId: null, galleryId: null });
    expect(restored.value.snapshot.body.content).toMatchObject([
      paragraph,
      { type: 'figure', attrs: { imageId: kept.id } },
      { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] },
    ]);
  });
});
