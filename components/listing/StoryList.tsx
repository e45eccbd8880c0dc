import type { ArticleSummary } from '@/lib/content/views';
import { StoryCard } from './StoryCard';

export function StoryList({
  stories,
  timeZone,
  headingLevel = 2,
  showSection = true,
}: {
  stories: ArticleSummary[];
  timeZone: string;
  headingLevel?: 2 | 3;
  showSection?: boolean;
}) {
  return (
    <ol className="divide-y divide-rule" role="list">
      {stories.map((story) => (
        <li key={story.id} className="py-5 first:pt-0">
          <StoryCard story={story} timeZone={timeZone} headingLevel={headingLevel} showSection={showSection} />
        </li>
      ))}
    </ol>
  );
}
