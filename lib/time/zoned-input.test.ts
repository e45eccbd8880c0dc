import { describe, expect, it } from 'vitest';
import { dateToZonedInput, zonedInputToDate } from './zoned-input';

describe('datetime-local in the publication time zone', () => {
  it('reads a Baku clock time as the right instant', () => {
    expect(zonedInputToDate('2031-05-01T12:30', 'Asia/Baku')?.toISOString()).toBe('2031-05-01T08:30:00.000Z');
    expect(zonedInputToDate('2031-05-01T12:30:15', 'Asia/Baku')?.toISOString()).toBe('2031-05-01T08:30:15.000Z');
  });

  it('handles zones with daylight saving on both sides of the change', () => {
    expect(zonedInputToDate('2031-01-15T09:00', 'Europe/London')?.toISOString()).toBe('2031-01-15T09:00:00.000Z');
    expect(zonedInputToDate('2031-07-15T09:00', 'Europe/London')?.toISOString()).toBe('2031-07-15T08:00:00.000Z');
  });

  it('writes an instant back as that zone’s clock, to the minute', () => {
    expect(dateToZonedInput(new Date('2031-05-01T08:30:15Z'), 'Asia/Baku')).toBe('2031-05-01T12:30');
    expect(dateToZonedInput(new Date('2031-07-15T23:59:59Z'), 'Europe/London')).toBe('2031-07-16T00:59');
  });

  it('rejects malformed values', () => {
    expect(zonedInputToDate('tomorrow', 'Asia/Baku')).toBeNull();
  });
});
