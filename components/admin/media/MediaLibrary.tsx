import Image from 'next/image';
import Link from 'next/link';
import type { ImageListPage, ImageUsage, LibraryImage } from '@/lib/media/library';
import { describeBytes } from '@/lib/media/limits';
import { imageSrc } from '@/lib/media/variants';
import { formatDay } from '@/lib/time/format';
import { DeleteImageButton } from './DeleteImageButton.client';
import { ImageName } from './ImageName';
import { ImageUsageList } from './ImageUsageList';
import { LibraryImageDetails } from './LibraryImageDetails.client';
import { libraryHref, type LibraryView } from './library-links';
import { RevealOnPhone } from './RevealOnPhone.client';
import { FILTER_TEXT_MAX } from '@/lib/db/text';

/**
 * The media library page body: search and filters (a plain GET form), the grid of images newest
 * first with pages, and the open image's details, usage and delete button. Browsing works without
 * JavaScript; editing, uploading and deleting use the media API.
 */
export function MediaLibrary({
  view,
  list,
  open,
  timeZone,
}: {
  view: LibraryView;
  list: ImageListPage;
  open: { image: LibraryImage; usage: ImageUsage } | null;
  timeZone: string;
}) {
  const filtered = Boolean(view.query || view.missingAlt || view.mine);
  return (
    <div className="space-y-5">
      <form role="search" action="/admin/media" className="flex flex-wrap items-end gap-3 rounded-sm border border-neutral-300 bg-white p-3">
        <div className="min-w-60 flex-1">
          <label htmlFor="media-search" className="block text-sm font-semibold">
            Search the library
          </label>
          <input
            id="media-search"
            type="search"
            name="q"
            maxLength={FILTER_TEXT_MAX}
            defaultValue={view.query}
            placeholder="Alt text, caption, credit or file name"
            className="mt-1 block w-full rounded-sm border border-neutral-400 px-3 py-2 outline-none focus-visible:ring-2 focus-visible:ring-blue-700"
          />
        </div>
        <label className="flex items-center gap-2 pb-2 text-sm">
          <input type="checkbox" className="size-6" name="missing" value="1" defaultChecked={view.missingAlt} /> Missing alt text
        </label>
        <label className="flex items-center gap-2 pb-2 text-sm">
          <input type="checkbox" className="size-6" name="mine" value="1" defaultChecked={view.mine} /> My uploads
        </label>
        <button type="submit" className="rounded-sm bg-neutral-900 px-4 py-2 text-sm font-semibold text-white hover:bg-neutral-700">
          Search
        </button>
        {filtered && (
          <Link href="/admin/media" className="inline-flex min-h-6 items-center pb-2 text-sm underline">
            Clear
          </Link>
        )}
      </form>

      <p role="status" className="text-sm text-neutral-700">
        {list.total} {list.total === 1 ? 'image' : 'images'}
        {view.query ? ` matching “${view.query}”` : ''}
        {list.pageCount > 1 ? ` · page ${list.page} of ${list.pageCount}` : ''}
      </p>

      {/* The details column exists only while an image is open: otherwise the grid takes the width. */}
      <div className={`grid items-start gap-6 ${open ? 'lg:grid-cols-[1fr_24rem]' : ''}`}>
        <div className="space-y-4">
          {list.images.length ? (
            <ul aria-label="Images" className="grid grid-cols-[repeat(auto-fill,minmax(10rem,1fr))] gap-3">
              {list.images.map((image) => (
                <li key={image.id}>
                  <Link
                    href={libraryHref({ ...view, image: image.id })}
                    scroll={false}
                    aria-current={open?.image.id === image.id ? 'true' : undefined}
                    className={`block overflow-hidden rounded-sm border-2 bg-white outline-none focus-visible:ring-2 focus-visible:ring-blue-700 ${
                      open?.image.id === image.id ? 'border-blue-700' : 'border-transparent hover:border-neutral-400'
                    }`}
                  >
                    <Image src={imageSrc(image.storageKey)} alt="" width={image.width} height={image.height} sizes="200px" className="aspect-[4/3] w-full bg-neutral-200 object-cover" />
                    <span className="block space-y-0.5 px-2 py-1.5 text-xs">
                      <span className="block truncate text-neutral-800">
                        <ImageName alt={image.alt} originalFilename={image.originalFilename} />
                      </span>
                      <span className="block text-neutral-600">{image.usageCount ? `Used ${image.usageCount} ${image.usageCount === 1 ? 'time' : 'times'}` : 'Not used'}</span>
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-neutral-700">{filtered ? 'No images match.' : 'The library is empty. Upload the first pictures above.'}</p>
          )}

          {list.pageCount > 1 && (
            <nav aria-label="Pages" className="flex items-center gap-4 text-sm">
              {list.page > 1 && (
                <Link href={libraryHref({ ...view, image: null, page: list.page - 1 })} rel="prev" className="inline-flex min-h-6 items-center underline">
                  Newer images
                </Link>
              )}
              {list.page < list.pageCount && (
                <Link href={libraryHref({ ...view, image: null, page: list.page + 1 })} rel="next" className="inline-flex min-h-6 items-center underline">
                  Older images
                </Link>
              )}
            </nav>
          )}
        </div>

        {open && (
          // Keyed by image: opening another one on a phone reveals it again.
          <RevealOnPhone key={open.image.id}>
            <ImageDetailsPanel view={view} image={open.image} usage={open.usage} timeZone={timeZone} />
          </RevealOnPhone>
        )}
      </div>
    </div>
  );
}

function ImageDetailsPanel({ view, image, usage, timeZone }: { view: LibraryView; image: LibraryImage; usage: ImageUsage; timeZone: string }) {
  const name = image.originalFilename || 'this image';
  return (
    <section aria-labelledby="image-details-heading" className="space-y-4 rounded-sm border border-neutral-300 bg-white p-4">
      <div className="flex items-start justify-between gap-2">
        <h2 id="image-details-heading" tabIndex={-1} className="break-all font-serif text-lg font-bold outline-none">
          {name}
        </h2>
        <Link href={libraryHref({ ...view, image: null })} scroll={false} className="text-sm underline">
          Close
        </Link>
      </div>
      <Image src={imageSrc(image.storageKey)} alt={image.alt} width={image.width} height={image.height} sizes="384px" className="w-full rounded-sm bg-neutral-200" />
      <p className="text-sm text-neutral-700">
        {image.width}×{image.height} · {describeBytes(image.bytes)} · uploaded {formatDay(new Date(image.createdAt), timeZone)}
        {image.uploadedBy ? ` by ${image.uploadedBy.name}` : ''}
      </p>

      <LibraryImageDetails key={image.id} image={image} />

      <section aria-labelledby="image-usage-heading" className="space-y-2 border-t border-neutral-200 pt-3">
        <h3 id="image-usage-heading" className="font-semibold">
          Where it is used
        </h3>
        <ImageUsageList usage={usage} />
      </section>

      {image.canDelete && (
        <div className="border-t border-neutral-200 pt-3">
          <DeleteImageButton imageId={image.id} name={name} afterDelete={libraryHref({ ...view, image: null })} />
        </div>
      )}
    </section>
  );
}
