import type { Metadata } from 'next';
import { HomePage } from '@/components/listing/HomePage';
import { HomeJsonLd } from '@/components/seo/JsonLd';
import { getPublicationDay } from '@/lib/content/clock';
import { getHomeView } from '@/lib/content/home';
import { getSiteSettings } from '@/lib/content/settings';
import { homePageMetadata } from '@/lib/seo/page-metadata';

export async function generateMetadata(): Promise<Metadata> {
  return homePageMetadata();
}

export default async function HomeRoute() {
  const settings = await getSiteSettings();
  const [home, day] = await Promise.all([getHomeView(), getPublicationDay(settings.timeZone)]);
  return (
    <>
      <HomeJsonLd />
      <HomePage home={home} publicationName={settings.publicationName} timeZone={settings.timeZone} today={day.key} />
    </>
  );
}
