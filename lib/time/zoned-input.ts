import { zonedParts } from './format';

/**
 * `<input type="datetime-local">` values read and written as a clock in the publication's time
 * zone (not the browser's), so an editor in another country schedules for the newsroom's minute.
 * Browser-safe.
 */

const pad = (value: number) => String(value).padStart(2, '0');

/** "2031-05-01T12:30" (or with :ss) in `timeZone` → the instant it names. */
export function zonedInputToDate(value: string, timeZone: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0));
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second || 0);
  // The zone's offset at that moment; checked twice so a DST change between guesses is caught.
  let instant = asUtc - zonedParts(new Date(asUtc), timeZone).offsetMinutes * 60_000;
  instant = asUtc - zonedParts(new Date(instant), timeZone).offsetMinutes * 60_000;
  return new Date(instant);
}

/** An instant as a datetime-local value in `timeZone`, to the minute (newsrooms schedule by the minute). */
export function dateToZonedInput(date: Date, timeZone: string): string {
  const p = zonedParts(date, timeZone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}
