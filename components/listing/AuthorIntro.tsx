import type { AuthorView } from '@/lib/content/authors';
import { CroppedImage } from '../ui/StoryImage';

export function AuthorIntro({ author }: { author: AuthorView }) {
  return (
    <div className="mt-4 flex items-start gap-4">
      {author.photo ? (
        <div className="w-20 shrink-0 overflow-hidden rounded-full sm:w-28">
          <CroppedImage image={author.photo} sizes="112px" ratio="1 / 1" />
        </div>
      ) : null}
      {author.bio ? <p className="max-w-2xl font-serif text-lg leading-snug">{author.bio}</p> : null}
    </div>
  );
}
