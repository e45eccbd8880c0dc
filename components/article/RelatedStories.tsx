import type { ArticleSummary } from '@/lib/content/views';
import { StoryCard } from '../listing/StoryCard';

export function RelatedStories({ stories, timeZone }: { stories: ArticleSummary[]; timeZone: string }) {
  if (!stories.length) return null;
  return (
    <section aria-labelledby="related-heading" className="no-print mt-12 border-t-4 border-rule-strong pt-3">
      <h2 id="related-heading" className="font-sans text-lg font-bold">
        Related stories
      </h2>
      <ul className="mt-4 grid gap-6 sm:grid-cols-2 lg:grid-cols-4" role="list">
        {stories.map((story) => (
          <li key={story.id}>
            <StoryCard story={story} timeZone={timeZone} variant="compact" />
          </li>
        ))}
      </ul>
    </section>
  );
}
