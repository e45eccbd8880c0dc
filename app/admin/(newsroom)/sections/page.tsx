import type { Metadata } from 'next';
import { FlashMessage } from '@/components/admin/shell/FlashMessage';
import { PageHeader } from '@/components/admin/shell/PageHeader';
import { SectionForm } from '@/components/admin/taxonomy/SectionForm.client';
import { SectionOrder } from '@/components/admin/taxonomy/SectionOrder.client';
import { requireStaffFor } from '@/lib/auth/page';
import { listSectionsForManagement } from '@/lib/taxonomy/sections';
import { createSectionAction, reorderSectionsAction } from './actions';

export const metadata: Metadata = { title: 'Sections' };

export default async function SectionsPage({ searchParams }: PageProps<'/admin/sections'>) {
  const actor = await requireStaffFor('/admin/sections');
  const [sections, query] = await Promise.all([listSectionsForManagement(actor), searchParams]);
  return (
    <>
      <PageHeader title="Sections" description="The parts of the paper, in the order readers see them." />
      {query.deleted && <FlashMessage>The section was deleted.</FlashMessage>}
      <div className="grid gap-10 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <section aria-label="Order">
          <h2 className="mb-2 text-lg font-semibold">
            Order
          </h2>
          {sections.length ? (
            <SectionOrder
              sections={sections.map(({ id, name, slug, storyCount, publishedCount }) => ({ id, name, slug, storyCount, publishedCount }))}
              action={reorderSectionsAction}
            />
          ) : (
            <p className="text-neutral-700">No sections yet. Create the first one.</p>
          )}
        </section>
        <section aria-label="New section">
          <h2 className="mb-4 text-lg font-semibold">
            New section
          </h2>
          <SectionForm action={createSectionAction} />
        </section>
      </div>
    </>
  );
}
