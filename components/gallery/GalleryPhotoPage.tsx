import Link from 'next/link';
import type { GalleryView } from '@/lib/content/views';
import { Caption } from '../ui/Caption';
import { StoryImage } from '../ui/StoryImage';
import { GalleryStrip } from './GalleryStrip';

/**
 * One photo of a gallery at its own URL: what the lightbox shows, as a page. Readers without
 * JavaScript step through the gallery with its previous and next links.
 */
export function GalleryPhotoPage({ gallery, index }: { gallery: GalleryView; index: number }) {
  const photo = gallery.photos[index];
  const count = gallery.photos.length;
  const previous = gallery.photos[index - 1];
  const next = gallery.photos[index + 1];
  const step = 'inline-flex items-center gap-1 rounded border border-rule px-4 py-2 font-semibold hover:border-rule-strong';
  return (
    <article>
      <header className="mb-4">
        <p className="section-label">
          <Link href={gallery.path} className="quiet-link">
            Gallery
          </Link>
        </p>
        <h1 className="mt-1 font-serif text-2xl leading-tight font-bold sm:text-3xl">
          {gallery.title}
          <span className="sr-only">
            , photo {photo.position} of {count}
          </span>
        </h1>
      </header>
      <figure className="mx-auto max-w-4xl">
        <StoryImage image={photo.image} sizes="(min-width: 64rem) 896px, 100vw" preload maxHeight="80vh" />
        <div className="mt-3 flex flex-wrap items-baseline justify-between gap-x-4 font-sans">
          <p className="text-sm font-semibold tabular-nums" data-testid="photo-counter">
            {photo.position} / {count}
          </p>
        </div>
        <Caption caption={photo.caption} credit={photo.credit} />
      </figure>
      <nav aria-label="Photos" className="mx-auto mt-5 flex max-w-4xl items-center justify-between gap-3 font-sans">
        {previous ? (
          <Link href={previous.path} rel="prev" className={step}>
            <span aria-hidden="true">←</span> Previous<span className="sr-only"> photo</span>
          </Link>
        ) : (
          <span />
        )}
        <Link href={gallery.path} className="text-sm font-semibold text-link underline underline-offset-2">
          {count === 1 ? 'The gallery' : `All ${count} photos`}
        </Link>
        {next ? (
          <Link href={next.path} rel="next" className={step}>
            Next<span className="sr-only"> photo</span> <span aria-hidden="true">→</span>
          </Link>
        ) : (
          <span />
        )}
      </nav>
      <div className="mt-8 border-t border-rule pt-5">
        <GalleryStrip gallery={gallery} currentPosition={photo.position} />
      </div>
    </article>
  );
}
