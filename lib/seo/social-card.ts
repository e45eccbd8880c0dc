import { createHash } from 'node:crypto';
import type { SiteSettingsView } from '../content/settings';
import { absoluteUrl, socialCardPath } from '../content/urls';
import { CROP_RATIOS, cropSize, type CropRatio } from '../media/crops';
import type { SizedImageUrl } from './images';

/**
 * The publication's own picture, for every page and story that has none of its own: a card with
 * the publication's name and tagline from the site settings, at the sizes of the photo crops
 * (lib/media/crops.ts) — 16:9 for Open Graph and X, and 4:3 and 1:1 as well for NewsArticle.
 *
 * Its URL carries a fingerprint of what the card shows: social networks keep a card by its URL,
 * so a renamed publication must give them a new one. This module only names and sizes the
 * cards; ./social-card-render.tsx draws them.
 */

export type SocialCardText = Pick<SiteSettingsView, 'publicationName' | 'tagline'>;

export function socialCardFingerprint(settings: SocialCardText): string {
  return createHash('sha256').update(JSON.stringify([settings.publicationName, settings.tagline])).digest('hex').slice(0, 12);
}

export function socialCardUrl(settings: SocialCardText, ratio: CropRatio): SizedImageUrl {
  return { url: absoluteUrl(`${socialCardPath(ratio)}?v=${socialCardFingerprint(settings)}`), ...cropSize(ratio) };
}

/** The Open Graph and X image of a page without a picture of its own. */
export function defaultSocialImage(settings: SocialCardText): SizedImageUrl & { alt: string; type: string } {
  return { ...socialCardUrl(settings, '16x9'), alt: settings.publicationName, type: 'image/png' };
}

/** NewsArticle.image of a story without a hero: the three ratios Google asks for, widest first. */
export function defaultArticleImages(settings: SocialCardText): SizedImageUrl[] {
  return (Object.keys(CROP_RATIOS) as CropRatio[]).map((ratio) => socialCardUrl(settings, ratio));
}

/** `16x9.png` → `16x9`; null for any other file name. */
export function socialCardRatio(file: string): CropRatio | null {
  const match = /^(.+)\.png$/.exec(file);
  return match && Object.hasOwn(CROP_RATIOS, match[1]) ? (match[1] as CropRatio) : null;
}
