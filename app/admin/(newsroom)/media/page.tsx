import type { Metadata } from 'next';
import { LibraryUploader } from '@/components/admin/media/LibraryUploader.client';
import type { LibraryView } from '@/components/admin/media/library-links';
import { MediaLibrary } from '@/components/admin/media/MediaLibrary';
import { PageHeader } from '@/components/admin/shell/PageHeader';
import { NotFound } from '@/lib/auth/guard';
import { requireStaff } from '@/lib/auth/page';
import { can, type Actor } from '@/lib/auth/permissions';
import { getSiteSettings } from '@/lib/content/settings';
import { getImage, imageUsage, listImages } from '@/lib/media/library';

export const metadata: Metadata = { title: 'Media library' };

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';

export default async function MediaPage({ searchParams }: PageProps<'/admin/media'>) {
  const actor = await requireStaff();
  const params = await searchParams;
  const requested = Number(one(params.image));
  const view: LibraryView = {
    query: one(params.q).slice(0, 200),
    page: Math.max(1, Math.min(10_000, Math.floor(Number(one(params.page))) || 1)),
    missingAlt: one(params.missing) === '1',
    mine: one(params.mine) === '1',
    image: Number.isSafeInteger(requested) && requested > 0 ? requested : null,
  };

  const [list, open, settings] = await Promise.all([
    listImages(actor, { query: view.query, page: view.page, missingAlt: view.missingAlt, mine: view.mine }),
    view.image ? openImage(actor, view.image) : null,
    getSiteSettings(),
  ]);

  return (
    <>
      <PageHeader title="Media library" description="Every picture the newsroom can use. An image that is used anywhere cannot be deleted." />
      <div className="space-y-6">
        {can(actor, 'uploadImages') && <LibraryUploader />}
        <MediaLibrary view={view} list={list} open={open} timeZone={settings.timeZone} />
      </div>
    </>
  );
}

async function openImage(actor: Actor, id: number) {
  try {
    const [image, usage] = await Promise.all([getImage(actor, id), imageUsage(actor, id)]);
    return { image, usage };
  } catch (error) {
    // A deleted image's address just shows the library.
    if (error instanceof NotFound) return null;
    throw error;
  }
}
