import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../db/client';
import { addComment } from '../editorial/comments';
import { createDraft, saveStory } from '../editorial/save';
import { fields } from '../editorial/testing';
import { publishStory, returnToDraft, submitForReview } from '../editorial/workflow';
import { createStaff, type TestStaff } from '../testing/actors';
import { createSection } from '../testing/newsroom';
import { ACTIVITY_DAYS, ACTIVITY_SHOWN, getActivityOnMyStories } from './activity';

let writer: TestStaff;
let colleague: TestStaff;
let editor: TestStaff;
let sectionId: number;

beforeAll(async () => {
  writer = await createStaff(db, { role: 'AUTHOR', name: 'Aynur Əliyeva' });
  colleague = await createStaff(db, { role: 'AUTHOR', name: 'Kamran Vəliyev' });
  editor = await createStaff(db, { role: 'EDITOR', name: 'Leyla Hüseynova' });
  sectionId = (await createSection(db, { name: 'Activity' })).id;
});

async function draftBy(person: TestStaff, headline: string, authorIds = [person.id]) {
  return (await createDraft(person, { fields: fields({ sectionId, headline, authorIds }) })).value;
}

describe('what colleagues did to my stories', () => {
  it('tells the writer, newest first, of an editor’s comment, sending back and publishing, but not of their own steps', async () => {
    const story = await draftBy(writer, 'Harbour reopens');
    let { version } = (await submitForReview(writer, { id: story.id, version: story.version })).value;
    await addComment(editor, { articleId: story.id, body: 'Check the date of the reopening.' });
    ({ version } = (await returnToDraft(editor, { id: story.id, version })).value);
    ({ version } = (await publishStory(editor, { id: story.id, version })).value);

    const activity = (await getActivityOnMyStories(writer)).filter((item) => item.storyId === story.id);
    expect(activity.map((item) => [item.who, item.what, item.quote])).toEqual([
      ['Leyla Hüseynova', 'published “Harbour reopens”', null],
      ['Leyla Hüseynova', 'returned “Harbour reopens” from review to draft', null],
      ['Leyla Hüseynova', 'commented on “Harbour reopens”', 'Check the date of the reopening.'],
    ]);
  });

  it('tells everyone in the byline, and tells an editor’s many saves once, leaving room for the rest', async () => {
    const story = await draftBy(writer, 'Two bylines', [writer.id, colleague.id]);
    let { version } = (await publishStory(writer, { id: story.id, version: story.version })).value;
    for (let fix = 1; fix <= ACTIVITY_SHOWN + 2; fix++) {
      const standfirst = `Fix number ${fix}.`;
      ({ version } = (await saveStory(editor, { id: story.id, version, fields: fields({ sectionId, headline: 'Two bylines', standfirst, authorIds: [writer.id, colleague.id] }) })).value);
    }
    const told = (await getActivityOnMyStories(colleague)).filter((item) => item.storyId === story.id);
    expect(told.map((item) => [item.who, item.what])).toEqual([
      ['Leyla Hüseynova', 'saved changes to “Two bylines”'],
      ['Aynur Əliyeva', 'published “Two bylines”'],
    ]);
    // What one did oneself is no news: the writer hears of the editor's saves, not of their own publishing.
    expect((await getActivityOnMyStories(writer)).filter((item) => item.storyId === story.id).map((item) => item.who)).toEqual(['Leyla Hüseynova']);
    // Someone else's story is not theirs to hear about.
    const other = await draftBy(editor, 'Not theirs');
    await publishStory(editor, { id: other.id, version: other.version });
    expect((await getActivityOnMyStories(colleague)).some((item) => item.storyId === other.id)).toBe(false);
  });

  it(`forgets what happened more than ${ACTIVITY_DAYS} days ago`, async () => {
    const story = await draftBy(writer, 'Old news');
    await publishStory(editor, { id: story.id, version: story.version });
    const days = (count: number) => new Date(Date.now() + count * 86_400_000);
    expect((await getActivityOnMyStories(writer, days(ACTIVITY_DAYS - 1))).some((item) => item.storyId === story.id)).toBe(true);
    expect((await getActivityOnMyStories(writer, days(ACTIVITY_DAYS + 1))).some((item) => item.storyId === story.id)).toBe(false);
  });
});
