import type { SiteSettingsView } from '../content/settings';
import { absoluteUrl, galleryPhotoPath, searchPath } from '../content/urls';
import { toZonedIso } from '../time/format';
import { articleImageCrops, largestImageUrl } from './images';
import { ORGANIZATION_ID, publisherJsonLd } from './publication';
import type { GallerySeo, StorySeo } from './records';
import { defaultArticleImages } from './social-card';

/**
 * schema.org structured data, server-rendered into each page as JSON-LD: NewsArticle and
 * BreadcrumbList on stories, ImageGallery on galleries, WebSite (with a SearchAction) and the
 * NewsMediaOrganization on the home page. Dates carry the publication's UTC offset.
 */

export type JsonLdObject = { [key: string]: JsonLdValue };
export type JsonLdValue = string | number | boolean | null | JsonLdObject | JsonLdValue[];

export interface JsonLdGraph {
  '@context': 'https://schema.org';
  '@graph': JsonLdObject[];
}

const graph = (...nodes: JsonLdObject[]): JsonLdGraph => ({ '@context': 'https://schema.org', '@graph': nodes });

/**
 * JSON for inside `<script type="application/ld+json">`: `<`, `>` and `&` are written as JSON
 * escapes so no string (a headline holding `</script>`) can end the element or open a comment,
 * and U+2028/U+2029 are escaped for old JavaScript parsers. JSON.parse gives back the same data.
 */
export function serializeJsonLd(data: JsonLdGraph | JsonLdObject): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function storyJsonLd(story: StorySeo, settings: SiteSettingsView): JsonLdGraph {
  const url = absoluteUrl(story.path);
  const authors: JsonLdObject[] = story.authors.length
    ? story.authors.map((author) => ({ '@type': 'Person', name: author.name, url: absoluteUrl(author.path) }))
    : [{ '@type': 'Organization', name: story.creditLine?.trim() || settings.publicationName }];
  const article: JsonLdObject = {
    '@type': 'NewsArticle',
    '@id': `${url}#article`,
    mainEntityOfPage: { '@type': 'WebPage', '@id': story.canonicalUrl },
    url,
    headline: story.headline,
    description: story.description,
    // Rich results want an image on every article: a story without a hero gets the publication's card.
    image: (story.hero ? articleImageCrops(story.hero) : defaultArticleImages(settings)).map((crop) => ({
      '@type': 'ImageObject',
      url: crop.url,
      width: crop.width,
      height: crop.height,
    })),
    datePublished: toZonedIso(story.firstPublishedAt, settings.timeZone),
    dateModified: toZonedIso(story.updatedAt, settings.timeZone),
    author: authors,
    publisher: publisherJsonLd(settings),
    articleSection: story.section.name,
    ...(story.tags.length ? { keywords: story.tags.map((t) => t.name) } : {}),
    inLanguage: settings.language,
    isAccessibleForFree: true,
  };
  const breadcrumbs: JsonLdObject = {
    '@type': 'BreadcrumbList',
    itemListElement: [
      { name: settings.publicationName, path: '/' },
      { name: story.section.name, path: story.section.path },
      { name: story.headline, path: story.path },
    ].map((crumb, index) => ({ '@type': 'ListItem', position: index + 1, name: crumb.name, item: absoluteUrl(crumb.path) })),
  };
  return graph(article, breadcrumbs);
}

export function galleryJsonLd(gallery: GallerySeo, settings: SiteSettingsView): JsonLdGraph {
  const url = absoluteUrl(gallery.path);
  return graph({
    '@type': 'ImageGallery',
    '@id': `${url}#gallery`,
    url,
    name: gallery.title,
    ...(gallery.description ? { description: gallery.description } : {}),
    datePublished: toZonedIso(gallery.publishedAt, settings.timeZone),
    dateModified: toZonedIso(gallery.updatedAt, settings.timeZone),
    inLanguage: settings.language,
    publisher: publisherJsonLd(settings),
    image: gallery.images.map((image, index) => {
      const file = largestImageUrl(image);
      return {
        '@type': 'ImageObject',
        contentUrl: file.url,
        url: absoluteUrl(galleryPhotoPath(gallery.slug, index + 1)),
        width: file.width,
        height: file.height,
        ...(image.caption ? { caption: image.caption } : {}),
        ...(image.alt ? { description: image.alt } : {}),
        ...(image.credit ? { creditText: image.credit } : {}),
      };
    }),
  });
}

export function homeJsonLd(settings: SiteSettingsView): JsonLdGraph {
  const home = absoluteUrl('/');
  return graph(
    {
      '@type': 'WebSite',
      '@id': `${home}#website`,
      url: home,
      name: settings.publicationName,
      ...(settings.tagline ? { description: settings.tagline } : {}),
      inLanguage: settings.language,
      publisher: { '@id': ORGANIZATION_ID() },
      potentialAction: {
        '@type': 'SearchAction',
        // The placeholder must reach the page unencoded, so it is appended, not passed to searchPath().
        target: { '@type': 'EntryPoint', urlTemplate: `${absoluteUrl(searchPath())}?q={search_term_string}` },
        'query-input': 'required name=search_term_string',
      },
    },
    publisherJsonLd(settings),
  );
}
