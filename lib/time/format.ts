/**
 * Every date the public site prints is formatted here, in the publication's time zone.
 * Formats follow the article-page spec:
 *   dateline  `19 October 2017 09:58 (UTC+04:00)` with `2017-10-19T09:58:00+04:00`
 *   masthead  `Saturday April 20 2024`
 */

export interface ZonedParts {
  year: number;
  month: number; // 1–12
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: string; // "Saturday"
  monthName: string; // "October"
  /** Offset from UTC in minutes, east positive (Baku: +240). */
  offsetMinutes: number;
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = partsFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      weekday: 'long',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'longOffset',
    });
    partsFormatters.set(timeZone, formatter);
  }
  return formatter;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Calendar fields of `date` as a clock in `timeZone` shows them. */
export function zonedParts(date: Date, timeZone: string): ZonedParts {
  const parts = Object.fromEntries(
    partsFormatter(timeZone)
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  return {
    year: Number(parts.year),
    month: MONTHS.indexOf(parts.month) + 1,
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: parts.weekday,
    monthName: parts.month,
    offsetMinutes: parseOffset(parts.timeZoneName),
  };
}

/** "GMT+04:00" → 240, "GMT-03:30" → -210, "GMT" → 0. */
function parseOffset(name: string): number {
  const match = /^GMT(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$/.exec(name);
  if (!match) throw new Error(`Unexpected time zone name: ${name}`);
  if (!match[1]) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** "+04:00", "-03:30", "+00:00". */
export function formatOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const absolute = Math.abs(offsetMinutes);
  return `${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`;
}

/** ISO 8601 with the zone's offset, for `<time datetime>` and structured data. */
export function toZonedIso(date: Date, timeZone: string): string {
  const p = zonedParts(date, timeZone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}${formatOffset(p.offsetMinutes)}`;
}

export interface Dateline {
  /** `19 October 2017 09:58 (UTC+04:00)` */
  text: string;
  /** `2017-10-19T09:58:00+04:00` */
  dateTime: string;
}

export function formatDateline(date: Date, timeZone: string): Dateline {
  const p = zonedParts(date, timeZone);
  return {
    text: `${p.day} ${p.monthName} ${p.year} ${pad(p.hour)}:${pad(p.minute)} (UTC${formatOffset(p.offsetMinutes)})`,
    dateTime: toZonedIso(date, timeZone),
  };
}

/** `Saturday April 20 2024` */
export function formatMastheadDate(date: Date, timeZone: string): string {
  const p = zonedParts(date, timeZone);
  return `${p.weekday} ${p.monthName} ${p.day} ${p.year}`;
}

/** `09:58` — for rails where the day is implied. */
export function formatClock(date: Date, timeZone: string): string {
  const p = zonedParts(date, timeZone);
  return `${pad(p.hour)}:${pad(p.minute)}`;
}

/** `19 October 2017` */
export function formatDay(date: Date, timeZone: string): string {
  const p = zonedParts(date, timeZone);
  return `${p.day} ${p.monthName} ${p.year}`;
}

/** True when `timeZone` is an IANA zone this runtime knows. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2024-04-20`: the calendar day of `date` on the publication's clock, for comparing days. */
export function dayKey(date: Date, timeZone: string): string {
  const p = zonedParts(date, timeZone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** `20 Apr 2024 09:58` — story cards in listings, where space is short but the day matters. */
export function formatCardTime(date: Date, timeZone: string): string {
  const p = zonedParts(date, timeZone);
  return `${p.day} ${SHORT_MONTHS[p.month - 1]} ${p.year} ${pad(p.hour)}:${pad(p.minute)}`;
}

/**
 * The "Latest" rail: `09:58` for stories from the publication's today, `19 Apr` for earlier
 * ones (`19 Apr 2023` from another year). `today` is the publication's current day (see dayKey).
 */
export function formatRailTime(date: Date, timeZone: string, today: string): string {
  const p = zonedParts(date, timeZone);
  if (dayKey(date, timeZone) === today) return `${pad(p.hour)}:${pad(p.minute)}`;
  const sameYear = today.startsWith(`${p.year}-`);
  return sameYear ? `${p.day} ${SHORT_MONTHS[p.month - 1]}` : `${p.day} ${SHORT_MONTHS[p.month - 1]} ${p.year}`;
}

/**
 * Seconds from `now` until the next midnight on the publication's clock: how long anything that
 * prints "today" (the masthead date) may be cached. Correct across DST changes, where a day is
 * 23 or 25 hours long.
 */
export function secondsUntilNextDay(now: Date, timeZone: string): number {
  const p = zonedParts(now, timeZone);
  const today = dayKey(now, timeZone);
  const nextDayUtc = Date.UTC(p.year, p.month - 1, p.day + 1);
  // Midnight local = midnight UTC minus the offset in force at that moment, which can differ from
  // today's when the clocks change overnight: try both offsets. Where the clocks jump over midnight
  // itself (Santiago, Beirut) one guess lands on the evening before; the next day begins at the
  // earliest guess that is already in it (01:00 there).
  const first = nextDayUtc - p.offsetMinutes * 60_000;
  const second = nextDayUtc - zonedParts(new Date(first), timeZone).offsetMinutes * 60_000;
  const tomorrow = [first, second].filter((instant) => dayKey(new Date(instant), timeZone) > today);
  const midnight = tomorrow.length ? Math.min(...tomorrow) : Math.max(first, second);
  return Math.max(1, Math.ceil((midnight - now.getTime()) / 1000));
}
