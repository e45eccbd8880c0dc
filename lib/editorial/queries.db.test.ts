import { beforeAll, describe, expect, it } from 'vitest';
import { Forbidden } from '../auth/guard';
import { db } from '../db/client';
import { createStaff, type TestStaff } from '../testing/actors';
import { createSection, paragraphs } from '../testing/newsroom';
import { galleryOptions, loadEditorStory, listStories, reviewQueue, storyListQuery } from './queries';
import { createDraft, saveStory } from './save';
import { fields } from './testing';
import { deleteStory, publishStory, submitForReview } from './workflow';

let contributor: TestStaff;
let other: TestStaff;
let editor: TestStaff;
let section: { id: number; slug: string };
let mine: number;
let theirs: number;

beforeAll(async () => {
  contributor = await createStaff(db, { role: 'CONTRIBUTOR' });
  other = await createStaff(db, { role: 'AUTHOR' });
  editor = await createStaff(db, { role: 'EDITOR' });
  section = await createSection(db, { name: 'Culture' });
  const a = await createDraft(contributor, { fields: fields({ sectionId: section.id, headline: 'Carpet museum reopens', authorIds: [contributor.id] }) });
  const b = await createDraft(other, { fields: fields({ sectionId: section.id, headline: 'Jazz festival line-up', authorIds: [other.id] }) });
  mine = a.value.id;
  theirs = b.value.id;
  await submitForReview(contributor, a.value);
  await submitForReview(other, b.value);
});

describe('review queue', () => {
  it('shows Contributors and Authors their own stories, Editors all', async () => {
    expect((await reviewQueue(contributor)).map((item) => item.id)).toEqual([mine]);
    expect((await reviewQueue(other)).map((item) => item.id)).toEqual([theirs]);
    expect((await reviewQueue(editor)).map((item) => item.id)).toEqual(expect.arrayContaining([mine, theirs]));
  });

  it('lists the longest waiting first, by submission: a later save in review does not move a story', async () => {
    const queue = (await reviewQueue(editor)).filter((item) => item.id === mine || item.id === theirs);
    expect(queue.map((item) => item.id)).toEqual([mine, theirs]);
    const submitted = queue[0].submittedAt;
    expect(submitted).not.toBeNull();
    const row = await db.article.findUniqueOrThrow({ where: { id: mine }, select: { version: true } });
    await saveStory(contributor, { id: mine, version: row.version, fields: fields({ sectionId: section.id, headline: 'Carpet museum reopens', authorIds: [contributor.id] }) });
    const after = (await reviewQueue(editor)).filter((item) => item.id === mine || item.id === theirs);
    expect(after.map((item) => item.id)).toEqual([mine, theirs]);
    expect(after[0].submittedAt).toBe(submitted);
  });
});

describe('story list', () => {
  it('filters by status, text, section and author, and "my drafts"', async () => {
    const query = (raw: Record<string, string>) => storyListQuery.parse(raw);
    expect((await listStories(editor, query({ q: 'carpet' }))).items.map((item) => item.id)).toEqual([mine]);
    // The database's pattern characters are searched as themselves.
    for (const q of ['%', '_', '\\']) expect((await listStories(editor, query({ q }))).total, q).toBe(0);
    expect((await listStories(editor, query({ author: String(other.id) }))).items.map((item) => item.id)).toEqual([theirs]);
    expect((await listStories(contributor, query({ mine: '1' }))).items.map((item) => item.id)).toEqual([mine]);
    expect((await listStories(contributor, query({ view: 'my-drafts' }))).items.map((item) => item.id)).toEqual([mine]);
    const inReview = await listStories(editor, query({ status: 'IN_REVIEW', section: String(section.id), sort: 'headline' }));
    expect(inReview.items.map((item) => item.headline)).toEqual(['Carpet museum reopens', 'Jazz festival line-up']);
    expect(inReview).toMatchObject({ total: 2, moreThanTotal: false, pages: 1 });
    // Counted only up to a point: past it the list says "more than", and still shows its page.
    const capped = await listStories(editor, query({ status: 'IN_REVIEW', section: String(section.id), sort: 'headline' }), { countUpTo: 1 });
    expect(capped).toMatchObject({ total: 1, moreThanTotal: true, pages: 1 });
    expect(capped.items).toHaveLength(2);
  });

  it('shows Contributors and Authors their own stories and published ones, never someone else’s in the works', async () => {
    const query = (raw: Record<string, string>) => storyListQuery.parse({ section: String(section.id), ...raw });
    const ids = async (actor: TestStaff, raw: Record<string, string> = {}) => (await listStories(actor, query(raw))).items.map((item) => item.id);
    expect(await ids(contributor, { status: 'IN_REVIEW' })).toEqual([mine]);
    expect(await ids(other, { status: 'IN_REVIEW' })).toEqual([theirs]);
    expect(await ids(editor, { status: 'IN_REVIEW' })).toEqual(expect.arrayContaining([mine, theirs]));

    const live = await createDraft(other, { fields: fields({ sectionId: section.id, headline: 'Festival opens', authorIds: [other.id], creditLine: 'Staff' }) });
    await publishStory(other, live.value);
    const gone = await createDraft(other, { fields: fields({ sectionId: section.id, headline: 'Withdrawn piece', authorIds: [other.id] }) });
    await deleteStory(other, gone.value);
    expect(await ids(contributor)).toEqual(expect.arrayContaining([mine, live.value.id]));
    expect(await ids(contributor)).not.toContain(theirs);
    // What each person may do is decided per story.
    expect((await listStories(contributor, query({}))).items.find((item) => item.id === live.value.id)).toMatchObject({ mayOpen: false, mayEdit: false, mayDelete: false });
    expect((await listStories(contributor, query({}))).items.find((item) => item.id === mine)).toMatchObject({ mayOpen: true, mayEdit: true });
    expect((await listStories(editor, query({}))).items.find((item) => item.id === live.value.id)).toMatchObject({ mayOpen: true, mayEdit: true });
    expect(await ids(contributor, { status: 'DELETED' })).not.toContain(gone.value.id);
    expect(await ids(other, { status: 'DELETED' })).toContain(gone.value.id);
    expect((await listStories(contributor, query({ q: 'jazz' }))).total).toBe(0);
  });

  it('sorts headlines by the alphabet (Ə by E, Ş by S, case aside), and cuts an over-long search instead of dropping it', async () => {
    const alphabet = await createSection(db, { name: 'Alphabet' });
    for (const headline of ['Şəki silk', 'salyan rice', 'Əliyev visits', 'Fuzuli rebuilt', 'Ekologiya week']) {
      await createDraft(editor, { fields: fields({ sectionId: alphabet.id, headline }) });
    }
    const sorted = await listStories(editor, storyListQuery.parse({ section: String(alphabet.id), sort: 'headline' }));
    expect(sorted.items.map((item) => item.headline)).toEqual(['Ekologiya week', 'Əliyev visits', 'Fuzuli rebuilt', 'salyan rice', 'Şəki silk']);

    const long = storyListQuery.parse({ q: `  salyan ${'x'.repeat(300)}` });
    expect(long.q).toBe(`salyan ${'x'.repeat(193)}`);
    expect((await listStories(editor, storyListQuery.parse({ section: String(alphabet.id), q: `Şəki silk${' '.repeat(195)}tail` }))).total).toBe(1);
  });

  it('lists deleted stories only under "Deleted", and ignores nonsense parameters', async () => {
    const { value } = await createDraft(editor, { fields: fields({ sectionId: section.id, headline: 'Gone soon', creditLine: 'Staff' }) });
    const published = await publishStory(editor, value);
    await deleteStory(editor, published.value);
    const query = storyListQuery.parse({ status: 'DELETED', page: 'abc', sort: 'nonsense' });
    expect(query).toMatchObject({ page: 1, sort: 'updated' });
    expect((await listStories(editor, query)).items.map((item) => item.id)).toContain(value.id);
    expect((await listStories(editor, storyListQuery.parse({}))).items.map((item) => item.id)).not.toContain(value.id);
  });
});

