import { zonedParts } from './format';

/**
 * `<input type="datetime-local">` values read and written as a clock in the publication's time
 * zone (not the browser's), so an editor in another country schedules for the newsroom's minute.
 * Browser-safe.
 */

const pad = (value: number) => String(value).padStart(2, '0');

/** What a datetime-local value names in a zone: an instant, or why it names none. */
export type ZonedInput = { ok: true; date: Date } | { ok: false; reason: 'malformed' | 'skipped' };

const DAY_MS = 86_400_000;

/**
 * "2031-05-01T12:30" (or with :ss) in `timeZone` → the instant it names. On the day clocks go
 * forward some times never happen (`skipped`: the editor is asked for another, never moved an
 * hour without noticing); on the day they go back some happen twice, and the first is meant.
 */
export function readZonedInput(value: string, timeZone: string): ZonedInput {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!match) return { ok: false, reason: 'malformed' };
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0));
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second || 0);
  const wall = new Date(asUtc);
  // 31 April or 25:99 would roll over into another time: no such clock reading.
  if (wall.getUTCMonth() + 1 !== month || wall.getUTCDate() !== day || wall.getUTCHours() !== hour || wall.getUTCMinutes() !== minute) {
    return { ok: false, reason: 'malformed' };
  }
  // The zone's offsets a day either side cover both readings around any change of clocks.
  const offsets = new Set([asUtc - DAY_MS, asUtc + DAY_MS].map((around) => zonedParts(new Date(around), timeZone).offsetMinutes));
  const readings = [...offsets]
    .map((offset) => asUtc - offset * 60_000)
    .filter((instant) => {
      const p = zonedParts(new Date(instant), timeZone);
      return p.year === year && p.month === month && p.day === day && p.hour === hour && p.minute === minute;
    })
    .sort((a, b) => a - b);
  return readings.length ? { ok: true, date: new Date(readings[0]) } : { ok: false, reason: 'skipped' };
}

/** An instant as a datetime-local value in `timeZone`, to the minute (newsrooms schedule by the minute). */
export function dateToZonedInput(date: Date, timeZone: string): string {
  const p = zonedParts(date, timeZone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}
