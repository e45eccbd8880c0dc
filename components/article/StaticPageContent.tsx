import type { StaticPageView } from '@/lib/content/pages';
import { renderStory } from '@/lib/document/render';

export function StaticPageContent({ page }: { page: StaticPageView }) {
  return (
    <article className="max-w-[45rem]">
      <h1 className="font-serif text-3xl font-bold tracking-tight sm:text-4xl">{page.title}</h1>
      <div className="story-body mt-6">{renderStory(page.body, page)}</div>
    </article>
  );
}
