import { cacheLife, cacheTag as tag } from 'next/cache';
import { dayKey, formatMastheadDate, secondsUntilNextDay } from '../time/format';
import { cacheTag } from './tags';

export interface PublicationDay {
  /** `Saturday April 20 2024` for the masthead. */
  label: string;
  /** `2024-04-20`, for "today" decisions such as the rail's clock times. */
  key: string;
}

/**
 * Today on the publication's clock. Cached like the content around it, but only until the next
 * midnight in `timeZone`: the cache entry, and every prerendered page that printed it, expire at
 * the stroke of midnight, so the next request renders the new day rather than serving yesterday
 * while revalidating. Within the last five minutes of a day Next treats the entry as too short to
 * prerender and computes it per request, which is equally correct.
 */
export async function getPublicationDay(timeZone: string): Promise<PublicationDay> {
  'use cache';
  const now = new Date();
  const expire = Math.max(2, secondsUntilNextDay(now, timeZone));
  cacheLife({ stale: Math.min(60, expire), revalidate: Math.min(3600, expire - 1), expire });
  tag(cacheTag.settings);
  return { label: formatMastheadDate(now, timeZone), key: dayKey(now, timeZone) };
}
