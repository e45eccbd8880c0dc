import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { Suspense } from 'react';
import { LibraryUploader } from '@/components/admin/media/LibraryUploader.client';
import type { LibraryView } from '@/components/admin/media/library-links';
import { MediaLibrary } from '@/components/admin/media/MediaLibrary';
import { NotFound } from '@/lib/auth/guard';
import { getCurrentUser } from '@/lib/auth/current-user';
import { can } from '@/lib/auth/permissions';
import { getSiteSettings } from '@/lib/content/settings';
import { getImage, imageUsage, listImages } from '@/lib/media/library';

export const metadata: Metadata = { title: 'Media library' };

export default function MediaPage({ searchParams }: PageProps<'/admin/media'>) {
  return (
    <Suspense fallback={<p className="p-6 text-neutral-700">Loading the library…</p>}>
      <MediaLibraryPage searchParams={searchParams} />
    </Suspense>
  );
}

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';

async function MediaLibraryPage({ searchParams }: Pick<PageProps<'/admin/media'>, 'searchParams'>) {
  const actor = await getCurrentUser();
  if (!actor) redirect('/admin/sign-in');
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
    <div className="mx-auto max-w-7xl space-y-6 p-6">
      <header className="border-b border-neutral-300 pb-4">
        <h1 className="font-serif text-3xl font-bold">Media library</h1>
        <p className="mt-1 text-neutral-700">Every picture the newsroom can use. Images used anywhere cannot be deleted.</p>
      </header>
      {can(actor, 'uploadImages') && <LibraryUploader />}
      <MediaLibrary view={view} list={list} open={open} timeZone={settings.timeZone} />
    </div>
  );
}

async function openImage(actor: Parameters<typeof getImage>[0], id: number) {
  try {
    const [image, usage] = await Promise.all([getImage(actor, id), imageUsage(actor, id)]);
    return { image, usage };
  } catch (error) {
    // A deleted image's address just shows the library.
    if (error instanceof NotFound) return null;
    throw error;
  }
}
