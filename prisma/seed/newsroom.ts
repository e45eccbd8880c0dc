import { plainText } from './markup';
import { createRandom, seedFrom, type Random } from './random';
import { uniqueSlug } from './slug';
import { SharedLineUsage, castExperts, layoutStory } from './story';
import { buildTimeline } from './timeline';
import { GALLERIES, galleryImageKey, galleryPhotoCredit, type GalleryPlan } from './text/galleries';
import { DESKS, KINDS } from './text/index';
import { PLACES, createCast, type Aspect, type KindDefinition, type PhotoSpec, type SectionDesk } from './text/kit';
import { STATIC_PAGES } from './text/pages';
import { AUTHORS, CREDIT_LINES, PHOTOGRAPHER_SLUG, PORTRAITS, PUBLICATION_NAME } from './text/people';
import { TAGS } from './text/tags';
import type { SeedArticle, SeedGallery, SeedImage, SeedNewsroom, SeedSettings } from './types';

/**
 * The demo newsroom a newcomer sees on first start: a fictional English-language national news
 * site in Azerbaijan. Everything is derived from fixed seeds, so the same `now` gives
 * byte-identical output and a different `now` gives the same stories with shifted times.
 */

export const PUBLISHED_STORIES = 120;
export const UNPUBLISHED_STATUSES: SeedArticle['status'][] = [
  'DRAFT', 'DRAFT', 'DRAFT', 'DRAFT', 'IN_REVIEW', 'IN_REVIEW', 'IN_REVIEW', 'SCHEDULED', 'SCHEDULED', 'SCHEDULED',
];

const SETTINGS: SeedSettings = {
  publicationName: PUBLICATION_NAME,
  tagline: 'Independent news from Azerbaijan and the Caspian',
  timeZone: 'Asia/Baku',
  language: 'en',
  xHandle: 'CaspianDateline',
  facebookUrl: 'https://www.facebook.com/CaspianDateline',
  telegramUrl: 'https://t.me/caspiandateline',
  youtubeUrl: 'https://www.youtube.com/@CaspianDateline',
};

/** One story to write: which kind, from which angle, where, and whether it is published. */
interface StoryPlan {
  desk: SectionDesk;
  kind: KindDefinition;
  /** nth story of this kind; also picks the angle, so no two stories share a headline template. */
  use: number;
  placeKey: keyof typeof PLACES;
  status: SeedArticle['status'];
}

export function buildNewsroom(now: Date): SeedNewsroom {
  const plans = planStories();
  const timeline = buildTimeline(plans.filter((plan) => plan.status === 'PUBLISHED').length, createRandom(seedFrom('timeline')));
  const takenSlugs = new Set<string>();
  const usage = new SharedLineUsage();
  const articles: { article: SeedArticle; order: number }[] = [];

  let publishedIndex = 0;
  let unpublishedIndex = 0;
  for (const plan of plans) {
    const story = writeStory(plan, takenSlugs, usage);
    if (plan.status === 'PUBLISHED') {
      const slot = timeline.published[publishedIndex++];
      articles.push({ article: { ...story, publishedAt: slot.publishedAt(now), updatedAt: slot.updatedAt(now) }, order: slot.order });
    } else {
      const publishedAt = timeline.unpublished(plan.status, unpublishedIndex++, now);
      articles.push({ article: { ...story, publishedAt, updatedAt: null }, order: Number.MAX_SAFE_INTEGER });
    }
  }
  // Oldest first, so database ids grow with publication time as they would in a real newsroom.
  const orderedArticles = articles.sort((a, b) => a.order - b.order).map(({ article }) => article);

  return {
    settings: SETTINGS,
    sections: DESKS.map((desk, position) => ({ name: desk.name, slug: desk.slug, description: desk.description, position })),
    authors: AUTHORS,
    tags: TAGS,
    images: collectImages(orderedArticles),
    galleries: buildGalleries(orderedArticles),
    articles: orderedArticles,
    staticPages: STATIC_PAGES,
  };
}

/** Splits `total` as evenly as possible over `parts`, earlier parts taking the remainder. */
function spread(total: number, parts: number): number[] {
  return Array.from({ length: parts }, (_, index) => Math.floor(total / parts) + (index < total % parts ? 1 : 0));
}

