import { describe, expect, it } from 'vitest';
import { dateToZonedInput, readZonedInput } from './zoned-input';

const instant = (value: string, timeZone: string) => {
  const read = readZonedInput(value, timeZone);
  return read.ok ? read.date.toISOString() : read.reason;
};

describe('datetime-local in the publication time zone', () => {
  it('reads a Baku clock time as the right instant', () => {
    expect(instant('2031-05-01T12:30', 'Asia/Baku')).toBe('2031-05-01T08:30:00.000Z');
    expect(instant('2031-05-01T12:30:15', 'Asia/Baku')).toBe('2031-05-01T08:30:15.000Z');
  });

  it('handles zones with daylight saving on both sides of the change', () => {
    expect(instant('2031-01-15T09:00', 'Europe/London')).toBe('2031-01-15T09:00:00.000Z');
    expect(instant('2031-07-15T09:00', 'Europe/London')).toBe('2031-07-15T08:00:00.000Z');
  });

  it('refuses a time the clocks skip, and reads one they repeat as its first occurrence, in every zone alike', () => {
    expect(instant('2027-03-14T02:30', 'America/New_York')).toBe('skipped');
    expect(instant('2027-03-28T01:30', 'Europe/London')).toBe('skipped');
    expect(instant('2027-03-14T03:00', 'America/New_York')).toBe('2027-03-14T07:00:00.000Z');
    expect(instant('2027-11-07T01:30', 'America/New_York')).toBe('2027-11-07T05:30:00.000Z'); // EDT, before the change
    expect(instant('2027-10-31T01:30', 'Europe/London')).toBe('2027-10-31T00:30:00.000Z'); // BST, before the change
    expect(instant('2027-10-31T01:30', 'Asia/Baku')).toBe('2027-10-30T21:30:00.000Z');
  });

  it('writes an instant back as that zone’s clock, to the minute', () => {
    expect(dateToZonedInput(new Date('2031-05-01T08:30:15Z'), 'Asia/Baku')).toBe('2031-05-01T12:30');
    expect(dateToZonedInput(new Date('2031-07-15T23:59:59Z'), 'Europe/London')).toBe('2031-07-16T00:59');
  });

  it('rejects malformed values', () => {
    expect(instant('tomorrow', 'Asia/Baku')).toBe('malformed');
    expect(instant('2031-04-31T12:00', 'Asia/Baku')).toBe('malformed');
  });
});
