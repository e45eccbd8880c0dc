import type { TagOption } from '@/lib/editorial/queries';
import type { SavedStory } from '@/lib/editorial/save';

/**
 * Tags an Editor merged or deleted while a story was open in the editor. The save has already
 * filed the story under the tags each merged one went into and left the deleted ones off
 * (lib/editorial/references.ts); these bring the editor's chips and the writer up to date.
 */
type TagChanges = Pick<SavedStory, 'mergedTags' | 'droppedTagIds'>;

/** The editor's tags after the save: each merged one replaced by its tag (once), deleted ones gone. */
export function withTagChanges(tags: TagOption[], saved: TagChanges): TagOption[] {
  const result: TagOption[] = [];
  for (const tag of tags) {
    if (saved.droppedTagIds.includes(tag.id)) continue;
    const next = saved.mergedTags.find((merged) => merged.fromId === tag.id)?.into ?? tag;
    if (!result.some((kept) => kept.id === next.id)) result.push({ id: next.id, name: next.name });
  }
  return result;
}

/** What to tell the writer about the tags that changed under them, or null when none did. */
export function tagChangesNotice(tags: TagOption[], saved: TagChanges): string | null {
  const sentences: string[] = [];
  for (const tag of tags) {
    const into = saved.mergedTags.find((merged) => merged.fromId === tag.id)?.into;
    if (into) sentences.push(`An editor merged the tag “${tag.name}” into “${into.name}” while you wrote: the story is tagged “${into.name}” now.`);
  }
  const deleted = tags.filter((tag) => saved.droppedTagIds.includes(tag.id)).map((tag) => `“${tag.name}”`);
  if (deleted.length === 1) sentences.push(`An editor deleted the tag ${deleted[0]} while you wrote, so it is no longer on this story.`);
  if (deleted.length > 1) sentences.push(`An editor deleted the tags ${deleted.join(', ')} while you wrote, so they are no longer on this story.`);
  return sentences.length ? sentences.join(' ') : null;
}
