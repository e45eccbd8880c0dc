import type { BlockNode } from '../../lib/document/schema';

/**
 * The demo newsroom as plain data, before it is written to the database. Produced by
 * buildNewsroom() in ./newsroom.ts (deterministic: the same content on every run; only the
 * times are relative to `now`), written by ./write.ts.
 */

export interface SeedImage {
  /** Stable key used to refer to this image from articles, galleries and authors. */
  key: string;
  width: number; // ≥ 1600 for photos and author portraits (1600 × 1600)
  height: number;
  /** Short text drawn on the picture so a person can tell images apart ("Gəncə market, 3/11"). */
  label: string;
  /** Seed for colours and shapes. */
  seed: number;
  alt: string;
  caption: string;
  credit: string;
}

export interface SeedAuthor {
  name: string; // non-Latin characters welcome: "Aynur Məmmədova"
  slug: string;
  email: string;
  bio: string;
  role: 'CONTRIBUTOR' | 'AUTHOR' | 'EDITOR' | 'ADMIN';
  avatarKey: string;
}

export interface SeedSection {
  name: string;
  slug: string;
  description: string;
  position: number;
}

export interface SeedTag {
  name: string;
  slug: string;
}

/** Body blocks as stored, except that images and galleries are referred to by seed key. */
export type SeedBlock =
  | Exclude<BlockNode, { type: 'figure' } | { type: 'galleryEmbed' }>
  | { type: 'figure'; attrs: { imageKey: string; caption?: string | null; credit?: string | null; alt?: string | null } }
  | { type: 'galleryEmbed'; attrs: { gallerySlug: string } };

export interface SeedArticle {
  slug: string;
  headline: string;
  standfirst: string;
  mediaMarker: 'PHOTO' | 'VIDEO' | 'AUDIO' | null;
  sectionSlug: string;
  /** Byline order; empty when `creditLine` names an agency or staff credit instead. */
  authorSlugs: string[];
  creditLine: string | null;
  tagSlugs: string[];
  heroImageKey: string | null;
  gallerySlug: string | null;
  body: SeedBlock[];
  status: 'PUBLISHED' | 'DRAFT' | 'IN_REVIEW' | 'SCHEDULED';
  /** First publication (or, for scheduled stories, the scheduled time). */
  publishedAt: Date;
  /** Later editorial update, when the story was changed after publication. */
  updatedAt: Date | null;
}

export interface SeedGallery {
  slug: string;
  title: string;
  description: string;
  publishedAt: Date;
  authorSlug: string;
  items: { imageKey: string; caption: string | null; credit: string | null }[];
}

export interface SeedStaticPage {
  slug: string;
  title: string;
  body: SeedBlock[];
}

export interface SeedSettings {
  publicationName: string;
  tagline: string;
  timeZone: string;
  language: string;
  xHandle: string;
  facebookUrl: string;
  telegramUrl: string;
  youtubeUrl: string;
}

export interface SeedNewsroom {
  settings: SeedSettings;
  sections: SeedSection[];
  authors: SeedAuthor[];
  tags: SeedTag[];
  images: SeedImage[];
  galleries: SeedGallery[];
  articles: SeedArticle[];
  staticPages: SeedStaticPage[];
}
