import type { Metadata } from 'next';
import { FlashMessage } from '@/components/admin/shell/FlashMessage';
import { PageHeader } from '@/components/admin/shell/PageHeader';
import { Pagination } from '@/components/admin/shell/Pagination';
import { TagSearch } from '@/components/admin/taxonomy/TagSearch.client';
import { TagTable } from '@/components/admin/taxonomy/TagTable';
import { requireStaffFor } from '@/lib/auth/page';
import { listTagsForManagement, tagListFilters } from '@/lib/taxonomy/tags';

export const metadata: Metadata = { title: 'Tags' };

export default async function TagsPage({ searchParams }: PageProps<'/admin/tags'>) {
  const actor = await requireStaffFor('/admin/tags');
  const query = await searchParams;
  const filters = tagListFilters.parse(query);
  const list = await listTagsForManagement(actor, filters);
  const deleted = typeof query.deleted === 'string' ? query.deleted : undefined;
  const href = (page: number) => `/admin/tags?${new URLSearchParams({ ...(filters.q ? { q: filters.q } : {}), page: String(page) })}`;
  return (
    <>
      <PageHeader title="Tags" description={`${list.total} ${list.total === 1 ? 'tag' : 'tags'}. Open one to rename, merge or delete it.`} />
      {deleted && <FlashMessage>The tag “{deleted}” was deleted.</FlashMessage>}
      <TagSearch query={filters.q} />
      <TagTable tags={list.tags} filtered={Boolean(filters.q)} />
      <Pagination page={list.page} pageCount={list.pageCount} href={href} label="Tag pages" />
    </>
  );
}
