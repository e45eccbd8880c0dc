import type { StoryPreview } from '@/lib/editorial/preview';

/** The strip above a preview saying what it shows and whether readers see it. */
export function PreviewNote({ source, status }: Pick<StoryPreview, 'source' | 'status'>) {
  const text =
    source.kind === 'revision'
      ? `Preview of revision ${source.version}: readers cannot see this.`
      : source.kind === 'held'
        ? 'Preview of your changes: readers see them once you press Update.'
        : status === 'PUBLISHED'
          ? 'Preview: readers see this version.'
          : 'Preview: readers cannot see this.';
  return (
    <div role="region" aria-label="Preview" className="bg-amber-100 px-4 py-2 text-center text-sm text-neutral-900">
      <p role="note">{text}</p>
    </div>
  );
}
