import { describe, expect, it } from 'vitest';
import { tagChangesNotice, withTagChanges } from './tag-changes';

const football = { id: 1, name: 'Football' };
const soccer = { id: 2, name: 'Soccer' };
const baku = { id: 3, name: 'Baku' };
const trams = { id: 4, name: 'Trams' };

describe('withTagChanges', () => {
  it('puts the tag a merged one went into in its place, and drops deleted ones', () => {
    const saved = { mergedTags: [{ fromId: football.id, into: soccer }], droppedTagIds: [trams.id] };
    expect(withTagChanges([football, baku, trams], saved)).toEqual([soccer, baku]);
  });

  it('keeps a tag once when the story already had the one merged into', () => {
    const saved = { mergedTags: [{ fromId: football.id, into: soccer }], droppedTagIds: [] };
    expect(withTagChanges([soccer, football, baku], saved)).toEqual([soccer, baku]);
  });
});

describe('tagChangesNotice', () => {
  it('names what each merged tag became and which were deleted', () => {
    const saved = { mergedTags: [{ fromId: football.id, into: soccer }], droppedTagIds: [trams.id, baku.id] };
    expect(tagChangesNotice([football, baku, trams], saved)).toBe(
      'An editor merged the tag “Football” into “Soccer” while you wrote: the story is tagged “Soccer” now. ' +
        'An editor deleted the tags “Baku”, “Trams” while you wrote, so they are no longer on this story.',
    );
  });

  it('says nothing when no tag changed', () => {
    expect(tagChangesNotice([football], { mergedTags: [], droppedTagIds: [] })).toBeNull();
  });
});
