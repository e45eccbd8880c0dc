import { getPublicationDay, type PublicationDay } from './clock';
import { getSections, type SectionView } from './sections';
import { getSiteSettings, type SiteSettingsView } from './settings';
import { socialLinks, type SocialLink } from './social';

/** What the masthead and footer of every public page show. */
export interface SiteChrome {
  settings: SiteSettingsView;
  sections: SectionView[];
  day: PublicationDay;
  social: SocialLink[];
}

export async function getSiteChrome(): Promise<SiteChrome> {
  const [settings, sections] = await Promise.all([getSiteSettings(), getSections()]);
  const day = await getPublicationDay(settings.timeZone);
  return { settings, sections, day, social: socialLinks(settings) };
}
