import type { StoryPreview } from '@/lib/editorial/preview';

/** The strip above a preview saying what it shows and whether readers see it. */
export function PreviewNote({ source, readersSeeIt, deleted }: Pick<StoryPreview, 'source' | 'readersSeeIt' | 'deleted'>) {
  const what = source.kind === 'revision' ? `Preview of revision ${source.version}` : source.kind === 'held' ? 'Preview of your changes' : 'Preview';
  const seen = deleted
    ? 'the story is deleted, so readers cannot see it.'
    : readersSeeIt
      ? 'readers see this version.'
      : source.kind === 'held'
        ? 'readers see them once you press Update.'
        : 'readers cannot see this.';
  return (
    <div role="region" aria-label="Preview" className="bg-amber-100 px-4 py-2 text-center text-sm text-neutral-900">
      <p role="note">
        {what}: {seen}
      </p>
    </div>
  );
}