function planStories(): StoryPlan[] {
  const random = createRandom(seedFrom('plan'));
  const publishedPerDesk = spread(PUBLISHED_STORIES, DESKS.length);
  const unpublishedPerDesk = spread(UNPUBLISHED_STATUSES.length, DESKS.length);
  const unpublishedStatuses = random.shuffle(UNPUBLISHED_STATUSES);
  const plans: StoryPlan[] = [];

  DESKS.forEach((desk, deskIndex) => {
    const kinds = KINDS.filter((kind) => kind.section === desk.slug);
    const uses = new Map<KindDefinition, number>();
    const take = (kind: KindDefinition): Omit<StoryPlan, 'status'> => {
      const use = uses.get(kind) ?? 0;
      uses.set(kind, use + 1);
      // Walk the kind's places in a fixed shuffled order so repeated kinds move around the country.
      const places = createRandom(seedFrom(`places:${kind.id}`)).shuffle(kind.places);
      return { desk, kind, use, placeKey: places[use % places.length] };
    };

    // Gallery stories come first and are always published: their galleries must be visible.
    const galleryStories = kinds.flatMap((kind) => Array.from({ length: kind.gallery?.maxUses ?? 0 }, () => take(kind)));
    const total = publishedPerDesk[deskIndex] + unpublishedPerDesk[deskIndex];
    const regularKinds = random.shuffle(kinds.filter((kind) => !kind.gallery));
    const regularStories: Omit<StoryPlan, 'status'>[] = [];
    for (let turn = 0; regularStories.length < total - galleryStories.length; turn++) {
      const kind = regularKinds[turn % regularKinds.length];
      if ((uses.get(kind) ?? 0) < kind.angleCount) regularStories.push(take(kind));
      else if (regularKinds.every((candidate) => (uses.get(candidate) ?? 0) >= candidate.angleCount)) {
        throw new Error(`Not enough story angles for section ${desk.slug}`);
      }
    }

    const unpublished = new Set(random.sample(regularStories, unpublishedPerDesk[deskIndex]));
    for (const story of [...galleryStories, ...regularStories]) {
      plans.push({ ...story, status: unpublished.has(story) ? unpublishedStatuses.pop() ?? 'DRAFT' : 'PUBLISHED' });
    }
  });
  // Nobody schedules a match report: a live event's SCHEDULED status is swapped with a draft's.
  for (const plan of plans.filter((candidate) => candidate.status === 'SCHEDULED' && candidate.kind.liveEvent)) {
    const swap = plans.find((candidate) => (candidate.status === 'DRAFT' || candidate.status === 'IN_REVIEW') && !candidate.kind.liveEvent);
    if (swap) [plan.status, swap.status] = [swap.status, plan.status];
  }
  return plans;
}

/** How long a story is: mostly medium, some short briefs, a few long reads. */
function targetWords(random: Random): number {
  const roll = random.next();
  if (roll < 0.15) return random.int(320, 450);
  if (roll < 0.65) return random.int(450, 850);
  if (roll < 0.9) return random.int(850, 1150);
  return random.int(1150, 1400);
}

/** A story without its times, which come from the timeline. */
type WrittenStory = Omit<SeedArticle, 'publishedAt' | 'updatedAt'>;

