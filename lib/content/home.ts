import { getLatestArticles, getPinnedLead, getSectionLatest } from './articles';
import { getLatestGalleries, type GalleryCard } from './galleries';
import { getSections, type SectionView } from './sections';
import type { ArticleSummary } from './views';

export interface HomeView {
  lead: ArticleSummary | null;
  topStories: ArticleSummary[];
  sectionBlocks: { section: SectionView; stories: ArticleSummary[] }[];
  latest: ArticleSummary[];
  galleries: GalleryCard[];
}

const TOP_STORIES = 4;
/** How far down the newest stories the automatic lead looks for one with a picture. */
const LEAD_PICTURE_WINDOW = 6;
/** The automatic rule in words, for the newsroom's Front page. */
export const AUTOMATIC_LEAD = `the newest story with a picture among the ${LEAD_PICTURE_WINDOW} newest (else the newest)`;
const SECTION_BLOCK = 4;
const LATEST_RAIL = 10;

/**
 * The front page: the story an editor pinned leads, else AUTOMATIC_LEAD; the
 * next newest are the top stories, then one block per section with stories not already shown
 * above it.
 */
export async function getHomeView(): Promise<HomeView> {
  const [recent, pinned, sections, galleries] = await Promise.all([getLatestArticles(24), getPinnedLead(), getSections(), getLatestGalleries(4)]);
  // Not an old story just for its picture: a lead is news.
  const lead = pinned ?? recent.slice(0, LEAD_PICTURE_WINDOW).find((story) => story.thumbnail) ?? recent[0] ?? null;
  const topStories = recent.filter((story) => story.id !== lead?.id).slice(0, TOP_STORIES);
  const shown = new Set([lead, ...topStories].flatMap((story) => (story ? [story.id] : [])));

  const perSection = await Promise.all(sections.map((section) => getSectionLatest(section.id, SECTION_BLOCK + TOP_STORIES + 1)));
  const sectionBlocks = sections
    .map((section, index) => ({ section, stories: perSection[index].filter((story) => !shown.has(story.id)).slice(0, SECTION_BLOCK) }))
    .filter((block) => block.stories.length > 0);

  return { lead, topStories, sectionBlocks, latest: recent.slice(0, LATEST_RAIL), galleries };
}
