import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ConfirmActionButton } from '@/components/admin/forms/ConfirmActionButton.client';
import { PageHeader } from '@/components/admin/shell/PageHeader';
import { SectionForm } from '@/components/admin/taxonomy/SectionForm.client';
import { NotFound } from '@/lib/auth/authorize';
import { requireStaffFor } from '@/lib/auth/page';
import { getSectionForManagement } from '@/lib/taxonomy/sections';
import { rowIdFrom } from '@/lib/db/row-id';
import { deleteSectionAction, updateSectionAction } from '../actions';

export const metadata: Metadata = { title: 'Section' };

export default async function SectionPage({ params }: PageProps<'/admin/sections/[id]'>) {
  const actor = await requireStaffFor('/admin/sections');
  const { id } = await params;
  const sectionId = rowIdFrom(id);
  if (sectionId === null) notFound();
  const section = await getSectionForManagement(actor, sectionId).catch((error: unknown) => {
    if (error instanceof NotFound) notFound();
    throw error;
  });
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/sections" className="underline underline-offset-2">
          ← Sections
        </Link>
      </p>
      <PageHeader title={section.name} description={`/${section.slug} · ${section.publishedCount} published · ${section.storyCount} in all`} />
      <SectionForm
        action={updateSectionAction}
        section={{
          id: section.id,
          name: section.name,
          slug: section.slug,
          description: section.description,
          updatedAt: section.updatedAt.toISOString(),
          publishedCount: section.publishedCount,
        }}
      />
      <section aria-label="Delete" className="mt-10 max-w-lg border-t border-neutral-300 pt-5">
        <h2 className="text-lg font-semibold">
          Delete
        </h2>
        {section.storyCount === 0 ? (
          <>
            <p className="mb-3 mt-1 text-sm text-neutral-700">No story is filed here, so the section can go.</p>
            <ConfirmActionButton
              action={deleteSectionAction}
              fields={{ id: section.id }}
              label="Delete section"
              variant="danger"
              confirm={<p>Delete “{section.name}”? It disappears from the navigation.</p>}
            />
          </>
        ) : (
          <p className="mt-1 text-sm text-neutral-700">
            Only an empty section can be deleted. {section.storyCount === 1 ? 'One story is' : `${section.storyCount} stories are`} filed here
            (deleted ones count: they can be restored). Move them to another section first.
          </p>
        )}
      </section>
    </>
  );
}
