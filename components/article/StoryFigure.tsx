import type { FigureView } from '@/lib/content/views';
import { Caption } from '../ui/Caption';
import { StoryImage } from '../ui/StoryImage';
import { trimInvisible } from '@/lib/db/text';

/** The story column is at most ~720 px wide; on a phone, the viewport minus its margins. */
export const STORY_COLUMN_SIZES = '(min-width: 48rem) 720px, calc(100vw - 2rem)';

export function StoryFigure({
  figure,
  caption,
  credit,
  alt,
  preload = false,
  sizes = STORY_COLUMN_SIZES,
}: {
  figure: FigureView;
  caption?: string | null;
  credit?: string | null;
  alt?: string | null;
  preload?: boolean;
  sizes?: string;
}) {
  return (
    <figure>
      <StoryImage
        image={figure.image}
        alt={trimInvisible(alt ?? '') || figure.image.alt}
        sizes={sizes}
        preload={preload}
        // Portraits stay within the screen rather than filling the column's width.
        maxHeight="85vh"
      />
      <Caption caption={caption?.trim() || figure.caption} credit={credit?.trim() || figure.credit} />
    </figure>
  );
}
