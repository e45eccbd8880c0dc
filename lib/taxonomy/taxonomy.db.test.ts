import { beforeAll, describe, expect, it } from 'vitest';
import { Conflict, Invalid } from '../auth/authorize';
import type { Role } from '../auth/permissions';
import { checkPublicPath } from '../content/routing';
import { db, type ArticleStatus } from '../db/client';
import { searchTags } from '../editorial/queries';
import { createNewsroom, type TestStaff } from '../testing/actors';
import { createSection, deleteSection, listSectionsForManagement, reorderSections, updateSection } from './sections';
import { deleteTag, listTagsForManagement, mergeTags, renameTag } from './tags';

let staff: Record<Role, TestStaff>;
let editor: TestStaff;

beforeAll(async () => {
  staff = await createNewsroom(db);
  editor = staff.EDITOR;
});

let counter = 0;
async function story(sectionId: number, options: { status?: ArticleStatus; deleted?: boolean; tagIds?: number[] } = {}) {
  const status = options.status ?? 'PUBLISHED';
  const published = status === 'PUBLISHED' || status === 'UNPUBLISHED';
  return db.article.create({
    data: {
      slug: `story-${++counter}-${Math.random().toString(36).slice(2, 7)}`,
      headline: `Story ${counter}`,
      body: { type: 'doc', content: [] },
      status,
      sectionId,
      createdById: editor.id,
      firstPublishedAt: published ? new Date() : null,
      publishedAt: status === 'PUBLISHED' ? new Date() : null,
      deletedAt: options.deleted ? new Date() : null,
      tags: { create: (options.tagIds ?? []).map((tagId, position) => ({ tagId, position })) },
    },
  });
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a refusal');
}

