import Link from 'next/link';
import type { ImageUsage, StoryUse } from '@/lib/media/library';
import { adminGalleryHref, adminStoryHref } from './library-links';

const STATUS: Record<StoryUse['status'], string> = {
  DRAFT: 'draft',
  IN_REVIEW: 'in review',
  SCHEDULED: 'scheduled',
  PUBLISHED: 'published',
  UNPUBLISHED: 'unpublished',
};

function StoryItem({ story }: { story: StoryUse }) {
  return (
    <li>
      <Link href={adminStoryHref(story.id)} className="underline">
        {story.headline}
      </Link>{' '}
      <span className="text-neutral-600">({story.deleted ? 'in the trash' : STATUS[story.status]})</span>
    </li>
  );
}

/** "Where is this image used": the answer to whether it may be deleted. */
export function ImageUsageList({ usage }: { usage: ImageUsage }) {
  if (usage.total === 0) return <p className="text-sm text-neutral-700">Not used anywhere. It can be deleted.</p>;
  const groups = [
    { label: 'Main image of', items: usage.heroOf.map((story) => <StoryItem key={`hero-${story.id}`} story={story} />) },
    { label: 'In the text of', items: usage.inBodyOf.map((story) => <StoryItem key={`body-${story.id}`} story={story} />) },
    {
      label: 'In galleries',
      items: usage.galleries.map((gallery) => (
        <li key={gallery.id}>
          <Link href={adminGalleryHref(gallery.id)} className="underline">
            {gallery.title}
          </Link>{' '}
          <span className="text-neutral-600">({gallery.status === 'PUBLISHED' ? 'published' : 'draft'})</span>
        </li>
      )),
    },
    { label: 'Portrait of', items: usage.avatarOf.map((user) => <li key={user.id}>{user.name}</li>) },
    {
      label: 'Elsewhere',
      items: usage.otherStories ? [<li key="other">{usage.otherStories === 1 ? 'A story you cannot open' : `${usage.otherStories} stories you cannot open`}</li>] : [],
    },
  ].filter((group) => group.items.length > 0);

  return (
    <div className="space-y-3 text-sm">
      {groups.map((group) => (
        <section key={group.label}>
          <h4 className="font-semibold">{group.label}</h4>
          <ul className="ml-4 list-disc space-y-0.5">{group.items}</ul>
        </section>
      ))}
    </div>
  );
}
