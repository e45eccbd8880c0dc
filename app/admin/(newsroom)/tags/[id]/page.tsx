import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ConfirmActionButton } from '@/components/admin/forms/ConfirmActionButton.client';
import { FlashMessage } from '@/components/admin/shell/FlashMessage';
import { PageHeader } from '@/components/admin/shell/PageHeader';
import { TagMergeForm } from '@/components/admin/taxonomy/TagMergeForm.client';
import { TagRenameForm } from '@/components/admin/taxonomy/TagRenameForm.client';
import { NotFound } from '@/lib/auth/authorize';
import { requireStaffFor } from '@/lib/auth/page';
import { getTagForManagement, mergeTargets } from '@/lib/taxonomy/tags';
import { rowIdFrom } from '@/lib/db/row-id';
import { deleteTagAction, mergeTagAction, renameTagAction } from '../actions';

export const metadata: Metadata = { title: 'Tag' };

export default async function TagPage({ params, searchParams }: PageProps<'/admin/tags/[id]'>) {
  const actor = await requireStaffFor('/admin/tags');
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const tagId = rowIdFrom(id);
  if (tagId === null) notFound();
  const [tag, targets] = await Promise.all([
    getTagForManagement(actor, tagId).catch((error: unknown) => {
      if (error instanceof NotFound) notFound();
      throw error;
    }),
    mergeTargets(actor, tagId),
  ]);
  const merged = typeof query.merged === 'string' ? Number(query.merged) : undefined;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/tags" className="underline underline-offset-2">
          ← Tags
        </Link>
      </p>
      <PageHeader title={tag.name} description={`/tag/${tag.slug} · ${tag.storyCount} ${tag.storyCount === 1 ? 'story' : 'stories'}`} />
      {merged !== undefined && Number.isFinite(merged) && (
        <FlashMessage>
          Merged: {merged === 1 ? 'one story' : `${merged} stories`} from the other tag now {merged === 1 ? 'has' : 'have'} this one.
        </FlashMessage>
      )}
      <div className="max-w-lg space-y-10">
        <TagRenameForm action={renameTagAction} tag={tag} />
        <section aria-label="Merge" className="border-t border-neutral-300 pt-5">
          <h2 className="mb-3 text-lg font-semibold">
            Merge into another tag
          </h2>
          <TagMergeForm action={mergeTagAction} tag={tag} targets={targets} />
        </section>
        <section aria-label="Delete" className="border-t border-neutral-300 pt-5">
          <h2 className="text-lg font-semibold">
            Delete
          </h2>
          <p className="mb-3 mt-1 text-sm text-neutral-700">
            Removes the tag from {tag.storyCount === 1 ? 'its one story' : `all ${tag.storyCount} stories`}; the stories themselves stay.
          </p>
          <ConfirmActionButton
            action={deleteTagAction}
            fields={{ id: tag.id }}
            label="Delete tag"
            variant="danger"
            confirm={<p>Delete “{tag.name}” and take it off {tag.storyCount === 1 ? 'one story' : `${tag.storyCount} stories`}?</p>}
          />
        </section>
      </div>
    </>
  );
}
