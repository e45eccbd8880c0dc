import { describe, expect, it } from 'vitest';
import { rowIdFrom } from './row-id';

describe('rowIdFrom', () => {
  it('reads a positive integer that PostgreSQL’s integer holds', () => {
    expect(rowIdFrom('12')).toBe(12);
    expect(rowIdFrom(['7', '8'])).toBe(7);
    expect(rowIdFrom('2147483647')).toBe(2_147_483_647);
  });

  it('refuses anything else rather than pass it to a query', () => {
    for (const value of [undefined, '', 'abc', '0', '-1', '1.5', '1e3', ' 1', '2147483648', '99999999999999999999']) expect(rowIdFrom(value), String(value)).toBeNull();
  });
});
