import Link from 'next/link';
import type { ArticleView } from '@/lib/content/views';
import { formatDateline } from '@/lib/time/format';
import { MediaBadge } from '../ui/MediaBadge';
import { Byline } from './Byline';

/** Section label, headline with its media badge, standfirst, byline and dateline. */
export function ArticleHeader({ article, timeZone }: { article: ArticleView; timeZone: string }) {
  const published = article.firstPublishedAt ? formatDateline(article.firstPublishedAt, timeZone) : null;
  const updated = article.updatedAt ? formatDateline(article.updatedAt, timeZone) : null;
  return (
    <header>
      <Link href={article.section.path} className="section-label quiet-link">
        {article.section.name}
      </Link>
      <h1 className="mt-2 font-serif text-[1.85rem] leading-[1.15] font-bold tracking-tight text-balance sm:text-4xl lg:text-[2.75rem]">
        <MediaBadge marker={article.mediaMarker} />
        {article.headline}
      </h1>
      {article.standfirst ? <p className="mt-3 font-serif text-lg leading-snug text-muted sm:text-xl">{article.standfirst}</p> : null}
      <div className="mt-4 border-t border-rule pt-3 font-sans text-[0.95rem]">
        <Byline authors={article.byline} creditLine={article.creditLine} />
        <p className="mt-1 text-sm text-muted">
          {published ? (
            <time dateTime={published.dateTime} data-testid="dateline">
              {published.text}
            </time>
          ) : (
            <span>Not yet published</span>
          )}
        </p>
        {updated ? (
          <p className="text-sm text-muted">
            Updated{' '}
            <time dateTime={updated.dateTime} data-testid="updated">
              {updated.text}
            </time>
          </p>
        ) : null}
      </div>
    </header>
  );
}
