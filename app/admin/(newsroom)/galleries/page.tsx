import type { Metadata } from 'next';
import Link from 'next/link';
import { buttonClass } from '@/components/admin/forms/button-class';
import { GalleryTable, type GalleryListView } from '@/components/admin/galleries/GalleryTable';
import { PageHeader } from '@/components/admin/shell/PageHeader';
import { requireStaffFor } from '@/lib/auth/page';
import { getSiteSettings } from '@/lib/content/settings';
import { NEW_GALLERY_PATH } from '@/lib/galleries/admin-paths';
import { listGalleries } from '@/lib/galleries/queries';

export const metadata: Metadata = { title: 'Galleries' };

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';
const STATUSES = { draft: 'DRAFT', published: 'PUBLISHED' } as const;

export default async function GalleriesPage({ searchParams }: PageProps<'/admin/galleries'>) {
  const actor = await requireStaffFor('/admin/galleries');
  const params = await searchParams;
  const status = one(params.status);
  const view: GalleryListView = {
    query: one(params.q).slice(0, 200),
    status: status === 'draft' || status === 'published' ? STATUSES[status] : 'all',
    page: Math.max(1, Math.min(10_000, Math.floor(Number(one(params.page))) || 1)),
  };
  const deleted = one(params.deleted).slice(0, 200);
  const [list, settings] = await Promise.all([listGalleries(actor, view), getSiteSettings()]);
  return (
    <>
      <PageHeader
        title="Galleries"
        description="Photo galleries for the site and for stories. A gallery goes public when it is published."
        actions={
          <Link href={NEW_GALLERY_PATH} className={buttonClass('primary')}>
            New gallery
          </Link>
        }
      />
      {deleted && (
        <p role="status" className="mb-5 rounded-sm border-l-4 border-green-800 bg-green-50 px-4 py-3 text-sm text-green-900">
          Deleted the gallery “{deleted}”. Its photos are still in the media library.
        </p>
      )}
      <GalleryTable view={view} list={list} timeZone={settings.timeZone} />
    </>
  );
}
