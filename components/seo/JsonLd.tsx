import { getSiteSettings } from '@/lib/content/settings';
import { galleryJsonLd, homeJsonLd, serializeJsonLd, storyJsonLd, type JsonLdGraph } from '@/lib/seo/json-ld';
import { getGallerySeo, getStorySeo } from '@/lib/seo/records';

/** Structured data for search engines, escaped so no text inside can end the script element. */
export function JsonLd({ data }: { data: JsonLdGraph }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}

/** NewsArticle and BreadcrumbList for the story at /{section}/{slug}. */
export async function StoryJsonLd({ section, slug }: { section: string; slug: string }) {
  const [story, settings] = await Promise.all([getStorySeo(section, slug), getSiteSettings()]);
  return story ? <JsonLd data={storyJsonLd(story, settings)} /> : null;
}

/** ImageGallery for the gallery at /galleries/{slug}. */
export async function GalleryJsonLd({ slug }: { slug: string }) {
  const [gallery, settings] = await Promise.all([getGallerySeo(slug), getSiteSettings()]);
  return gallery ? <JsonLd data={galleryJsonLd(gallery, settings)} /> : null;
}

/** WebSite with its SearchAction, and the publisher, for the home page. */
export async function HomeJsonLd() {
  const settings = await getSiteSettings();
  return <JsonLd data={homeJsonLd(settings)} />;
}
