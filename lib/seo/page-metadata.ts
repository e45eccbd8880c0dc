import type { Metadata } from 'next';
import { getStoryPage, type StoryListing } from '../content/articles';
import { getAuthor } from '../content/authors';
import { getGalleryPage } from '../content/galleries';
import { getStaticPage, type StaticPageSlug } from '../content/pages';
import { getSection } from '../content/sections';
import { getSiteSettings } from '../content/settings';
import { getTopic } from '../content/topics';
import { aboutPath, contactPath } from '../content/urls';
import { documentToText } from '../document/text';
import {
  authorMetadata,
  galleriesMetadata,
  galleryMetadata,
  galleryPhotoMetadata,
  homeMetadata,
  latestMetadata,
  plainPageMetadata,
  searchMetadata,
  sectionMetadata,
  storyMetadata,
  tagMetadata,
} from './metadata';
import { getGallerySeo, getStorySeo } from './records';

/**
 * `generateMetadata` for each public page, from the page's own URL parameters, so a page file
 * only passes them through. The records come from the same cached reads the pages use.
 */

/** Whether a later page of the listing exists (rel=next), and whether it has no story at all (noindex). */
async function listingPage(listing: StoryListing, page: number): Promise<{ page: number; hasNextPage: boolean; empty: boolean }> {
  const { pageCount, total } = await getStoryPage(listing, page);
  return { page, hasNextPage: pageCount > page, empty: total === 0 };
}

export async function storyPageMetadata(section: string, slug: string): Promise<Metadata> {
  const [story, settings] = await Promise.all([getStorySeo(section, slug), getSiteSettings()]);
  return storyMetadata(story, settings);
}

export async function homePageMetadata(): Promise<Metadata> {
  return homeMetadata(await getSiteSettings());
}

export async function latestPageMetadata(page = 1): Promise<Metadata> {
  const [settings, listing] = await Promise.all([getSiteSettings(), listingPage({ kind: 'latest' }, page)]);
  return latestMetadata(settings, listing);
}

export async function sectionPageMetadata(slug: string, page = 1): Promise<Metadata> {
  const [settings, section] = await Promise.all([getSiteSettings(), getSection(slug)]);
  if (!section) return sectionMetadata(null, settings);
  return sectionMetadata(section, settings, await listingPage({ kind: 'section', sectionId: section.id }, page));
}

export async function tagPageMetadata(slug: string, page = 1): Promise<Metadata> {
  const [settings, topic] = await Promise.all([getSiteSettings(), getTopic(slug)]);
  if (!topic) return tagMetadata(null, settings);
  return tagMetadata({ ...topic, description: '' }, settings, await listingPage({ kind: 'tag', tagId: topic.id }, page));
}

export async function authorPageMetadata(slug: string, page = 1): Promise<Metadata> {
  const [settings, author] = await Promise.all([getSiteSettings(), getAuthor(slug)]);
  if (!author) return authorMetadata(null, settings);
  return authorMetadata({ ...author, description: author.bio }, settings, await listingPage({ kind: 'author', authorId: author.id }, page));
}

export async function galleriesPageMetadata(page = 1): Promise<Metadata> {
  const [settings, listing] = await Promise.all([getSiteSettings(), getGalleryPage(page)]);
  return galleriesMetadata(settings, { page, hasNextPage: listing.pageCount > page });
}

export async function galleryPageMetadata(slug: string): Promise<Metadata> {
  const [gallery, settings] = await Promise.all([getGallerySeo(slug), getSiteSettings()]);
  return galleryMetadata(gallery, settings);
}

export async function galleryPhotoPageMetadata(slug: string, position: string): Promise<Metadata> {
  const [gallery, settings] = await Promise.all([getGallerySeo(slug), getSiteSettings()]);
  return galleryPhotoMetadata(gallery, Number(position), settings);
}

const STATIC_PAGE_PATHS: Record<StaticPageSlug, string> = { about: aboutPath, contact: contactPath };

export async function staticPageMetadata(slug: StaticPageSlug): Promise<Metadata> {
  const [page, settings] = await Promise.all([getStaticPage(slug), getSiteSettings()]);
  if (!page) return plainPageMetadata(null, settings);
  // The page's opening lines describe it well enough; it has no standfirst.
  const description = documentToText(page.body).split('\n')[0] ?? '';
  return plainPageMetadata({ title: page.title, description, path: STATIC_PAGE_PATHS[slug] }, settings);
}

export async function searchPageMetadata(query: string | null): Promise<Metadata> {
  return searchMetadata(await getSiteSettings(), query ?? undefined);
}
