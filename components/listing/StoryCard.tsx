import Link from 'next/link';
import type { ArticleSummary } from '@/lib/content/views';
import { formatCardTime, toZonedIso } from '@/lib/time/format';
import { MediaBadge } from '../ui/MediaBadge';
import { CroppedImage } from '../ui/StoryImage';

/**
 * `narrow`: for a column beside the lead (smaller standfirst and thumbnail); `compact`: headline
 * and time only, for rows of several cards (related stories).
 */
type Variant = 'lead' | 'standard' | 'narrow' | 'compact';

/**
 * A story in a listing: section, headline (the link), standfirst, time and thumbnail.
 * `headingLevel` keeps the page's outline right wherever the card sits.
 */
export function StoryCard({
  story,
  timeZone,
  variant = 'standard',
  headingLevel = 3,
  showSection = true,
  preloadImage = false,
}: {
  story: ArticleSummary;
  timeZone: string;
  variant?: Variant;
  headingLevel?: 2 | 3;
  showSection?: boolean;
  preloadImage?: boolean;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const headlineSize =
    variant === 'lead' ? 'text-2xl sm:text-3xl lg:text-4xl' : variant === 'standard' ? 'text-xl' : 'text-lg';
  // The lead sits in the home page's grid (HomePage.tsx): three fifths of the column beside the
  // Latest rail from 64rem, three fifths of the page from 48rem, the full width below.
  const imageSizes =
    variant === 'lead'
      ? '(min-width: 72rem) 456px, (min-width: 64rem) calc(60vw - 235px), (min-width: 48rem) calc(60vw - 38px), calc(100vw - 2rem)'
      : variant === 'narrow'
        ? '80px'
        : '(min-width: 40rem) 128px, 96px';

  return (
    <article className={variant === 'lead' ? 'grid gap-3' : 'grid grid-cols-[minmax(0,1fr)_auto] gap-x-4 gap-y-1'}>
      {variant === 'lead' && story.thumbnail ? (
        <Link href={story.path} tabIndex={-1} aria-hidden="true" className="block">
          <CroppedImage image={story.thumbnail} alt="" sizes={imageSizes} ratio="16 / 9" preload={preloadImage} />
        </Link>
      ) : null}
      <div className="min-w-0">
        {showSection ? (
          <Link href={story.section.path} className="section-label quiet-link">
            {story.section.name}
          </Link>
        ) : null}
        <Heading className={`mt-1 font-serif font-bold leading-tight text-balance ${headlineSize}`}>
          <Link href={story.path} className="quiet-link">
            <MediaBadge marker={story.mediaMarker} />
            {story.headline}
          </Link>
        </Heading>
        {variant !== 'compact' && story.standfirst ? (
          <p className={`mt-2 text-muted ${variant === 'lead' ? 'font-serif text-lg' : variant === 'narrow' ? 'text-sm' : 'text-[0.95rem]'}`}>{story.standfirst}</p>
        ) : null}
        <p className="mt-2 text-sm text-muted">
          <time dateTime={toZonedIso(story.publishedAt, timeZone)}>{formatCardTime(story.publishedAt, timeZone)}</time>
        </p>
      </div>
      {(variant === 'standard' || variant === 'narrow') && story.thumbnail ? (
        <Link href={story.path} tabIndex={-1} aria-hidden="true" className={`block ${variant === 'narrow' ? 'w-20' : 'w-24 sm:w-32'}`}>
          <CroppedImage image={story.thumbnail} alt="" sizes={imageSizes} />
        </Link>
      ) : null}
    </article>
  );
}