describe('sections', () => {
  it('creates a section at the end of the order, with a slug made from the name', async () => {
    const first = await createSection(editor, { name: 'Şəki və Zaqatala' });
    const second = await createSection(editor, { name: 'Second', slug: 'second-one', description: 'The second' });
    expect(first.value).toMatchObject({ slug: 'seki-ve-zaqatala', storyCount: 0 });
    expect(second.value.position).toBe(first.value.position + 1);
    expect(first.expire).toEqual(['sections', `section:${first.value.id}`]);
    expect(await db.auditLog.count({ where: { action: 'section.create', subjectId: String(second.value.id), actorId: editor.id } })).toBe(1);
  });

  it('refuses reserved, malformed and taken slugs with a message for the slug field', async () => {
    await createSection(editor, { name: 'Economy', slug: 'economy' });
    await db.staticPage.create({ data: { slug: 'masthead', title: 'Masthead', body: {} } });
    const cases: [string, RegExp][] = [
      ['admin', /belongs to the site itself/],
      ['latest', /belongs to the site itself/],
      ['Has Spaces', /lower-case letters, digits and single hyphens/],
      ['double--hyphen', /single hyphens/],
      ['economy', /already uses \/economy/],
      ['masthead', /fixed pages/],
    ];
    for (const [slug, message] of cases) {
      const error = await rejection(createSection(editor, { name: 'Anything', slug }));
      expect(error).toBeInstanceOf(Invalid);
      expect((error as Invalid).fieldErrors.slug, slug).toMatch(message);
    }
    expect(await db.section.count({ where: { name: 'Anything' } })).toBe(0);
  });

  it('refuses a name that would make a reserved address, or that another section has', async () => {
    for (const name of ['Latest', 'Media', 'Admin']) {
      const error = await rejection(createSection(editor, { name }));
      expect((error as Invalid).fieldErrors.slug, name).toMatch(/belongs to the site itself\. Type another slug/);
    }
    expect((await createSection(editor, { name: 'Media', slug: 'media-news' })).value.slug).toBe('media-news');

    const nation = await createSection(editor, { name: 'Nation' });
    const twin = await rejection(createSection(editor, { name: 'NATION', slug: 'nation-two' }));
    expect((twin as Invalid).fieldErrors.name).toBe('A section of that name already exists, at /nation.');
    const other = await createSection(editor, { name: 'World' });
    const renamed = await rejection(updateSection(editor, { id: other.value.id, name: 'nation', slug: 'world' }));
    expect((renamed as Invalid).fieldErrors.name).toMatch(/already exists, at \/nation/);
    // Azerbaijani capitals are the same name: İ for i, I for ı.
    await createSection(editor, { name: 'İsmayıllı rayonu', slug: 'ismayilli-rayonu' });
    for (const name of ['İSMAYILLI RAYONU', 'ismayıllı rayonu']) {
      const capitals = await rejection(createSection(editor, { name, slug: 'ismayilli-2' }));
      expect((capitals as Invalid).fieldErrors.name, name).toBe('A section of that name already exists, at /ismayilli-rayonu.');
    }
    // A name is compared as written, not as a pattern.
    await createSection(editor, { name: 'Na_ion', slug: 'na-ion' });
    // Keeping its own name is no clash.
    expect((await updateSection(editor, { id: nation.value.id, name: 'Nation', slug: 'nation', description: 'Home news' })).value.section.description).toBe('Home news');
  });

  it('changing the slug keeps every once-published story’s old address answering 301, in one transaction', async () => {
    const { value: section } = await createSection(editor, { name: 'Sport', slug: 'sport' });
    const live = await story(section.id);
    const unpublished = await story(section.id, { status: 'UNPUBLISHED' });
    const draft = await story(section.id, { status: 'DRAFT' });

    const result = await updateSection(editor, { id: section.id, name: 'Sport', slug: 'sports', updatedAt: section.updatedAt.toISOString() });
    expect(result.value.redirectsAdded).toBe(2);
    expect(result.expire).toEqual(expect.arrayContaining(['sections', `section:${section.id}`, `story:${live.id}`, 'story-lists', 'redirects']));

    const redirects = await db.redirect.findMany({ where: { articleId: { in: [live.id, unpublished.id, draft.id] } }, orderBy: { articleId: 'asc' } });
    expect(redirects.map((row) => row.fromPath)).toEqual([`/sport/${live.slug}`, `/sport/${unpublished.slug}`]);
    expect(await checkPublicPath(`/sport/${live.slug}`)).toEqual({ kind: 'moved', location: `/sports/${live.slug}` });
    expect(await checkPublicPath(`/sports/${live.slug}`)).toEqual({ kind: 'ok' });

    const audit = await db.auditLog.findFirstOrThrow({ where: { action: 'section.update', subjectId: String(section.id) } });
    expect(audit.details).toEqual({ slug: { from: 'sport', to: 'sports' }, redirectsAdded: 2 });

    // Changing it back: the story's address is live again, so its redirect from there goes.
    const current = await db.section.findUniqueOrThrow({ where: { id: section.id } });
    await updateSection(editor, { id: section.id, name: 'Sport', slug: 'sport', updatedAt: current.updatedAt.toISOString() });
    const paths = (await db.redirect.findMany({ where: { articleId: live.id } })).map((row) => row.fromPath);
    expect(paths).toEqual([`/sports/${live.slug}`]);
    expect(await checkPublicPath(`/sports/${live.slug}`)).toEqual({ kind: 'moved', location: `/sport/${live.slug}` });
  });

  it('a renamed section’s own page, its later pages and its feed answer 301 from the old slug, until a section takes it', async () => {
    const { value: section } = await createSection(editor, { name: 'Weather', slug: 'weather' });
    await updateSection(editor, { id: section.id, name: 'Climate', slug: 'climate', updatedAt: section.updatedAt.toISOString() });
    expect(await checkPublicPath('/weather')).toEqual({ kind: 'moved', location: '/climate' });
    expect(await checkPublicPath('/weather/page/2')).toEqual({ kind: 'moved', location: '/climate/page/2' });
    expect(await checkPublicPath('/weather/page/1')).toEqual({ kind: 'moved', location: '/climate' });
    expect(await checkPublicPath('/feeds/section/weather.xml')).toEqual({ kind: 'moved', location: '/feeds/section/climate.xml' });
    expect(await checkPublicPath('/climate')).toEqual({ kind: 'ok' });
    expect(await checkPublicPath('/feeds/section/no-such-section.xml')).toEqual({ kind: 'ok' }); // the feed route answers 404

    // A new section called Weather takes the old address back: it is its own now.
    await createSection(editor, { name: 'Weather', slug: 'weather' });
    expect(await checkPublicPath('/weather')).toEqual({ kind: 'ok' });
    expect(await db.sectionRedirect.count({ where: { fromSlug: 'weather' } })).toBe(0);
  });

  it('a refused slug change leaves no redirect behind', async () => {
    const { value: section } = await createSection(editor, { name: 'Health', slug: 'health' });
    await story(section.id);
    const error = await rejection(updateSection(editor, { id: section.id, name: 'Health', slug: 'economy' }));
    expect(error).toBeInstanceOf(Invalid);
    expect(await db.redirect.count({ where: { fromPath: { startsWith: '/health/' } } })).toBe(0);
    expect((await db.section.findUniqueOrThrow({ where: { id: section.id } })).slug).toBe('health');
  });

  it('does not overwrite a change someone else made meanwhile', async () => {
    const { value: section } = await createSection(editor, { name: 'Travel' });
    await updateSection(staff.ADMIN, { id: section.id, name: 'Travel & Leisure', slug: 'travel', updatedAt: section.updatedAt.toISOString() });
    const error = await rejection(updateSection(editor, { id: section.id, name: 'Trips', slug: 'travel', updatedAt: section.updatedAt.toISOString() }));
    expect(error).toBeInstanceOf(Conflict);
    expect((await db.section.findUniqueOrThrow({ where: { id: section.id } })).name).toBe('Travel & Leisure');
  });

  it('reorders all sections at once, and refuses an order made before a section was added', async () => {
    const before = (await listSectionsForManagement(editor)).map((section) => section.id);
    const reversed = [...before].reverse();
    const result = await reorderSections(editor, { order: reversed });
    expect(result.expire).toEqual(['sections']);
    expect((await listSectionsForManagement(editor)).map((section) => section.id)).toEqual(reversed);
    expect(await db.auditLog.findFirstOrThrow({ where: { action: 'section.reorder' }, orderBy: { id: 'desc' } })).toMatchObject({
      details: { from: before, to: reversed },
    });

    // Someone renaming a section while it moved is not in conflict with the move.
    const moved = await db.section.findUniqueOrThrow({ where: { id: before[0] } });
    await reorderSections(editor, { order: before });
    await updateSection(editor, { id: moved.id, name: `${moved.name} renamed`, slug: moved.slug, updatedAt: moved.updatedAt.toISOString() });
    expect((await db.section.findUniqueOrThrow({ where: { id: moved.id } })).name).toBe(`${moved.name} renamed`);

    await createSection(editor, { name: 'Late arrival' });
    expect(await rejection(reorderSections(editor, { order: before }))).toBeInstanceOf(Conflict);
    expect(await rejection(reorderSections(editor, { order: [...before, before[0]] }))).toBeInstanceOf(Conflict);
  });

  it('deletes a section only when no story is filed in it, deleted stories included', async () => {
    const { value: section } = await createSection(editor, { name: 'Opinion' });
    const only = await story(section.id, { status: 'DRAFT', deleted: true });
    const error = await rejection(deleteSection(editor, { id: section.id }));
    expect(error.message).toMatch(/still has one story \(deleted ones count/);
    await db.article.delete({ where: { id: only.id } });
    const result = await deleteSection(editor, { id: section.id });
    expect(result.expire).toEqual(['sections', `section:${section.id}`]);
    expect(await db.section.findUnique({ where: { id: section.id } })).toBeNull();
    expect(await db.auditLog.count({ where: { action: 'section.delete', subjectId: String(section.id) } })).toBe(1);
  });
});

describe('tags', () => {
  let section: { id: number };
  beforeAll(async () => {
    section = (await createSection(editor, { name: 'Tag tests' })).value;
  });

  it('renames a tag and expires the pages of its published stories', async () => {
    const tag = await db.tag.create({ data: { name: 'oil', slug: 'oil' } });
    const live = await story(section.id, { tagIds: [tag.id] });
    await story(section.id, { status: 'DRAFT', tagIds: [tag.id] });
    const result = await renameTag(editor, { id: tag.id, name: 'Oil prices', expectedName: 'oil' });
    expect(result.value).toMatchObject({ name: 'Oil prices', slug: 'oil-prices', storyCount: 2 });
    expect(result.expire).toEqual([`tag:${tag.id}`, `story:${live.id}`, 'story-lists']);
    expect(await db.auditLog.findFirstOrThrow({ where: { action: 'tag.rename', subjectId: String(tag.id) } })).toMatchObject({
      details: { from: { name: 'oil', slug: 'oil' }, to: { name: 'Oil prices', slug: 'oil-prices' } },
    });
  });

  it('refuses a name or a slug another tag has, pointing to merge instead, and a stale rename', async () => {
    const a = await db.tag.create({ data: { name: 'Gas', slug: 'gas' } });
    const b = await db.tag.create({ data: { name: 'Natural gas', slug: 'natural-gas' } });
    const error = await rejection(renameTag(editor, { id: b.id, name: 'Gas pipeline', slug: 'gas' }));
    expect((error as Invalid).fieldErrors.slug).toMatch(/already uses \/tag\/gas\. To combine the two, merge/);
    // Runs of spaces collapse: a name cannot differ from another only where pages show none.
    expect((await renameTag(editor, { id: b.id, name: 'Gas \u00a0 pipeline', slug: 'gas-pipeline' })).value.name).toBe('Gas pipeline');
    const namesake = await rejection(renameTag(editor, { id: b.id, name: 'gas', slug: 'gas-2' }));
    expect((namesake as Invalid).fieldErrors.name).toBe('A tag of that name already exists, at /tag/gas. To combine the two, merge this tag into it.');
    expect((await renameTag(editor, { id: a.id, name: 'GAS' })).value).toMatchObject({ name: 'GAS', slug: 'gas' });
    const town = await db.tag.create({ data: { name: 'Şəki İpək Yolu', slug: 'seki-ipek-yolu' } });
    const capitals = await rejection(renameTag(editor, { id: b.id, name: 'ŞƏKİ İPƏK YOLU', slug: 'seki-ipek-yolu-2' }));
    expect((capitals as Invalid).fieldErrors.name).toBe(`A tag of that name already exists, at /tag/${town.slug}. To combine the two, merge this tag into it.`);
    expect(await rejection(renameTag(editor, { id: a.id, name: 'Gas', expectedName: 'Gaz' }))).toBeInstanceOf(Conflict);
    // A slug changed in another tab is not undone by a rename sent from a form that showed the old one.
    await renameTag(editor, { id: a.id, name: 'GAS', slug: 'gas-supply', expectedName: 'GAS', expectedSlug: 'gas' });
    const stale = await rejection(renameTag(editor, { id: a.id, name: 'Gas', slug: 'gas', expectedName: 'GAS', expectedSlug: 'gas' }));
    expect(stale).toBeInstanceOf(Conflict);
    expect((stale as Error).message).toBe('Someone else changed this tag meanwhile: it is now “GAS” at /tag/gas-supply. Reload to see it, then make your change again.');
    expect(await db.tag.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ name: 'GAS', slug: 'gas-supply' });
  });

  it('merges one tag into another without duplicates and deletes the merged tag', async () => {
    const from = await db.tag.create({ data: { name: 'Football', slug: 'football' } });
    const into = await db.tag.create({ data: { name: 'Soccer', slug: 'soccer' } });
    const other = await db.tag.create({ data: { name: 'Baku', slug: 'baku' } });
    const onlyFrom = await story(section.id, { tagIds: [other.id, from.id] });
    const both = await story(section.id, { tagIds: [into.id, from.id] });
    const onlyInto = await story(section.id, { tagIds: [into.id] });

    const result = await mergeTags(editor, { id: from.id, intoSlug: 'Soccer' });
    expect(result.value).toMatchObject({ moved: 1, alreadyTagged: 1, into: { id: into.id, storyCount: 3 } });
    expect(result.expire).toEqual(expect.arrayContaining([`tag:${from.id}`, `tag:${into.id}`, `story:${onlyFrom.id}`, `story:${both.id}`, 'story-lists']));
    expect(await db.tag.findUnique({ where: { id: from.id } })).toBeNull();

    const tagsOf = async (articleId: number) =>
      (await db.articleTag.findMany({ where: { articleId }, orderBy: { position: 'asc' }, select: { tagId: true } })).map((row) => row.tagId);
    expect(await tagsOf(onlyFrom.id)).toEqual([other.id, into.id]);
    expect(await tagsOf(both.id)).toEqual([into.id]);
    expect(await tagsOf(onlyInto.id)).toEqual([into.id]);
    expect(await db.auditLog.findFirstOrThrow({ where: { action: 'tag.merge', subjectId: String(into.id) } })).toMatchObject({
      details: { merged: { id: from.id, slug: 'football' }, moved: 1, alreadyTagged: 1 },
    });
  });

  it('a renamed or merged tag’s old address and its pages answer 301 to the tag it became; a deleted one’s do not', async () => {
    const renamed = await db.tag.create({ data: { name: 'Trams', slug: 'trams' } });
    await renameTag(editor, { id: renamed.id, name: 'Tramways' });
    expect(await checkPublicPath('/tag/trams')).toEqual({ kind: 'moved', location: '/tag/tramways' });
    expect(await checkPublicPath('/tag/trams/page/3')).toEqual({ kind: 'moved', location: '/tag/tramways/page/3' });
    expect(await checkPublicPath('/tag/trams/page/1')).toEqual({ kind: 'moved', location: '/tag/tramways' });
    expect(await checkPublicPath('/tag/trams/extra')).toEqual({ kind: 'missing' });

    // Merged: its own old address and the one it had before its rename lead to the tag it went into.
    const into = await db.tag.create({ data: { name: 'Public transport', slug: 'public-transport' } });
    await mergeTags(editor, { id: renamed.id, intoSlug: 'public-transport' });
    expect(await checkPublicPath('/tag/tramways')).toEqual({ kind: 'moved', location: '/tag/public-transport' });
    expect(await checkPublicPath('/tag/trams')).toEqual({ kind: 'moved', location: '/tag/public-transport' });
    expect(await db.tagRedirect.findUniqueOrThrow({ where: { fromSlug: 'tramways' } })).toMatchObject({ fromTagId: renamed.id, tagId: into.id });

    // A tag renamed to an old address takes it back.
    const buses = await db.tag.create({ data: { name: 'Buses', slug: 'buses' } });
    await renameTag(editor, { id: buses.id, name: 'Trams' });
    expect(await checkPublicPath('/tag/trams')).toEqual({ kind: 'ok' });
    expect(await checkPublicPath('/tag/buses')).toEqual({ kind: 'moved', location: '/tag/trams' });

    await deleteTag(editor, { id: into.id });
    expect(await checkPublicPath('/tag/tramways')).toEqual({ kind: 'missing' });
    expect(await db.tagRedirect.count({ where: { tagId: into.id } })).toBe(0);
  });

  it('the typeahead finds a tag by its name, accents aside, and through a renamed or merged tag’s old name', async () => {
    const metro = await db.tag.create({ data: { name: 'Bakı metrosu', slug: 'baki-metrosu' } });
    expect(await searchTags('baki metro')).toEqual([{ id: metro.id, name: 'Bakı metrosu' }]);
    // Spelt otherwise but making its address, the text means that tag (a new tag of it would be filed there).
    expect(await searchTags('Baki Metrosu')).toEqual([{ id: metro.id, name: 'Bakı metrosu', sameAddress: true }]);
    // …even with more tags sorted before it than the typeahead shows.
    await db.tag.createMany({ data: Array.from({ length: 12 }, (_, index) => ({ name: `Baki metrosu ${String(index).padStart(2, '0')}`, slug: `baki-metrosu-${index}` })) });
    const many = await searchTags('Baki Metrosu');
    expect(many[0]).toEqual({ id: metro.id, name: 'Bakı metrosu', sameAddress: true });
    expect(many).toHaveLength(10);

    const ferries = await db.tag.create({ data: { name: 'Ferries', slug: 'ferries' } });
    await renameTag(editor, { id: ferries.id, name: 'Caspian ferries' });
    const boats = await db.tag.create({ data: { name: 'Boats', slug: 'boats' } });
    await mergeTags(editor, { id: boats.id, intoSlug: 'caspian-ferries' });

    // Typed in full, an old name offers the tag it became, first and marked as meant exactly.
    expect(await searchTags('Boats')).toEqual([{ id: ferries.id, name: 'Caspian ferries', formerly: { slug: 'boats', exact: true } }]);
    expect(await searchTags('ferr')).toEqual([{ id: ferries.id, name: 'Caspian ferries' }]);
    expect(await searchTags('boa')).toEqual([{ id: ferries.id, name: 'Caspian ferries', formerly: { slug: 'boats', exact: false } }]);
    expect(await searchTags('  ')).toEqual([]);
  });

  it('merges into a tag named as the editor knows it: by its name, accents and case aside', async () => {
    const from = await db.tag.create({ data: { name: 'Sheki', slug: 'sheki' } });
    const into = await db.tag.create({ data: { name: 'Şəki', slug: 'seki' } });
    const local = await db.tag.create({ data: { name: 'Local government', slug: 'local-gov' } });
    expect((await mergeTags(editor, { id: from.id, intoSlug: 'ŞƏKİ' })).value.into.id).toBe(into.id);
    const council = await db.tag.create({ data: { name: 'Councils', slug: 'councils' } });
    expect((await mergeTags(editor, { id: council.id, intoSlug: 'Local government' })).value.into.id).toBe(local.id);
  });

  it('refuses merging into an unknown tag or into itself', async () => {
    const tag = await db.tag.create({ data: { name: 'Lonely', slug: 'lonely' } });
    expect((await rejection(mergeTags(editor, { id: tag.id, intoSlug: 'no-such-tag' })) as Invalid).fieldErrors.intoSlug).toMatch(/No tag is called “no-such-tag”/);
    expect((await rejection(mergeTags(editor, { id: tag.id, intoSlug: 'lonely' })) as Invalid).message).toMatch(/into itself/);
    expect(await db.tag.findUnique({ where: { id: tag.id } })).not.toBeNull();
  });

  it('deletes a tag from every story that had it', async () => {
    const tag = await db.tag.create({ data: { name: 'Obsolete', slug: 'obsolete' } });
    const tagged = await story(section.id, { tagIds: [tag.id] });
    const result = await deleteTag(editor, { id: tag.id });
    expect(result.expire).toEqual([`tag:${tag.id}`, `story:${tagged.id}`, 'story-lists']);
    expect(await db.articleTag.count({ where: { tagId: tag.id } })).toBe(0);
    expect(await db.auditLog.findFirstOrThrow({ where: { action: 'tag.delete', subjectId: String(tag.id) } })).toMatchObject({ details: { name: 'Obsolete', stories: 1 } });
  });

  it('lists tags by name with story counts, searchable and paginated', async () => {
    for (let i = 0; i < 55; i++) await db.tag.create({ data: { name: `Zeta ${String(i).padStart(2, '0')}`, slug: `zeta-${i}` } });
    const first = await listTagsForManagement(editor, { q: 'zeta' });
    expect(first).toMatchObject({ total: 55, page: 1, pageCount: 2 });
    expect(first.tags[0]).toMatchObject({ name: 'Zeta 00', storyCount: 0 });
    // The database's pattern characters are searched as themselves.
    await db.tag.create({ data: { name: 'Zeta 100%', slug: 'zeta-100' } });
    expect((await listTagsForManagement(editor, { q: '%' })).tags.map((tag) => tag.name)).toEqual(['Zeta 100%']);
    expect((await listTagsForManagement(editor, { q: '_' })).total).toBe(0);
    expect(await searchTags('_')).toEqual([]);
    await db.tag.delete({ where: { slug: 'zeta-100' } });
    const second = await listTagsForManagement(editor, { q: 'zeta', page: 9 });
    expect(second.page).toBe(2);
    expect(second.tags.map((tag) => tag.name)).toEqual(['Zeta 50', 'Zeta 51', 'Zeta 52', 'Zeta 53', 'Zeta 54']);
  });

  it('sorts names the way the alphabet does: accented letters beside their base letter, case aside', async () => {
    const names = ['Yuxarı Zeta', 'Şəki Zeta', 'Salyan Zeta', 'Əliyev Zeta', 'Ekologiya Zeta', 'ölkə Zeta', 'Oğuz Zeta', 'Fizuli Zeta'];
    for (const [i, name] of names.entries()) await db.tag.create({ data: { name, slug: `alphabet-${i}` } });
    const listed = (await listTagsForManagement(editor, { q: ' zeta' })).tags.map((tag) => tag.name).filter((name) => names.includes(name));
    expect(listed).toEqual(['Ekologiya Zeta', 'Əliyev Zeta', 'Fizuli Zeta', 'Oğuz Zeta', 'ölkə Zeta', 'Salyan Zeta', 'Şəki Zeta', 'Yuxarı Zeta']);
  });
});
