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
 * Today on the publication's clock. Cached like the content around it, but only until the next
 * midnight in `timeZone`: the cache entry, and every cached page that printed it, expire then, so
 * the first request of a new day renders the new date rather than serving yesterday's while
 * revalidating. Next treats a lifetime under five minutes as request-time data, which would fail
 * prerendering (the 404 page has no Suspense boundary to hold it), so in a day's last five minutes
 * the entry lives five minutes: the date may then lag midnight by up to five minutes, never lead.
 */
export async function getPublicationDay(timeZone: string): Promise<PublicationDay> {
  'use cache';
  const now = new Date();
  const expire = Math.max(MIN_PRERENDERABLE_SECONDS, secondsUntilNextDay(now, timeZone));
  cacheLife({ stale: 60, revalidate: Math.min(3600, expire - 1), expire });
  tag(cacheTag.settings);
  return { label: formatMastheadDate(now, timeZone), key: dayKey(now, timeZone) };
}
