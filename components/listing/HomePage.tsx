import Link from 'next/link';
import type { HomeView } from '@/lib/content/home';
import { galleriesPath } from '@/lib/content/urls';
import { GalleryCard } from '../gallery/GalleryCard';
import { LatestRail } from './LatestRail';
import { StoryCard } from './StoryCard';

export function HomePage({ home, publicationName, timeZone, today }: { home: HomeView; publicationName: string; timeZone: string; today: string }) {
  return (
    <>
      <h1 className="sr-only">{publicationName}: the latest news</h1>
      {!home.lead ? <p className="py-16 text-center font-serif text-xl">No stories have been published yet.</p> : null}
      <div className="grid gap-x-10 gap-y-8 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div className="grid gap-8 md:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
          {home.lead ? (
            <section aria-label="Lead story">
              <StoryCard story={home.lead} timeZone={timeZone} variant="lead" headingLevel={2} preloadImage />
            </section>
          ) : null}
          {home.topStories.length ? (
            <section aria-labelledby="top-stories-heading" className="md:border-l md:border-rule md:pl-6">
              <h2 id="top-stories-heading" className="sr-only">
                Top stories
              </h2>
              <ul className="divide-y divide-rule" role="list">
                {home.topStories.map((story) => (
                  <li key={story.id} className="py-4 first:pt-0">
                    <StoryCard story={story} timeZone={timeZone} variant="narrow" />
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>
        <div className="lg:row-span-2">
          <LatestRail stories={home.latest} timeZone={timeZone} today={today} />
        </div>

        <div className="grid gap-10">
          {home.galleries.length ? (
            <section aria-labelledby="galleries-heading" className="border-t-4 border-rule-strong pt-3">
              <h2 id="galleries-heading" className="font-sans text-lg font-bold">
                <Link href={galleriesPath} className="quiet-link">
                  Galleries
                </Link>
              </h2>
              <ul className="mt-4 grid gap-6 sm:grid-cols-2 xl:grid-cols-4" role="list">
                {home.galleries.map((gallery) => (
                  <li key={gallery.id}>
                    <GalleryCard gallery={gallery} timeZone={timeZone} />
                  </li>
                ))}
              </ul>
            </section>
          ) : null}

          {home.sectionBlocks.map(({ section, stories }) => (
            <section key={section.id} aria-labelledby={`section-${section.id}`} className="border-t-4 border-rule-strong pt-3">
              <h2 id={`section-${section.id}`} className="font-sans text-lg font-bold">
                <Link href={section.path} className="quiet-link">
                  {section.name}
                  <span aria-hidden="true"> ›</span>
                </Link>
              </h2>
              <ul className="mt-4 grid gap-6 sm:grid-cols-2" role="list">
                {stories.map((story) => (
                  <li key={story.id}>
                    <StoryCard story={story} timeZone={timeZone} showSection={false} />
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      </div>
    </>
  );
}
