import type { Metadata } from 'next';
import { buttonClass } from '@/components/admin/forms/button-class';
import { FlashMessage } from '@/components/admin/shell/FlashMessage';
import { NotPermitted } from '@/components/admin/shell/NotPermitted';
import { PageHeader } from '@/components/admin/shell/PageHeader';
import { Pagination } from '@/components/admin/shell/Pagination';
import { TagTable } from '@/components/admin/taxonomy/TagTable';
import { requireStaff } from '@/lib/auth/page';
import { can } from '@/lib/auth/permissions';
import { listTagsForManagement, tagListFilters } from '@/lib/taxonomy/tags';

export const metadata: Metadata = { title: 'Tags' };

export default async function TagsPage({ searchParams }: PageProps<'/admin/tags'>) {
  const actor = await requireStaff();
  if (!can(actor, 'manageTaxonomy')) return <NotPermitted what="managing tags" />;
  const query = await searchParams;
  const filters = tagListFilters.parse(query);
  const list = await listTagsForManagement(actor, filters);
  const deleted = typeof query.deleted === 'string' ? query.deleted : undefined;
  const href = (page: number) => `/admin/tags?${new URLSearchParams({ ...(filters.q ? { q: filters.q } : {}), page: String(page) })}`;
  return (
    <>
      <PageHeader title="Tags" description={`${list.total} ${list.total === 1 ? 'tag' : 'tags'}. Open one to rename, merge or delete it.`} />
      {deleted && <FlashMessage>The tag “{deleted}” was deleted.</FlashMessage>}
      <form method="get" role="search" aria-label="Find tags" className="mb-6 flex flex-wrap items-end gap-3">
        <label className="block text-sm font-semibold">
          Name
          <input
            name="q"
            type="search"
            defaultValue={filters.q ?? ''}
            className="mt-1 block w-64 rounded-sm border border-neutral-400 bg-white px-3 py-2 text-sm font-normal outline-none focus-visible:ring-2 focus-visible:ring-blue-700"
          />
        </label>
        <button type="submit" className={buttonClass('secondary')}>
          Find
        </button>
      </form>
      <TagTable tags={list.tags} filtered={Boolean(filters.q)} />
      <Pagination page={list.page} pageCount={list.pageCount} href={href} label="Tag pages" />
    </>
  );
}
