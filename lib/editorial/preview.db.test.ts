import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../db/client';
import { createStaff, type TestStaff } from '../testing/actors';
import { createSection, paragraphs } from '../testing/newsroom';
import { autosaveStory } from './autosave';
import { buildPreview } from './preview';
import { createDraft } from './save';
import { fields } from './testing';
import { publishStory } from './workflow';

let editor: TestStaff;
let colleague: TestStaff;
let section: { id: number; slug: string };

beforeAll(async () => {
  editor = await createStaff(db, { role: 'EDITOR', name: 'Səbinə Əliyeva' });
  colleague = await createStaff(db, { role: 'EDITOR', name: 'Orxan Məmmədov' });
  section = await createSection(db, { name: 'Culture' });
});

describe('preview', () => {
  it('shows a live story’s held changes to the one making them, and the published text to everyone else', async () => {
    const { value: story } = await createDraft(editor, { fields: fields({ sectionId: section.id, headline: 'Jazz festival opens', authorIds: [editor.id] }) });
    const published = await publishStory(editor, { id: story.id, version: story.version });
    await autosaveStory(editor, {
      id: story.id,
      version: published.value.version,
      fields: fields({
        sectionId: section.id,
        headline: 'Jazz festival opens to crowds',
        authorIds: [editor.id],
        body: paragraphs('Queues stretched round the block.'),
        newTags: ['Jazz'],
      }),
    });

    const mine = await buildPreview(editor, story.id, null);
    expect(mine.source).toEqual({ kind: 'held' });
    expect(mine.article.headline).toBe('Jazz festival opens to crowds');
    expect(mine.article.tags).toEqual([{ name: 'Jazz', path: '/tag/jazz' }]);
    expect(mine).toMatchObject({ sectionId: section.id, tagIds: [] });

    const theirs = await buildPreview(colleague, story.id, null);
    expect(theirs.source).toEqual({ kind: 'saved' });
    expect(theirs.article.headline).toBe('Jazz festival opens');

    // A revision asked for by number is that revision, held changes or not.
    const revision = await buildPreview(editor, story.id, story.version);
    expect(revision.source).toEqual({ kind: 'revision', version: story.version });
    expect(revision.article.headline).toBe('Jazz festival opens');
  });
});
