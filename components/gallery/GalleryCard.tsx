import Link from 'next/link';
import type { GalleryCard as GalleryCardView } from '@/lib/content/galleries';
import { formatDay, toZonedIso } from '@/lib/time/format';
import { CroppedImage } from '../ui/StoryImage';
import { photoCount } from '@/lib/galleries/photo-count';

export function GalleryCard({ gallery, timeZone, headingLevel = 3 }: { gallery: GalleryCardView; timeZone: string; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="grid gap-2">
      {gallery.cover ? (
        <Link href={gallery.path} tabIndex={-1} aria-hidden="true">
          <CroppedImage image={gallery.cover} alt="" sizes="(min-width: 64rem) 280px, (min-width: 40rem) 45vw, calc(100vw - 2rem)" />
        </Link>
      ) : null}
      <Heading className="font-serif text-lg leading-snug font-bold">
        <Link href={gallery.path} className="quiet-link">
          {gallery.title}
        </Link>
      </Heading>
      <p className="font-sans text-sm text-muted">
        {photoCount(gallery.photoCount)}
        {gallery.publishedAt ? (
          <>
            {' · '}
            <time dateTime={toZonedIso(gallery.publishedAt, timeZone)}>{formatDay(gallery.publishedAt, timeZone)}</time>
          </>
        ) : null}
      </p>
    </article>
  );
}
