import type { Metadata } from 'next';
import { AuditFilters } from '@/components/admin/audit/AuditFilters.client';
import { AuditPagination } from '@/components/admin/audit/AuditPagination';
import { AuditTable } from '@/components/admin/audit/AuditTable';
import { PageHeader } from '@/components/admin/shell/PageHeader';
import { auditFilterOptions, auditFilters, listAuditEntries } from '@/lib/audit/log';
import { requireStaffFor } from '@/lib/auth/page';
import { getSiteSettings } from '@/lib/content/settings';

export const metadata: Metadata = { title: 'Audit log' };

export default async function AuditPage({ searchParams }: PageProps<'/admin/audit'>) {
  const actor = await requireStaffFor('/admin/audit');
  const filters = auditFilters.parse(await searchParams);
  const { timeZone } = await getSiteSettings();
  const [page, options] = await Promise.all([listAuditEntries(actor, filters, timeZone), auditFilterOptions(actor)]);
  const link = (cursor: { before?: number; after?: number }) => {
    const { before: _before, after: _after, ...rest } = filters;
    const query = new URLSearchParams(Object.entries({ ...rest, ...cursor }).flatMap(([key, value]) => (value === undefined ? [] : [[key, String(value)]])));
    return `/admin/audit?${query}`;
  };
  return (
    <>
      <PageHeader title="Audit log" description="Who did what, and when: publishing, people, structure and settings." />
      <AuditFilters filters={filters} options={options} timeZone={timeZone} />
      <AuditTable rows={page.rows} timeZone={timeZone} />
      <AuditPagination newer={page.newer} older={page.older} link={link} />
    </>
  );
}