describe('opening a story in the editor', () => {
  it('lets owners and editors open it and says what they may do; refuses others', async () => {
    const opened = await loadEditorStory(contributor, mine);
    expect(opened.may).toMatchObject({ edit: true, publish: false, createTags: false, upload: false });
    expect(opened.fields.headline).toBe('Carpet museum reopens');
    expect((await loadEditorStory(editor, mine)).may).toMatchObject({ edit: true, publish: true });
    await expect(loadEditorStory(contributor, theirs)).rejects.toBeInstanceOf(Forbidden);
  });

  it('offers the galleries the story shows, however long ago they changed, besides the newest', async () => {
    const old = await db.gallery.create({ data: { slug: `old-${Date.now()}`, title: 'Old gallery', createdById: editor.id } });
    const embedded = await db.gallery.create({ data: { slug: `embedded-${Date.now()}`, title: 'Embedded gallery', createdById: editor.id } });
    const long = new Date('2001-01-01T00:00:00Z');
    await db.$executeRaw`UPDATE "Gallery" SET "updatedAt" = ${long} WHERE id IN (${old.id}, ${embedded.id})`;
    const newest = Array.from({ length: 101 }, (_, index) => ({ slug: `newer-${Date.now()}-${index}`, title: `Newer ${index}`, createdById: editor.id }));
    await db.gallery.createMany({ data: newest });
    const body = { type: 'doc' as const, content: [...(paragraphs('Pictures below.').content ?? []), { type: 'galleryEmbed' as const, attrs: { galleryId: embedded.id } }] };
    const story = await createDraft(editor, { fields: fields({ sectionId: section.id, headline: 'Archive pictures', authorIds: [editor.id], galleryId: old.id, body }) });

    const offered = (await loadEditorStory(editor, story.value.id)).galleries.map((gallery) => gallery.title);
    expect(offered).toEqual(expect.arrayContaining(['Old gallery', 'Embedded gallery', 'Newer 100']));
    expect(offered).toHaveLength(102);
  });

  it('finds any gallery by the words of its title, however old, accents or not', async () => {
    const topic = `q${Date.now().toString(36)}`;
    const archived = await db.gallery.create({ data: { slug: `silk-${topic}`, title: `Şəki silk ${topic}`, createdById: editor.id } });
    await db.$executeRaw`UPDATE "Gallery" SET "updatedAt" = ${new Date('1999-05-01T00:00:00Z')} WHERE id = ${archived.id}`;
    await db.gallery.create({ data: { slug: `baku-${topic}`, title: `Baku rain ${topic}`, createdById: editor.id } });

    expect((await galleryOptions({ query: `SAKI ${topic}` })).map((gallery) => gallery.title)).toEqual([`Şəki silk ${topic}`]);
    // As slugs and Latin keyboards write ə (the gallery's own slug here says nothing of Şəki).
    expect((await galleryOptions({ query: `seki ${topic}` })).map((gallery) => gallery.title)).toEqual([`Şəki silk ${topic}`]);
    expect((await galleryOptions({ query: topic.toUpperCase() })).map((gallery) => gallery.title)).toEqual([`Baku rain ${topic}`, `Şəki silk ${topic}`]);
    expect(await galleryOptions({ query: `${topic} nowhere` })).toEqual([]);
  });
});
