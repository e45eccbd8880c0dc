import { describe, expect, it } from 'vitest';
import { cropKey, cropPath, cropSize, parseCropKey } from './crops';

const BASE = 'images/2026/11/abc';

describe('image crops for search engines', () => {
  it('names each ratio at 1200 px wide and reads the name back', () => {
    expect(cropKey(BASE, '16x9')).toBe(`${BASE}/crop-16x9-1200.jpg`);
    expect(cropPath(BASE, '1x1')).toBe(`/media/${BASE}/crop-1x1-1200.jpg`);
    expect(parseCropKey(cropKey(BASE, '4x3'))).toEqual({ baseKey: BASE, ratio: '4x3' });
    expect(cropSize('16x9')).toEqual({ width: 1200, height: 675 });
  });

  it('knows only the sizes that exist, never arbitrary ones', () => {
    expect(parseCropKey(`${BASE}/crop-16x9-1201.jpg`)).toBeNull();
    expect(parseCropKey(`${BASE}/crop-21x9-1200.jpg`)).toBeNull();
    expect(parseCropKey(`${BASE}/w640.webp`)).toBeNull();
  });
});
