import Link from 'next/link';
import type { ArticleSummary } from '@/lib/content/views';
import { formatCardTime, toZonedIso } from '@/lib/time/format';
import { MediaBadge } from '../ui/MediaBadge';
import { CroppedImage } from '../ui/StoryImage';

/**
 * How each kind of card draws: `narrow` for a column beside the lead (smaller standfirst and
 * thumbnail), `compact` headline and time only, for rows of several cards (related stories).
 * No `standfirst` class: none shown; no `thumbnail` class: no picture beside the text (the lead's is above it).
 */
const VARIANTS = {
  lead: {
    headline: 'text-2xl sm:text-3xl lg:text-4xl',
    standfirst: 'font-serif text-lg',
    thumbnail: undefined,
    // The lead sits in the home page's grid (HomePage.tsx): three fifths of the column beside the
    // Latest rail from 64rem, three fifths of the page from 48rem, the full width below.
    sizes: '(min-width: 72rem) 456px, (min-width: 64rem) calc(60vw - 235px), (min-width: 48rem) calc(60vw - 38px), calc(100vw - 2rem)',
  },
  standard: { headline: 'text-xl', standfirst: 'text-[0.95rem]', thumbnail: 'w-24 sm:w-32', sizes: '(min-width: 40rem) 128px, 96px' },
  narrow: { headline: 'text-lg', standfirst: 'text-sm', thumbnail: 'w-20', sizes: '80px' },
  compact: { headline: 'text-lg', standfirst: undefined, thumbnail: undefined, sizes: '' },
} as const;

type Variant = keyof typeof VARIANTS;

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
  const look = VARIANTS[variant];

  return (
    <article className={variant === 'lead' ? 'grid gap-3' : 'grid grid-cols-[minmax(0,1fr)_auto] gap-x-4 gap-y-1'}>
      {variant === 'lead' && story.thumbnail ? (
        <Link href={story.path} tabIndex={-1} aria-hidden="true" className="block">
          <CroppedImage image={story.thumbnail} alt="" sizes={look.sizes} ratio="16 / 9" preload={preloadImage} />
        </Link>
      ) : null}
      <div className="min-w-0">
        {showSection ? (
          <Link href={story.section.path} className="section-label quiet-link">
            {story.section.name}
          </Link>
        ) : null}
        <Heading className={`mt-1 font-serif font-bold leading-tight text-balance ${look.headline}`}>
          <Link href={story.path} className="quiet-link">
            <MediaBadge marker={story.mediaMarker} />
            {story.headline}
          </Link>
        </Heading>
        {look.standfirst && story.standfirst ? <p className={`mt-2 text-muted ${look.standfirst}`}>{story.standfirst}</p> : null}
        <p className="mt-2 text-sm text-muted">
          <time dateTime={toZonedIso(story.publishedAt, timeZone)}>{formatCardTime(story.publishedAt, timeZone)}</time>
        </p>
      </div>
      {look.thumbnail && story.thumbnail ? (
        <Link href={story.path} tabIndex={-1} aria-hidden="true" className={`block ${look.thumbnail}`}>
          <CroppedImage image={story.thumbnail} alt="" sizes={look.sizes} />
        </Link>
      ) : null}
    </article>
  );
}
