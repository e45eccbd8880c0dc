import Image from 'next/image';
import type { ImageView } from '@/lib/content/views';

/**
 * A library image through next/image: the project's loader turns `src` into the stored WebP
 * variants (srcset), and the intrinsic width and height reserve the box before it loads, so
 * nothing below it moves. `sizes` must say how wide it is drawn.
 */
export function StoryImage({
  image,
  sizes,
  alt,
  preload = false,
  className,
  maxHeight,
}: {
  image: ImageView;
  sizes: string;
  /** Overrides the library's alt text (a figure's own); empty string for decorative use. */
  alt?: string;
  preload?: boolean;
  className?: string;
  /**
   * Fit within the column and this height (`85vh`), centred: portraits stay on the screen. The
   * size is worked out from the picture's own proportions, so the box is right before it loads
   * (auto sizes would start small and grow, moving the text below).
   */
  maxHeight?: string;
}) {
  const fitted = maxHeight
    ? {
        width: `min(100%, ${image.width}px, calc(${maxHeight} * ${image.width} / ${image.height}))`,
        height: 'auto',
        aspectRatio: `${image.width} / ${image.height}`,
      }
    : undefined;
  return (
    <Image
      src={image.src}
      width={image.width}
      height={image.height}
      alt={alt ?? image.alt}
      sizes={sizes}
      preload={preload}
      className={className ?? (maxHeight ? 'mx-auto block' : 'h-auto w-full')}
      style={fitted}
    />
  );
}

/** An image cropped to a fixed aspect box (thumbnails), still without layout shift. */
export function CroppedImage({
  image,
  sizes,
  alt,
  ratio = '3 / 2',
  preload = false,
}: {
  image: ImageView;
  sizes: string;
  alt?: string;
  ratio?: string;
  preload?: boolean;
}) {
  return (
    <span className="relative block w-full overflow-hidden bg-paper-alt" style={{ aspectRatio: ratio }}>
      <Image src={image.src} fill alt={alt ?? image.alt} sizes={sizes} preload={preload} className="object-cover" />
    </span>
  );
}
