import Link from 'next/link';
import type { SearchHit } from '@/lib/search/search';
import { formatCardTime, toZonedIso } from '@/lib/time/format';
import { MediaBadge } from '../ui/MediaBadge';
import { CroppedImage } from '../ui/StoryImage';

/** A result: section, headline and the matching passage with the words found marked, time. */
export function SearchResultItem({ hit, timeZone }: { hit: SearchHit; timeZone: string }) {
  const { story, headline, snippet } = hit;
  return (
    <article className="grid grid-cols-[minmax(0,1fr)_auto] gap-x-4">
      <div className="min-w-0">
        <Link href={story.section.path} className="section-label quiet-link">
          {story.section.name}
        </Link>
        <h2 className="mt-1 font-serif text-xl leading-tight font-bold">
          <Link href={story.path} className="quiet-link">
            <MediaBadge marker={story.mediaMarker} />
            {headline.map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
          </Link>
        </h2>
        <p className="mt-2 font-serif text-[1.02rem] leading-relaxed" data-testid="snippet">
          {/* An ellipsis only where the story's text goes on: not before its opening words or after its last. */}
          {snippet.map((fragment, index) => (
            <span key={index}>
              {index > 0 ? ' … ' : fragment.cutBefore ? '… ' : null}
              {fragment.parts.map((part, partIndex) => (part.match ? <mark key={partIndex}>{part.text}</mark> : <span key={partIndex}>{part.text}</span>))}
              {index === snippet.length - 1 && fragment.cutAfter ? ' …' : null}
            </span>
          ))}
        </p>
        <p className="mt-2 font-sans text-sm text-muted">
          <time dateTime={toZonedIso(story.publishedAt, timeZone)}>{formatCardTime(story.publishedAt, timeZone)}</time>
        </p>
      </div>
      {story.thumbnail ? (
        <Link href={story.path} tabIndex={-1} aria-hidden="true" className="block w-24 sm:w-36">
          <CroppedImage image={story.thumbnail} alt="" sizes="(min-width: 40rem) 144px, 96px" />
        </Link>
      ) : null}
    </article>
  );
}
