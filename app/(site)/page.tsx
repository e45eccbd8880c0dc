import { HomePage } from '@/components/listing/HomePage';
import { getPublicationDay } from '@/lib/content/clock';
import { getHomeView } from '@/lib/content/home';
import { getSiteSettings } from '@/lib/content/settings';

export default async function HomeRoute() {
  const settings = await getSiteSettings();
  const [home, day] = await Promise.all([getHomeView(), getPublicationDay(settings.timeZone)]);
  return <HomePage home={home} publicationName={settings.publicationName} timeZone={settings.timeZone} today={day.key} />;
}
