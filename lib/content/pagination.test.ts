import { describe, expect, it } from 'vitest';
import { pageWindow, parsePageSegment } from './pagination';
import { pagePath } from './urls';

describe('pagination', () => {
  it('accepts only plain page numbers from 2 up in /page/N', () => {
    expect(parsePageSegment('2')).toBe(2);
    expect(parsePageSegment('120')).toBe(120);
    for (const segment of ['1', '0', '-2', '02', '2.5', 'two', '', '1e2', '9999999']) expect(parsePageSegment(segment)).toBeNull();
  });

  it('knows the last page, and that an empty listing still has page 1', () => {
    expect(pageWindow(41, 3, 20)).toEqual({ pageCount: 3, skip: 40, inRange: true });
    expect(pageWindow(40, 3, 20).inRange).toBe(false);
    expect(pageWindow(0, 1, 20)).toEqual({ pageCount: 1, skip: 0, inRange: true });
    expect(pageWindow(0, 2, 20).inRange).toBe(false);
  });

  it('builds stable page URLs with page 1 at the bare listing', () => {
    expect(pagePath('/latest', 1)).toBe('/latest');
    expect(pagePath('/latest', 2)).toBe('/latest/page/2');
    expect(pagePath('/tag/oil', 3)).toBe('/tag/oil/page/3');
  });
});
