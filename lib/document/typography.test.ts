import { describe, expect, it } from 'vitest';
import { tidyFragment, tidyRuns } from './typography';

describe('tidyFragment', () => {
  it('decides a leading quote by the character it lands after', () => {
    expect(tidyFragment('"Baku"', ' ')).toBe('“Baku”');
    expect(tidyFragment("'s office", 'r')).toBe('’s office');
    expect(tidyFragment(' keeps  its  ends ')).toBe(' keeps its ends ');
  });
});

describe('tidyRuns', () => {
  it('tidies a line across its runs and trims only the line’s own ends', () => {
    expect(tidyRuns(['  He said "', 'no', '"  today.  '])).toEqual(['He said “', 'no', '” today.']);
    expect(tidyRuns([])).toEqual([]);
  });
});
