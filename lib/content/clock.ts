import { cacheLife, cacheTag as tag } from 'next/cache';
import { dayKey, formatMastheadDate, secondsUntilNextDay } from '../time/format';
import { cacheTag } from './tags';

/** Shorter cache lifetimes are request-time data to Next (no prerendering). */
const MIN_PRERENDERABLE_SECONDS = 300;

export interface PublicationDay {
  /** `Saturday April 20 2024` for the masthead. */
  label: string;
  /** `2024-04-20`, for "today" decisions such as the rail's clock times. */
  key: string;
}

/**
 * How long one reading of "today" may be cached, given the seconds left until midnight. A cached
 * page does not count down what was left of the data it printed: it takes the whole lifetime
 * from the moment it renders. So a reading made at 23:00 that lived until midnight would let a
 * page rendered at 23:59 keep yesterday's date until 00:59. Half the time left fixes that: a
 * page renders within its reading's lifetime, and adds at most that lifetime again, which still
 * ends before midnight. Next treats a lifetime under five minutes as request-time data, which
 * would fail prerendering (the 404 page has no Suspense boundary to hold it), so in the day's
 * last ten minutes a reading lives five: the date may then lag midnight by up to ten minutes,
 * never lead.
 */
export function dayCacheLife(secondsLeftToday: number): { stale: number; revalidate: number; expire: number } {
  const expire = Math.max(MIN_PRERENDERABLE_SECONDS, Math.floor(secondsLeftToday / 2));
  return { stale: 60, revalidate: Math.min(3600, expire - 1), expire };
}

/** Today on the publication's clock, cached like the content around it (dayCacheLife). */
export async function getPublicationDay(timeZone: string): Promise<PublicationDay> {
  'use cache';
  const now = new Date();
  cacheLife(dayCacheLife(secondsUntilNextDay(now, timeZone)));
  tag(cacheTag.settings);
  return { label: formatMastheadDate(now, timeZone), key: dayKey(now, timeZone) };
}
