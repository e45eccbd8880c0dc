import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../db/client';
import { createStaff, type TestStaff } from '../testing/actors';
import { listGalleriesForPicker } from './list';

let contributor: TestStaff;
let ids: Record<'market' | 'election' | 'empty' | 'old', number>;

beforeAll(async () => {
  contributor = await createStaff(db, { role: 'CONTRIBUTOR' });
  const owner = await createStaff(db, { role: 'EDITOR' });
  const image = (n: number, alt: string) =>
    db.image.create({
      data: { storageKey: `images/picker/${n}`, width: 1000 + n, height: 700, mimeType: 'image/jpeg', bytes: 1, variantWidths: [320], alt },
    });
  const first = await image(1, 'Stalls at dawn');
  const second = await image(2, 'Spice sellers');
  const third = await image(3, 'Queues at a polling station');
  const day = (n: number) => new Date(Date.UTC(2026, 0, n));
  const gallery = (title: string, slug: string, updatedAt: Date, imageIds: number[], status: 'DRAFT' | 'PUBLISHED' = 'DRAFT') =>
    db.gallery.create({
      data: {
        title,
        slug,
        status,
        createdById: owner.id,
        updatedAt,
        items: { create: imageIds.map((imageId, position) => ({ imageId, position })) },
      },
    });
  // updatedAt is @updatedAt: set it after creation so the order below is deterministic.
  const market = await gallery('Şəki bazarı', 'seki-bazari', day(3), [second.id, first.id], 'PUBLISHED');
  const election = await gallery('Election night', 'election-night', day(4), [third.id]);
  const empty = await gallery('Nothing yet', 'nothing-yet', day(2), []);
  const old = await gallery('Old harbour', 'old-harbour', day(1), [first.id], 'PUBLISHED');
  for (const [row, when] of [[market, day(3)], [election, day(4)], [empty, day(2)], [old, day(1)]] as const) {
    await db.$executeRaw`UPDATE "Gallery" SET "updatedAt" = ${when} WHERE id = ${row.id}`;
  }
  ids = { market: market.id, election: election.id, empty: empty.id, old: old.id };
});

describe('listGalleriesForPicker', () => {
  it('lists galleries for anyone who writes, newest change first, with cover, count and status', async () => {
    const options = await listGalleriesForPicker(contributor);
    expect(options.map((option) => option.id)).toEqual([ids.election, ids.market, ids.empty, ids.old]);
    expect(options[1]).toEqual({
      id: ids.market,
      title: 'Şəki bazarı',
      slug: 'seki-bazari',
      status: 'PUBLISHED',
      photoCount: 2,
      cover: { storageKey: 'images/picker/2', width: 1002, height: 700, alt: 'Spice sellers' },
      updatedAt: '2026-01-03T00:00:00.000Z',
    });
    expect(options[2]).toMatchObject({ photoCount: 0, cover: null, status: 'DRAFT' });
  });

  it('searches titles with accents folded, and honours the limit', async () => {
    expect((await listGalleriesForPicker(contributor, { search: 'seki' })).map((option) => option.id)).toEqual([ids.market]);
    expect((await listGalleriesForPicker(contributor, { search: 'ŞƏKİ' })).map((option) => option.id)).toEqual([ids.market]);
    expect(await listGalleriesForPicker(contributor, { search: '100%' })).toEqual([]);
    expect((await listGalleriesForPicker(contributor, { limit: 2 })).map((option) => option.id)).toEqual([ids.election, ids.market]);
  });

  it('puts the galleries asked for by id first, whatever the search', async () => {
    const options = await listGalleriesForPicker(contributor, { search: 'election', ids: [ids.old, 999_999] });
    expect(options.map((option) => option.id)).toEqual([ids.old, ids.election]);
  });
});