function writeStory(plan: StoryPlan, takenSlugs: Set<string>, usage: SharedLineUsage): WrittenStory {
  const { desk, kind, use } = plan;
  // Each story has its own seed, so editing one kind's templates does not reshuffle the others
  // (only the spreading of shared lines, which follows the fixed plan order, can shift).
  const random = createRandom(seedFrom(`story:${kind.id}:${use}`));
  const place = PLACES[plan.placeKey];
  const cast = createCast(random);
  const material = kind.materialize(random, use, place, cast);
  const experts = castExperts(desk, material, random, cast);
  const gallery = kind.gallery ? GALLERIES.find((candidate) => candidate.slug === kind.gallery?.slug) : undefined;
  if (kind.gallery && !gallery) throw new Error(`Unknown gallery ${kind.gallery.slug}`);

  const byline = chooseByline(random, desk, Boolean(gallery));
  const words = targetWords(random);
  const figure = gallery
    ? galleryFigure(gallery)
    : words >= 500 && random.chance(0.45)
      ? { imageKey: desk.figure.key, caption: desk.figure.caption, credit: desk.figure.credit }
      : null;

  const body = layoutStory({
    material, desk, experts, place, random, figure, usage,
    targetWords: words,
    gallerySlug: gallery?.slug ?? null,
    endNote: chooseEndNote(random, desk, byline.authorSlugs, place.name, kind.tags),
  });

  const heroImageKey = gallery ? galleryImageKey(gallery.slug, 0) : kind.hero === 'gallery' || random.chance(0.08) ? null : kind.hero.key;
  const headline = plainText(material.headline);
  return {
    slug: uniqueSlug(headline, takenSlugs),
    headline,
    standfirst: plainText(material.standfirst),
    mediaMarker: gallery ? 'PHOTO' : kind.video && use < 2 ? 'VIDEO' : null,
    sectionSlug: desk.slug,
    authorSlugs: byline.authorSlugs,
    creditLine: byline.creditLine,
    tagSlugs: chooseTags(random, [place.tagSlug, ...kind.tags], JSON.stringify(body)),
    heroImageKey,
    gallerySlug: gallery?.slug ?? null,
    body,
    status: plan.status,
  };
}

/** Photo stories show the gallery's second picture in the text, with its gallery caption. */
function galleryFigure(gallery: GalleryPlan): { imageKey: string; caption: string; credit: string } {
  const photo = gallery.photos[1];
  return { imageKey: galleryImageKey(gallery.slug, 1), caption: photo.itemCaption ?? photo.caption, credit: galleryPhotoCredit(gallery, photo) };
}

function chooseByline(random: Random, desk: SectionDesk, isPhotoStory: boolean): Pick<SeedArticle, 'authorSlugs' | 'creditLine'> {
  // Photo stories are credited to the writer and the photographer together.
  if (isPhotoStory) return { authorSlugs: [random.pick(desk.authorSlugs), PHOTOGRAPHER_SLUG], creditLine: null };
  if (random.chance(0.15)) return { authorSlugs: [], creditLine: random.pick(CREDIT_LINES) };
  // The desk's lead reporter writes most stories; colleagues fill in.
  const lead = random.chance(0.6) ? desk.authorSlugs[0] : random.pick(desk.authorSlugs);
  if (!random.chance(0.08)) return { authorSlugs: [lead], creditLine: null };
  const colleagues = AUTHORS.map((author) => author.slug).filter((slug) => slug !== lead && slug !== PHOTOGRAPHER_SLUG);
  return { authorSlugs: [lead, ...random.sample(colleagues, random.int(1, 2))], creditLine: null };
}

function chooseEndNote(random: Random, desk: SectionDesk, authorSlugs: string[], placeName: string, kindTags: string[]): string | null {
  const roll = random.next();
  // A desk colleague, or the regions correspondent, helps with the reporting.
  const helpers = AUTHORS.filter((author) => [...desk.authorSlugs, REGIONS_CORRESPONDENT].includes(author.slug) && !authorSlugs.includes(author.slug));
  if (roll < 0.1 && authorSlugs.length > 0 && helpers.length > 0) {
    const reporter = random.pick(helpers);
    return `*Additional reporting by ${reporter.name}${placeName === 'Baku' ? '' : ` in ${placeName}`}.*`;
  }
  if (roll < 0.2 && kindTags.length > 0) {
    const tag = TAGS.find((candidate) => candidate.slug === kindTags[0]);
    if (tag) return `**More on this topic:** [${tag.name}](/tag/${tag.slug})`;
  }
  return null;
}

const REGIONS_CORRESPONDENT = 'ferid-huseynzade';

/** Organisations quoted in the body earn their tag, as an editor would add it. */
const ORGANISATION_TAGS: [string, string][] = [
  ['Caspian Policy Institute', 'caspian-policy-institute'],
  ['Xəzər Technical University', 'xezer-technical-university'],
  ['Chamber of Accounts', 'chamber-of-accounts'],
  ['Central Bank', 'central-bank'],
];

