import Image from 'next/image';
import Link from 'next/link';
import { ADMIN_GALLERIES_PATH, adminGalleryPath } from '@/lib/galleries/admin-paths';
import type { GalleryListPage } from '@/lib/galleries/queries';
import { imageSrc } from '@/lib/media/variants';
import { formatDay } from '@/lib/time/format';
import { GalleryStatusBadge } from './GalleryStatusBadge';
import { FILTER_TEXT_MAX } from '@/lib/db/text';

export interface GalleryListView {
  query: string;
  status: 'all' | 'DRAFT' | 'PUBLISHED';
  page: number;
}

export function galleriesHref(view: Partial<GalleryListView>): string {
  const params = new URLSearchParams();
  if (view.query) params.set('q', view.query);
  if (view.status && view.status !== 'all') params.set('status', view.status.toLowerCase());
  if (view.page && view.page > 1) params.set('page', String(view.page));
  const search = params.toString();
  return search ? `${ADMIN_GALLERIES_PATH}?${search}` : ADMIN_GALLERIES_PATH;
}

/**
 * Every gallery, most recently changed first: cover, title, status, how many photos and how many
 * still lack alt text, who made it. Search and the status filter are a plain GET form.
 */
export function GalleryTable({ view, list, timeZone }: { view: GalleryListView; list: GalleryListPage; timeZone: string }) {
  const filtered = Boolean(view.query || view.status !== 'all');
  return (
    <div className="space-y-5">
      <form role="search" action={ADMIN_GALLERIES_PATH} className="flex flex-wrap items-end gap-3 rounded-sm border border-neutral-300 bg-white p-3">
        <div className="min-w-60 flex-1">
          <label htmlFor="gallery-search" className="block text-sm font-semibold">
            Search galleries
          </label>
          <input
            id="gallery-search"
            type="search"
            name="q"
            maxLength={FILTER_TEXT_MAX}
            defaultValue={view.query}
            placeholder="Title, address or description"
            className="mt-1 block w-full rounded-sm border border-neutral-400 px-3 py-2 outline-none focus-visible:ring-2 focus-visible:ring-blue-700"
          />
        </div>
        <div>
          <label htmlFor="gallery-status" className="block text-sm font-semibold">
            Status
          </label>
          <select
            id="gallery-status"
            name="status"
            defaultValue={view.status === 'all' ? '' : view.status.toLowerCase()}
            className="mt-1 block rounded-sm border border-neutral-400 bg-white px-3 py-2 outline-none focus-visible:ring-2 focus-visible:ring-blue-700"
          >
            <option value="">All</option>
            <option value="draft">Drafts</option>
            <option value="published">Published</option>
          </select>
        </div>
        <button type="submit" className="rounded-sm bg-neutral-900 px-4 py-2 text-sm font-semibold text-white hover:bg-neutral-700">
          Search
        </button>
        {filtered && (
          <Link href={ADMIN_GALLERIES_PATH} className="pb-2 text-sm underline">
            Clear
          </Link>
        )}
      </form>

      <p role="status" className="text-sm text-neutral-700">
        {list.total} {list.total === 1 ? 'gallery' : 'galleries'}
        {view.query ? ` matching “${view.query}”` : ''}
        {list.pageCount > 1 ? ` · page ${list.page} of ${list.pageCount}` : ''}
      </p>

      {list.galleries.length ? (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[40rem] border-collapse bg-white text-left text-sm">
            <caption className="sr-only">Galleries, most recently changed first</caption>
            <thead>
              <tr className="border-b border-neutral-300 text-neutral-700">
                <th scope="col" className="w-24 px-3 py-2 font-semibold">
                  <span className="sr-only">Cover</span>
                </th>
                <th scope="col" className="px-3 py-2 font-semibold">
                  Title
                </th>
                <th scope="col" className="px-3 py-2 font-semibold">
                  Status
                </th>
                <th scope="col" className="px-3 py-2 font-semibold">
                  Photos
                </th>
                <th scope="col" className="px-3 py-2 font-semibold">
                  Created by
                </th>
                <th scope="col" className="px-3 py-2 font-semibold">
                  Last changed
                </th>
              </tr>
            </thead>
            <tbody>
              {list.galleries.map((gallery) => (
                <tr key={gallery.id} className="border-b border-neutral-200 align-middle">
                  <td className="px-3 py-2">
                    {gallery.cover ? (
                      <Image
                        src={imageSrc(gallery.cover.storageKey)}
                        alt=""
                        width={gallery.cover.width}
                        height={gallery.cover.height}
                        sizes="80px"
                        className="aspect-[4/3] w-20 rounded-sm bg-neutral-200 object-cover"
                      />
                    ) : (
                      <span className="flex aspect-[4/3] w-20 items-center justify-center rounded-sm bg-neutral-100 text-xs text-neutral-600">No photos</span>
                    )}
                  </td>
                  <th scope="row" className="px-3 py-2 font-normal">
                    <Link href={adminGalleryPath(gallery.id)} className="font-semibold text-neutral-900 underline-offset-2 hover:underline">
                      {gallery.title}
                    </Link>
                    <span className="block text-xs text-neutral-600">/galleries/{gallery.slug}</span>
                  </th>
                  <td className="px-3 py-2">
                    <GalleryStatusBadge status={gallery.status} />
                  </td>
                  <td className="px-3 py-2">
                    {gallery.photoCount}
                    {gallery.missingAltCount > 0 && (
                      <span className="block text-xs font-semibold text-amber-800">{gallery.missingAltCount} without alt text</span>
                    )}
                  </td>
                  <td className="px-3 py-2">{gallery.createdBy.name}</td>
                  <td className="px-3 py-2">
                    <time dateTime={gallery.updatedAt}>{formatDay(new Date(gallery.updatedAt), timeZone)}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="text-neutral-700">{filtered ? 'No galleries match.' : 'No galleries yet.'}</p>
      )}

      {list.pageCount > 1 && (
        <nav aria-label="Pages" className="flex gap-3 text-sm">
          {list.page > 1 && (
            <Link href={galleriesHref({ ...view, page: list.page - 1 })} className="underline">
              Newer
            </Link>
          )}
          {list.page < list.pageCount && (
            <Link href={galleriesHref({ ...view, page: list.page + 1 })} className="underline">
              Older
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
