import type { Random } from './random';
import type { SeedArticle } from './types';

/**
 * When each demo story appears. All randomness is drawn here once, independently of `now`;
 * `now` only anchors the result, so moving it shifts every time without changing any story.
 *
 * Recent stories are placed minutes or hours before `now` (a few within the last two hours,
 * about a day's worth within 48 hours). Older stories are placed on earlier Baku calendar days
 * at working-day times, as a newsroom publishes them.
 */

/** Azerbaijan has kept UTC+4 all year since it dropped daylight saving time in 2016. */
const BAKU_OFFSET_MS = 4 * 60 * 60_000;
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const STORIES_IN_LAST_TWO_HOURS = 4;
const STORIES_IN_LAST_TWO_DAYS = 24;
const OLDEST_DAY = 29;
const UPDATED_SHARE = 0.2;
/** Hours of the Baku day when stories go up, weighted towards office hours. */
const PUBLISHING_HOURS = [7, 8, 8, 9, 9, 9, 10, 10, 10, 11, 11, 11, 12, 12, 13, 13, 14, 14, 15, 15, 16, 16, 17, 17, 18, 18, 19, 19, 20, 21, 22];

export interface PublishedSlot {
  /** Sort key, oldest first, that does not depend on `now`. */
  order: number;
  publishedAt(now: Date): Date;
  updatedAt(now: Date): Date | null;
}

export interface Timeline {
  /** In random order, to be handed out to stories in plan order. */
  published: PublishedSlot[];
  /** Last-edited time of a draft or story in review; the slot time of a scheduled story. */
  unpublished(status: SeedArticle['status'], index: number, now: Date): Date;
}

/** UTC instant of the Baku midnight that starts `now`'s local day. */
function bakuMidnight(now: Date): number {
  const local = now.getTime() + BAKU_OFFSET_MS;
  return local - (local % DAY) - BAKU_OFFSET_MS;
}

/** Some published stories were edited later: 1–10 hours after publication. */
function updateDelay(random: Random): number | null {
  return random.chance(UPDATED_SHARE) ? random.int(60, 600) * MINUTE + random.int(0, 59) * 1000 : null;
}

function recentSlot(random: Random, minutesAgo: number): PublishedSlot {
  const ageMs = minutesAgo * MINUTE + random.int(0, 59) * 1000;
  const delay = updateDelay(random);
  // An update must lie in the past whatever `now` is, so recent stories only get short ones.
  const updateAgeMs = delay !== null && ageMs - delay >= 5 * MINUTE ? ageMs - delay : null;
  return {
    order: -minutesAgo,
    publishedAt: (now) => new Date(now.getTime() - ageMs),
    updatedAt: (now) => (updateAgeMs === null ? null : new Date(now.getTime() - updateAgeMs)),
  };
}

function daySlot(random: Random, daysAgo: number): PublishedSlot {
  const minuteOfDay = random.pick(PUBLISHING_HOURS) * 60 + random.int(0, 59);
  const offsetMs = minuteOfDay * MINUTE + random.int(0, 59) * 1000;
  // Two or more days back, even a late story plus a ten-hour update ends before today began.
  const delay = updateDelay(random);
  const at = (now: Date) => bakuMidnight(now) - daysAgo * DAY + offsetMs;
  return {
    order: -(daysAgo * 24 * 60 + 12 * 60 - minuteOfDay),
    publishedAt: (now) => new Date(at(now)),
    updatedAt: (now) => (delay === null ? null : new Date(at(now) + delay)),
  };
}

export function buildTimeline(publishedCount: number, random: Random): Timeline {
  const published: PublishedSlot[] = [];
  for (let i = 0; i < STORIES_IN_LAST_TWO_HOURS; i++) published.push(recentSlot(random, random.int(6, 115)));
  for (let i = STORIES_IN_LAST_TWO_HOURS; i < STORIES_IN_LAST_TWO_DAYS; i++) published.push(recentSlot(random, random.int(125, 2860)));
  const olderCount = publishedCount - STORIES_IN_LAST_TWO_DAYS;
  for (let i = 0; i < olderCount; i++) published.push(daySlot(random, 2 + Math.floor((i * (OLDEST_DAY - 1)) / olderCount)));

  // Drawn up front so that the unpublished times, too, are independent of `now`.
  const draftAges = Array.from({ length: 16 }, () => random.int(35, 2800) * MINUTE + random.int(0, 59) * 1000);
  const scheduleLeads = Array.from({ length: 16 }, () => random.int(24 * 60 + 20, 72 * 60 - 20) * MINUTE);

  return {
    published: random.shuffle(published),
    unpublished: (status, index, now) =>
      status === 'SCHEDULED'
        ? new Date(now.getTime() + scheduleLeads[index % scheduleLeads.length])
        : new Date(now.getTime() - draftAges[index % draftAges.length]),
  };
}
