import { describe, expect, it } from 'vitest';
import { dayCacheLife } from './clock';

describe('dayCacheLife', () => {
  it('lets no page that printed a day outlive that day, until its last ten minutes', () => {
    // A reading made `left` seconds before midnight; a page rendered at any moment while the
    // reading is fresh keeps it for the reading's whole lifetime from then.
    for (let left = 600; left <= 86_400; left += 37) {
      const { expire } = dayCacheLife(left);
      const latestPageRender = expire; // seconds after the reading
      expect(latestPageRender + expire, `reading ${left}s before midnight`).toBeLessThanOrEqual(left);
    }
  });

  it('never goes under five minutes, which Next would take for request-time data, so the lag stays within ten', () => {
    for (const left of [599, 300, 1, 0]) {
      const { expire, revalidate } = dayCacheLife(left);
      expect(expire).toBe(300);
      expect(revalidate).toBe(299);
      expect(expire + expire - left).toBeLessThanOrEqual(600);
    }
  });

  it('revalidates within the hour on a long day', () => {
    expect(dayCacheLife(86_400)).toEqual({ stale: 60, revalidate: 3600, expire: 43_200 });
  });
});