function chooseTags(random: Random, candidates: string[], bodyText: string): string[] {
  if (random.chance(0.05)) return [];
  const organisations = ORGANISATION_TAGS.filter(([name]) => bodyText.includes(name)).map(([, slug]) => slug);
  const unique = [...new Set([...candidates, ...organisations])];
  return unique.slice(0, Math.min(5, random.int(Math.min(2, unique.length), unique.length)));
}

/** Pixel size for a photo shape; the width varies by image but stays within 1600–2400. */
function dimensions(aspect: Aspect, key: string): { width: number; height: number } {
  const random = createRandom(seedFrom(`size:${key}`));
  switch (aspect) {
    case '1:1':
      return { width: 1600, height: 1600 };
    case '3:2':
      return random.pick([{ width: 2400, height: 1600 }, { width: 2100, height: 1400 }, { width: 1800, height: 1200 }]);
    case '4:3':
      return random.pick([{ width: 2000, height: 1500 }, { width: 1600, height: 1200 }, { width: 2400, height: 1800 }]);
    case '16:9':
      return random.pick([{ width: 2400, height: 1350 }, { width: 1920, height: 1080 }, { width: 2048, height: 1152 }]);
    case '2:3':
      return { width: 1600, height: 2400 };
  }
}

function toSeedImage(spec: PhotoSpec): SeedImage {
  return {
    key: spec.key,
    ...dimensions(spec.aspect, spec.key),
    label: spec.label,
    seed: seedFrom(spec.key),
    alt: spec.alt,
    caption: spec.caption,
    credit: spec.credit,
  };
}

/** Every picture the newsroom refers to, each once: portraits, heroes, figures, gallery photos. */
function collectImages(articles: SeedArticle[]): SeedImage[] {
  const used = new Set(articles.flatMap((article) => [article.heroImageKey, ...figureKeys(article)]).filter((key): key is string => key !== null));
  const stock: PhotoSpec[] = [
    ...KINDS.flatMap((kind) => (kind.hero === 'gallery' ? [] : [kind.hero])),
    ...DESKS.map((desk) => desk.figure),
  ].filter((spec) => used.has(spec.key));
  const galleryPhotos: PhotoSpec[] = GALLERIES.flatMap((gallery) =>
    gallery.photos.map((photo, index) => ({
      key: galleryImageKey(gallery.slug, index),
      label: `${photo.label}, ${index + 1}/${gallery.photos.length}`,
      alt: photo.alt,
      caption: photo.caption,
      credit: galleryPhotoCredit(gallery, photo),
      aspect: photo.aspect,
    })),
  );
  const images = [...PORTRAITS, ...stock, ...galleryPhotos].map(toSeedImage);
  return [...new Map(images.map((image) => [image.key, image])).values()];
}

function figureKeys(article: SeedArticle): string[] {
  return article.body.flatMap((block) => (block.type === 'figure' ? [block.attrs.imageKey] : []));
}

function buildGalleries(articles: SeedArticle[]): SeedGallery[] {
  const random = createRandom(seedFrom('galleries'));
  return GALLERIES.map((gallery) => {
    const stories = articles.filter((article) => article.gallerySlug === gallery.slug && article.status === 'PUBLISHED');
    const firstStory = stories.reduce<SeedArticle | undefined>(
      (earliest, story) => (!earliest || story.publishedAt < earliest.publishedAt ? story : earliest),
      undefined,
    );
    if (!firstStory) throw new Error(`Gallery ${gallery.slug} is not used by any published story`);
    return {
      slug: gallery.slug,
      title: gallery.title,
      description: gallery.description,
      // Photo desks publish the gallery shortly before the story that embeds it.
      publishedAt: new Date(firstStory.publishedAt.getTime() - random.int(8, 45) * 60_000),
      authorSlug: gallery.authorSlug,
      items: gallery.photos.map((photo, index) => ({
        imageKey: galleryImageKey(gallery.slug, index),
        caption: photo.itemCaption ?? null,
        credit: photo.itemCredit ?? null,
      })),
    };
  });
}
