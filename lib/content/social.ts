import type { SiteSettingsView } from './settings';

export interface SocialLink {
  network: 'x' | 'facebook' | 'telegram' | 'youtube';
  label: string;
  href: string;
}

/** The publication's social accounts from SiteSettings, in a fixed order, skipping blanks. */
export function socialLinks(settings: Pick<SiteSettingsView, 'xHandle' | 'facebookUrl' | 'telegramUrl' | 'youtubeUrl'>): SocialLink[] {
  const links: SocialLink[] = [];
  const handle = settings.xHandle.trim().replace(/^@/, '');
  if (handle) links.push({ network: 'x', label: `X (@${handle})`, href: `https://x.com/${encodeURIComponent(handle)}` });
  if (isWebUrl(settings.facebookUrl)) links.push({ network: 'facebook', label: 'Facebook', href: settings.facebookUrl.trim() });
  if (isWebUrl(settings.telegramUrl)) links.push({ network: 'telegram', label: 'Telegram', href: settings.telegramUrl.trim() });
  if (isWebUrl(settings.youtubeUrl)) links.push({ network: 'youtube', label: 'YouTube', href: settings.youtubeUrl.trim() });
  return links;
}

function isWebUrl(value: string): boolean {
  return /^https?:\/\/\S+$/i.test(value.trim());
}
