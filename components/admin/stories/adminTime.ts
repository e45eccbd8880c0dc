import { formatClock, formatDay } from '@/lib/time/format';

/** "19 October 2017 09:58" in the publication's zone, for newsroom lists. */
export function newsroomTime(iso: string, timeZone: string): string {
  const date = new Date(iso);
  return `${formatDay(date, timeZone)} ${formatClock(date, timeZone)}`;
}
