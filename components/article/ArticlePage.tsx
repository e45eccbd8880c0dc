import type { ArticleSummary, ArticleView } from '@/lib/content/views';
import { renderStory } from '@/lib/document/render';
import { GalleryEmbed } from '../gallery/GalleryEmbed';
import { LatestRail } from '../listing/LatestRail';
import { ArticleHeader } from './ArticleHeader';
import { RelatedStories } from './RelatedStories';
import { ShareLinks } from './ShareLinks';
import { StoryFigure } from './StoryFigure';
import { TagList } from './TagList';

/**
 * A whole story page from its view model. The public page and the editors' preview both render
 * this; the preview passes no rails.
 */
export function ArticlePage({
  article,
  timeZone,
  url,
  xHandle,
  latest = [],
  related = [],
  today,
}: {
  article: ArticleView;
  timeZone: string;
  /** Absolute URL of the story, for share links and print. */
  url: string;
  xHandle: string;
  latest?: ArticleSummary[];
  related?: ArticleSummary[];
  /** The publication's current day (lib/time dayKey), for the rail's times. */
  today: string;
}) {
  return (
    <>
      <div className="grid gap-x-12 gap-y-10 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <article className="min-w-0 max-w-[45rem]">
          <ArticleHeader article={article} timeZone={timeZone} />
          {article.hero ? (
            <div className="mt-6 -mx-4 sm:mx-0 [&_figcaption]:px-4 sm:[&_figcaption]:px-0">
              <StoryFigure figure={article.hero} preload sizes="(min-width: 48rem) 720px, 100vw" />
            </div>
          ) : null}
          <div className="story-body mt-6">{renderStory(article.body, article)}</div>
          {article.gallery ? <GalleryEmbed gallery={article.gallery} headingId={`gallery-${article.gallery.id}`} /> : null}
          <TagList tags={article.tags} />
          <ShareLinks url={url} headline={article.headline} xHandle={xHandle} />
          <p className="print-only mt-6 text-sm">
            Read online: <span>{url}</span>
          </p>
        </article>
        <div className="no-print lg:pt-1">
          <div className="lg:sticky lg:top-4">
            <LatestRail stories={latest} timeZone={timeZone} today={today} excludeId={article.id} />
          </div>
        </div>
      </div>
      <RelatedStories stories={related} timeZone={timeZone} />
    </>
  );
}
