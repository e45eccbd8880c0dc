import { absoluteUrl } from '../content/urls';
import type { SiteSettingsView } from '../content/settings';

/**
 * The publication as search engines and social networks see it, from the site settings.
 */

/** The publisher logo in public/: square, above Google's 112 px minimum. */
export const PUBLISHER_LOGO = { path: '/logo.png', width: 512, height: 512 } as const;

/** `@handle` from whatever an admin typed into the X field (`handle`, `@handle`, a profile URL). */
export function xHandle(settings: Pick<SiteSettingsView, 'xHandle'>): string | null {
  const raw = settings.xHandle.trim();
  if (!raw) return null;
  const fromUrl = /^(?:https?:\/\/)?(?:www\.)?(?:x|twitter)\.com\/@?([A-Za-z0-9_]{1,15})\/?$/i.exec(raw);
  const handle = fromUrl ? fromUrl[1] : raw.replace(/^@/, '');
  return /^[A-Za-z0-9_]{1,15}$/.test(handle) ? `@${handle}` : null;
}

/** The publication's social profiles, for `sameAs`. */
export function socialProfileUrls(settings: SiteSettingsView): string[] {
  const handle = xHandle(settings);
  const urls = [handle ? `https://x.com/${handle.slice(1)}` : '', settings.facebookUrl, settings.telegramUrl, settings.youtubeUrl];
  return urls.map((url) => url.trim()).filter((url) => /^https:\/\//i.test(url));
}

export const ORGANIZATION_ID = () => `${absoluteUrl('/')}#organization`;

export function publisherJsonLd(settings: SiteSettingsView) {
  const sameAs = socialProfileUrls(settings);
  return {
    '@type': 'NewsMediaOrganization',
    '@id': ORGANIZATION_ID(),
    name: settings.publicationName,
    url: absoluteUrl('/'),
    logo: {
      '@type': 'ImageObject',
      url: absoluteUrl(PUBLISHER_LOGO.path),
      width: PUBLISHER_LOGO.width,
      height: PUBLISHER_LOGO.height,
    },
    ...(sameAs.length ? { sameAs } : {}),
  };
}

/**
 * Google News wants an ISO 639 code ("en", "az"), except Chinese which keeps its script
 * ("zh-cn", "zh-tw"); the site setting is a BCP 47 tag such as "en-GB".
 */
export function newsLanguage(language: string): string {
  const tag = language.trim().toLowerCase().replace(/_/g, '-');
  if (tag === 'zh-cn' || tag === 'zh-hans' || tag.startsWith('zh-hans-')) return 'zh-cn';
  if (tag === 'zh-tw' || tag === 'zh-hant' || tag.startsWith('zh-hant-')) return 'zh-tw';
  return tag.split('-')[0] || 'en';
}
