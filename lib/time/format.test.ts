import { describe, expect, it } from 'vitest';
import {
  dayKey,
  formatCardTime,
  formatDateline,
  formatMastheadDate,
  formatOffset,
  formatRailTime,
  isValidTimeZone,
  secondsUntilNextDay,
  toZonedIso,
  zonedParts,
} from './format';

describe('dateline in a DST-free zone (Asia/Baku, UTC+4)', () => {
  it('prints the publication clock with its offset', () => {
    const published = new Date('2017-10-19T05:58:00Z');
    expect(formatDateline(published, 'Asia/Baku')).toEqual({
      text: '19 October 2017 09:58 (UTC+04:00)',
      dateTime: '2017-10-19T09:58:00+04:00',
    });
  });

  it('moves to the next day when UTC is still on the previous one', () => {
    const lateUtc = new Date('2024-04-19T20:30:00Z');
    expect(formatMastheadDate(lateUtc, 'Asia/Baku')).toBe('Saturday April 20 2024');
    expect(formatMastheadDate(lateUtc, 'UTC')).toBe('Friday April 19 2024');
  });

  it('treats midnight as the start of the new day', () => {
    const midnight = new Date('2024-04-19T20:00:00Z');
    expect(formatDateline(midnight, 'Asia/Baku').text).toBe('20 April 2024 00:00 (UTC+04:00)');
    const justBefore = new Date('2024-04-19T19:59:00Z');
    expect(formatDateline(justBefore, 'Asia/Baku').text).toBe('19 April 2024 23:59 (UTC+04:00)');
  });
});

describe('dateline in a DST zone (Europe/London)', () => {
  it('uses the summer offset in summer and none in winter', () => {
    expect(formatDateline(new Date('2024-07-01T11:00:00Z'), 'Europe/London').text).toBe('1 July 2024 12:00 (UTC+01:00)');
    expect(formatDateline(new Date('2024-01-15T11:00:00Z'), 'Europe/London').text).toBe('15 January 2024 11:00 (UTC+00:00)');
  });

  it('changes offset exactly at the clock change', () => {
    // Clocks went forward at 01:00 UTC on 31 March 2024.
    expect(toZonedIso(new Date('2024-03-31T00:59:00Z'), 'Europe/London')).toBe('2024-03-31T00:59:00+00:00');
    expect(toZonedIso(new Date('2024-03-31T01:00:00Z'), 'Europe/London')).toBe('2024-03-31T02:00:00+01:00');
  });
});

describe('zones west of UTC and with half-hour offsets', () => {
  it('prints negative offsets', () => {
    expect(formatDateline(new Date('2024-01-10T03:30:00Z'), 'America/New_York')).toEqual({
      text: '9 January 2024 22:30 (UTC-05:00)',
      dateTime: '2024-01-09T22:30:00-05:00',
    });
  });

  it('prints minutes of half-hour zones', () => {
    expect(zonedParts(new Date('2024-01-10T00:00:00Z'), 'Asia/Kolkata').offsetMinutes).toBe(330);
    expect(formatOffset(330)).toBe('+05:30');
    expect(formatOffset(-210)).toBe('-03:30');
  });

  it('recognises unknown zones', () => {
    expect(isValidTimeZone('Asia/Baku')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
  });
});

describe('listing and rail times', () => {
  it('prints card times on the publication clock', () => {
    expect(formatCardTime(new Date('2024-04-19T20:05:00Z'), 'Asia/Baku')).toBe('20 Apr 2024 00:05');
    expect(formatCardTime(new Date('2024-04-19T20:05:00Z'), 'UTC')).toBe('19 Apr 2024 20:05');
  });

  it('shows the clock for today and the day for earlier stories', () => {
    const today = dayKey(new Date('2024-04-20T08:00:00Z'), 'Asia/Baku');
    expect(today).toBe('2024-04-20');
    // 23:59 UTC on the 19th is 03:59 on the 20th in Baku: still today there.
    expect(formatRailTime(new Date('2024-04-19T23:59:00Z'), 'Asia/Baku', today)).toBe('03:59');
    // 19:59 UTC on the 19th is 23:59 on the 19th in Baku: yesterday.
    expect(formatRailTime(new Date('2024-04-19T19:59:00Z'), 'Asia/Baku', today)).toBe('19 Apr');
    expect(formatRailTime(new Date('2023-12-31T10:00:00Z'), 'Asia/Baku', today)).toBe('31 Dec 2023');
  });
});

describe('how long "today" lasts', () => {
  it('counts down to midnight on the publication clock, not UTC', () => {
    // 19:00 UTC = 23:00 in Baku: one hour to go there, five in UTC.
    expect(secondsUntilNextDay(new Date('2024-04-19T19:00:00Z'), 'Asia/Baku')).toBe(3600);
    expect(secondsUntilNextDay(new Date('2024-04-19T19:00:00Z'), 'UTC')).toBe(5 * 3600);
  });

  it('rolls over months and years', () => {
    expect(secondsUntilNextDay(new Date('2024-12-31T23:30:00Z'), 'UTC')).toBe(1800);
    expect(secondsUntilNextDay(new Date('2024-02-29T19:59:30Z'), 'Asia/Baku')).toBe(30);
  });

  it('handles 23- and 25-hour days when the clocks change', () => {
    // London, 31 March 2024: 00:00 GMT to 00:00 BST the next day is 23 hours.
    expect(secondsUntilNextDay(new Date('2024-03-31T00:00:00Z'), 'Europe/London')).toBe(23 * 3600);
    // 27 October 2024: 00:00 BST (23:00 UTC on the 26th) to 00:00 GMT is 25 hours.
    expect(secondsUntilNextDay(new Date('2024-10-26T23:00:00Z'), 'Europe/London')).toBe(25 * 3600);
  });

  it('where the clocks jump over midnight, the next day begins at 01:00', () => {
    // Santiago, 8 September 2024: 00:00 (UTC−4) becomes 01:00 (UTC−3), at 04:00 UTC.
    expect(secondsUntilNextDay(new Date('2024-09-08T02:00:00Z'), 'America/Santiago')).toBe(2 * 3600);
    // Beirut, 31 March 2024: 00:00 (UTC+2) becomes 01:00 (UTC+3), at 22:00 UTC on the 30th.
    expect(secondsUntilNextDay(new Date('2024-03-30T20:00:00Z'), 'Asia/Beirut')).toBe(2 * 3600);
    // Santiago, 7 April 2024: 00:00 (UTC−3) falls back to 23:00 (UTC−4); the day begins at 04:00 UTC.
    expect(secondsUntilNextDay(new Date('2024-04-07T02:00:00Z'), 'America/Santiago')).toBe(2 * 3600);
  });

  it('never returns zero at the stroke of midnight', () => {
    expect(secondsUntilNextDay(new Date('2024-04-19T20:00:00Z'), 'Asia/Baku')).toBe(24 * 3600);
  });
});
