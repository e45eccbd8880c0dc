import { beforeAll, describe, expect, it } from 'vitest';
import { Conflict, Forbidden, Invalid } from '../auth/guard';
import { cacheTag } from '../content/tags';
import { checkPublicPath } from '../content/routing';
import { absoluteUrl } from '../content/urls';
import { db } from '../db/client';
import { createStaff, type TestStaff } from '../testing/actors';
import { createImage, createSection, paragraphs } from '../testing/newsroom';
import { autosaveStory } from './autosave';
import { AUTOSAVE_COALESCE_MS, createDraft, saveStory, type ConflictState } from './save';
import { storedRevision } from './snapshot';
import { mergeTags } from '../taxonomy/tags';
import { caught, fields } from './testing';
import { publishStory } from './workflow';

let editor: TestStaff;
let author: TestStaff;
let section: { id: number; slug: string };
let otherSection: { id: number; slug: string };

beforeAll(async () => {
  editor = await createStaff(db, { role: 'EDITOR', name: 'Aynur Məmmədova' });
  author = await createStaff(db, { role: 'AUTHOR', name: 'Rauf Əliyev' });
  section = await createSection(db, { name: 'Nation' });
  otherSection = await createSection(db, { name: 'Politics' });
});

describe('createDraft and saveStory', () => {
  it('creates a draft with a transliterated slug, bodyText, bylines, tags and a first revision', async () => {
    const { value: story } = await createDraft(editor, {
      fields: fields({ sectionId: section.id, headline: 'Əliyev Şəki visit', authorIds: [author.id, editor.id], newTags: ['Şəki'] }),
    });
    expect(story.snapshot.slug).toBe('eliyev-seki-visit');
    const row = await db.article.findUniqueOrThrow({
      where: { id: story.id },
      include: { authors: { orderBy: { position: 'asc' } }, tags: { include: { tag: true } }, revisions: true },
    });
    expect(row.status).toBe('DRAFT');
    expect(row.createdById).toBe(editor.id);
    expect(row.bodyText).toBe('The first paragraph.\nThe second paragraph.');
    expect(row.authors.map((a) => a.userId)).toEqual([author.id, editor.id]);
    expect(row.tags.map((t) => t.tag.slug)).toEqual(['seki']);
    expect(row.revisions).toHaveLength(1);
    expect(storedRevision.parse(row.revisions[0].snapshot).origin).toBe('create');
    expect(await db.auditLog.count({ where: { action: 'story.create', subjectId: String(story.id) } })).toBe(1);
  });

  it('adds -2, -3 to generated slugs but refuses a typed slug that is taken', async () => {
    const first = await createDraft(editor, { fields: fields({ sectionId: section.id, headline: 'Москва talks' }) });
    const second = await createDraft(editor, { fields: fields({ sectionId: section.id, headline: 'Москва talks' }) });
    const third = await createDraft(editor, { fields: fields({ sectionId: section.id, headline: 'Москва talks' }) });
    expect([first.value.snapshot.slug, second.value.snapshot.slug, third.value.snapshot.slug]).toEqual([
      'moskva-talks',
      'moskva-talks-2',
      'moskva-talks-3',
    ]);
    const error = await caught(createDraft(editor, { fields: fields({ sectionId: section.id, slug: 'moskva-talks', slugAuto: false }) }));
    expect(error).toBeInstanceOf(Invalid);
    expect((error as Invalid).fieldErrors['fields.slug']).toMatch(/already used/i);
  });

  it('a canonical override naming the story’s own address is stored as none; another address is kept', async () => {
    const own = await createDraft(editor, { fields: fields({ sectionId: section.id, headline: 'Canonical to itself' }) });
    const ownUrl = absoluteUrl(`/${section.slug}/${own.value.snapshot.slug}/`);
    const saved = await saveStory(editor, { id: own.value.id, version: own.value.version, fields: fields({ sectionId: section.id, headline: 'Canonical to itself', slug: own.value.snapshot.slug, canonicalUrl: ownUrl }) });
    expect(saved.value.snapshot.canonicalUrl).toBeNull();
    expect((await db.article.findUniqueOrThrow({ where: { id: own.value.id } })).canonicalUrl).toBeNull();

    const syndicated = await createDraft(editor, { fields: fields({ sectionId: section.id, headline: 'Syndicated', canonicalUrl: 'https://partner.example.org/original' }) });
    expect(syndicated.value.snapshot.canonicalUrl).toBe('https://partner.example.org/original');
  });

  it('saves a story whose tag was merged meanwhile under the tag it went into, in its place, and says so', async () => {
    const stamp = Date.now();
    const [merged, into, other] = await Promise.all(
      ['Merged', 'Into', 'Other'].map((name) => db.tag.create({ data: { name: `${name} ${stamp}`, slug: `${name.toLowerCase()}-${stamp}` } })),
    );
    const { value: story } = await createDraft(editor, { fields: fields({ sectionId: section.id, headline: 'Tagged then merged', tagIds: [merged.id, other.id] }) });
    await mergeTags(editor, { id: merged.id, intoSlug: into.slug });
    const saved = await saveStory(editor, {
      id: story.id,
      version: story.version,
      fields: fields({ sectionId: section.id, headline: 'Tagged then merged', slug: story.snapshot.slug, tagIds: [merged.id, other.id] }),
    });
    expect(saved.value.mergedTags).toEqual([{ fromId: merged.id, into: { id: into.id, name: into.name } }]);
    expect(saved.value.droppedTagIds).toEqual([]);
    expect(saved.value.snapshot.tagIds).toEqual([into.id, other.id]);
    // Typing the merged tag's old name files the story under the tag it went into, not a new one.
    const typed = await saveStory(editor, {
      id: story.id,
      version: saved.value.version,
      fields: fields({ sectionId: section.id, headline: 'Tagged then merged', slug: story.snapshot.slug, tagIds: [other.id], newTags: [merged.name] }),
    });
    expect(typed.value.createdTags).toEqual([]);
    expect(typed.value.snapshot.tagIds).toEqual([other.id, into.id]);
  });

  it('saves a story whose tag was deleted meanwhile, leaving that tag off and saying so', async () => {
    const doomed = await db.tag.create({ data: { name: 'Doomed tag', slug: `doomed-${Date.now()}` } });
    const kept = await db.tag.create({ data: { name: 'Kept tag', slug: `kept-${Date.now()}` } });
    const { value: story } = await createDraft(editor, { fields: fields({ sectionId: section.id, headline: 'Tagged then untagged', tagIds: [doomed.id, kept.id] }) });
    await db.tag.delete({ where: { id: doomed.id } });
    const saved = await saveStory(editor, {
      id: story.id,
      version: story.version,
      fields: fields({ sectionId: section.id, headline: 'Tagged then untagged', slug: story.snapshot.slug, tagIds: [doomed.id, kept.id] }),
    });
    expect(saved.value.droppedTagIds).toEqual([doomed.id]);
    expect(saved.value.snapshot.tagIds).toEqual([kept.id]);
    expect((await db.articleTag.findMany({ where: { articleId: story.id } })).map((row) => row.tagId)).toEqual([kept.id]);
  });

  it('never calls a story “page”, the segment of a section’s later pages', async () => {
    const generated = await createDraft(editor, { fields: fields({ sectionId: section.id, headline: 'Page' }) });
    expect(generated.value.snapshot.slug).toMatch(/^page-\d+$/);
    const error = await caught(createDraft(editor, { fields: fields({ sectionId: section.id, headline: 'Page', slug: 'page', slugAuto: false }) }));
    expect(error).toBeInstanceOf(Invalid);
    expect((error as Invalid).fieldErrors['fields.slug']).toMatch(/kept for the section’s pages/);
  });

  it('saves with the version it started from and bumps it; a stale version is a Conflict carrying their text', async () => {
    const { value: draft } = await createDraft(author, { fields: fields({ sectionId: section.id, headline: 'Locking test', authorIds: [author.id] }) });
    const mine = await saveStory(author, { id: draft.id, version: draft.version, fields: fields({ sectionId: section.id, headline: 'Locking test: first edit', authorIds: [author.id] }) });
    expect(mine.value.version).toBe(draft.version + 1);

    // The editor opened the story at the same version as the author and saves second.
    const error = await caught(
      saveStory(editor, { id: draft.id, version: draft.version, fields: fields({ sectionId: section.id, headline: 'Locking test: editor edit', authorIds: [author.id] }) }),
    );
    expect(error).toBeInstanceOf(Conflict);
    const current = (error as Conflict<ConflictState>).current;
    expect(current?.version).toBe(mine.value.version);
    expect(current?.snapshot.headline).toBe('Locking test: first edit');
    expect(current?.savedBy).toBe('Rauf Əliyev');
    const row = await db.article.findUniqueOrThrow({ where: { id: draft.id } });
    expect(row.headline).toBe('Locking test: first edit');
    expect(await db.revision.count({ where: { articleId: draft.id } })).toBe(2);
  });

  it('leaves unchanged bylines, tags and pictures alone, and changes only what did change', async () => {
    const [first, second, third] = [await createImage(db), await createImage(db), await createImage(db)];
    const body = (...imageIds: number[]) => ({
      type: 'doc' as const,
      content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text: 'Words.' }] }, ...imageIds.map((imageId) => ({ type: 'figure' as const, attrs: { imageId } }))],
    });
    const base = { sectionId: section.id, headline: 'Child rows', authorIds: [author.id, editor.id], newTags: ['Quba'] };
    const { value: draft } = await createDraft(author, { fields: fields({ ...base, body: body(first.id, second.id) }) });
    // A row's xmin names the transaction that last wrote it.
    const written = async () => {
      const rows = await db.$queryRaw<{ kind: string; id: number; xmin: string }[]>`
        SELECT 'author' AS kind, "userId" AS id, xmin::text FROM "ArticleAuthor" WHERE "articleId" = ${draft.id}
        UNION ALL SELECT 'tag', "tagId", xmin::text FROM "ArticleTag" WHERE "articleId" = ${draft.id}
        UNION ALL SELECT 'image', "imageId", xmin::text FROM "ArticleImage" WHERE "articleId" = ${draft.id}`;
      return new Map(rows.map((row) => [`${row.kind}:${row.id}`, row.xmin]));
    };
    const before = await written();
    const tagIds = draft.snapshot.tagIds;

    const typed = await saveStory(author, { id: draft.id, version: draft.version, fields: fields({ ...base, newTags: [], tagIds, headline: 'Child rows, retitled', body: body(first.id, second.id) }) });
    expect(await written()).toEqual(before);

    // The second picture goes, a third comes, and the bylines swap places: the first picture's row stays as it was.
    await saveStory(author, {
      id: draft.id,
      version: typed.value.version,
      fields: fields({ ...base, newTags: [], tagIds, authorIds: [editor.id, author.id], body: body(first.id, third.id, first.id) }),
    });
    const after = await written();
    expect([...after.keys()].sort()).toEqual([`author:${author.id}`, `author:${editor.id}`, `image:${first.id}`, `image:${third.id}`, `tag:${tagIds[0]}`].sort());
    expect(after.get(`image:${first.id}`)).toBe(before.get(`image:${first.id}`));
    expect(after.get(`tag:${tagIds[0]}`)).toBe(before.get(`tag:${tagIds[0]}`));
    expect(after.get(`author:${author.id}`)).not.toBe(before.get(`author:${author.id}`));
    const bylines = await db.articleAuthor.findMany({ where: { articleId: draft.id }, orderBy: { position: 'asc' } });
    expect(bylines.map((byline) => byline.userId)).toEqual([editor.id, author.id]);
  });

  it('names a step taken meanwhile, such as publishing, rather than the last save', async () => {
    const { value: draft } = await createDraft(author, { fields: fields({ sectionId: section.id, headline: 'Step while editing', authorIds: [author.id] }) });
    await publishStory(author, { id: draft.id, version: draft.version });
    const error = await caught(
      saveStory(editor, { id: draft.id, version: draft.version, fields: fields({ sectionId: section.id, headline: 'Step while editing: mine', authorIds: [author.id] }) }),
    );
    const current = (error as Conflict<ConflictState>).current;
    expect(current).toMatchObject({ status: 'PUBLISHED', happened: { text: 'Rauf Əliyev published it' } });
    expect((error as Error).message).toMatch(/^Rauf Əliyev published it while you were editing it\./);
  });

  it('lets exactly one of two simultaneous saves at the same version win', async () => {
    const { value: draft } = await createDraft(editor, { fields: fields({ sectionId: section.id, headline: 'Race' }) });
    const results = await Promise.allSettled([
      saveStory(editor, { id: draft.id, version: draft.version, fields: fields({ sectionId: section.id, headline: 'Race: A' }) }),
      saveStory(editor, { id: draft.id, version: draft.version, fields: fields({ sectionId: section.id, headline: 'Race: B' }) }),
    ]);
    const won = results.filter((result) => result.status === 'fulfilled');
    const lost = results.filter((result): result is PromiseRejectedResult => result.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0].reason).toBeInstanceOf(Conflict);
    const row = await db.article.findUniqueOrThrow({ where: { id: draft.id } });
    expect(row.version).toBe(draft.version + 1);
  });

  it('writes nothing when any part of a save is refused', async () => {
    const { value: draft } = await createDraft(editor, { fields: fields({ sectionId: section.id, headline: 'Atomic' }) });
    const error = await caught(
      saveStory(editor, {
        id: draft.id,
        version: draft.version,
        fields: fields({ sectionId: section.id, headline: 'Atomic: changed', newTags: ['Brand new tag'], heroImageId: 999_999 }),
      }),
    );
    expect(error).toBeInstanceOf(Invalid);
    expect(await db.tag.findUnique({ where: { slug: 'brand-new-tag' } })).toBeNull();
    const row = await db.article.findUniqueOrThrow({ where: { id: draft.id } });
    expect([row.headline, row.version]).toEqual(['Atomic', draft.version]);
  });

  it('refuses new tags from a Contributor but lets them pick existing ones', async () => {
    const contributor = await createStaff(db, { role: 'CONTRIBUTOR' });
    await db.tag.create({ data: { name: 'Oil', slug: 'oil' } });
    const refused = await caught(createDraft(contributor, { fields: fields({ sectionId: section.id, newTags: ['Gas prices'] }) }));
    expect(refused).toBeInstanceOf(Forbidden);
    // Typing the name of an existing tag picks it; nothing is created.
    const { value } = await createDraft(contributor, { fields: fields({ sectionId: section.id, newTags: ['oil'] }) });
    expect(value.createdTags).toEqual([]);
    expect(value.snapshot.tagIds).toHaveLength(1);
  });

  it('validates every field with clear messages', async () => {
    const { storyFields } = await import('./fields');
    const result = storyFields.safeParse({
      headline: '  ',
      sectionId: section.id,
      slug: 'Not A Slug',
      body: { type: 'doc', content: [{ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'H1' }] }] },
      canonicalUrl: 'javascript:alert(1)',
      seoTitle: 'x'.repeat(121),
    });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path[0], issue.message]));
    expect(messages.headline).toBe('Headline is required');
    expect(messages.slug).toMatch(/a–z, 0–9/);
    expect(messages.canonicalUrl).toMatch(/http/);
    expect(messages.seoTitle).toMatch(/at most 120/);
    expect(messages.body).toBeDefined();
  });

  it('takes a headline, name or tag of zero-width spaces for none, and no schedule JavaScript cannot print', async () => {
    const { scheduleInput, storyFields } = await import('./fields');
    const invisible = storyFields.safeParse({ headline: '\u200b\u200b', sectionId: section.id, newTags: ['\u200b'], body: { type: 'doc' } });
    const messages = Object.fromEntries((invisible.error?.issues ?? []).map((issue) => [issue.path[0], issue.message]));
    expect(messages.headline).toBe('Headline is required');
    expect(messages.newTags).toBeDefined();
    expect(storyFields.parse({ headline: '\u200bFerry\u200b', sectionId: section.id, newTags: ['\ufeffPorts '], body: { type: 'doc' } })).toMatchObject({ headline: 'Ferry', newTags: ['Ports'] });
    const { createSectionInput } = await import('../taxonomy/input');
    expect(createSectionInput.safeParse({ name: '\u200b\u200b', slug: 'zero-width' }).success).toBe(false);
    for (const at of ['+275760-09-13T00:00:00.000Z', '10000-01-01T00:00:00Z']) {
      expect(scheduleInput.safeParse({ id: 1, version: 1, at }).success, at).toBe(false);
    }
    expect(scheduleInput.safeParse({ id: 1, version: 1, at: '9999-12-31T23:59:00Z' }).success).toBe(true);
  });
});

describe('published stories', () => {
  async function publishedStory(headline: string) {
    const { value: draft } = await createDraft(editor, { fields: fields({ sectionId: section.id, headline, authorIds: [editor.id] }) });
    const { value: published } = await publishStory(editor, { id: draft.id, version: draft.version });
    return { id: draft.id, version: published.version, slug: draft.snapshot.slug };
  }

  it('keeps the old address working (301) after the slug or section changes, and returns the tags to expire', async () => {
    const story = await publishedStory('Old headline here');
    expect(await checkPublicPath(`/${section.slug}/old-headline-here`)).toEqual({ kind: 'ok' });

    const renamed = await saveStory(editor, {
      id: story.id,
      version: story.version,
      fields: fields({ sectionId: otherSection.id, headline: 'New headline', slug: 'new-headline', authorIds: [editor.id] }),
    });
    expect(renamed.expire).toEqual(expect.arrayContaining([cacheTag.story(story.id), cacheTag.storyLists, cacheTag.redirects, cacheTag.section(section.id), cacheTag.section(otherSection.id)]));
    expect(await checkPublicPath(`/${section.slug}/old-headline-here`)).toEqual({ kind: 'moved', location: `/${otherSection.slug}/new-headline` });
    expect(await db.auditLog.count({ where: { action: 'story.move', subjectId: String(story.id) } })).toBe(1);

    // Another story may not take the old slug: its old links would then lead elsewhere.
    const taken = await caught(createDraft(editor, { fields: fields({ sectionId: section.id, slug: 'old-headline-here', slugAuto: false }) }));
    expect(taken).toBeInstanceOf(Invalid);
    const generated = await createDraft(editor, { fields: fields({ sectionId: section.id, headline: 'Old headline here' }) });
    expect(generated.value.snapshot.slug).toBe('old-headline-here-2');

    // Moving back removes the redirect that would now point at itself; the other old path stays.
    await saveStory(editor, {
      id: story.id,
      version: renamed.value.version,
      fields: fields({ sectionId: section.id, headline: 'New headline', slug: 'old-headline-here', authorIds: [editor.id] }),
    });
    expect(await db.redirect.findMany({ where: { articleId: story.id }, select: { fromPath: true } })).toEqual([
      { fromPath: `/${otherSection.slug}/new-headline` },
    ]);
    expect(await checkPublicPath(`/${otherSection.slug}/new-headline`)).toEqual({ kind: 'moved', location: `/${section.slug}/old-headline-here` });
  });

  it('does not add redirects for stories that were never public', async () => {
    const { value: draft } = await createDraft(editor, { fields: fields({ sectionId: section.id, headline: 'Never public' }) });
    await saveStory(editor, { id: draft.id, version: draft.version, fields: fields({ sectionId: section.id, headline: 'Never public', slug: 'renamed-draft' }) });
    expect(await db.redirect.count({ where: { articleId: draft.id } })).toBe(0);
  });

  it('moves "Updated" only when readers see a change', async () => {
    const story = await publishedStory('Timestamps');
    const before = await db.article.findUniqueOrThrow({ where: { id: story.id } });
    const seoOnly = await saveStory(editor, {
      id: story.id,
      version: story.version,
      fields: fields({ sectionId: section.id, headline: 'Timestamps', slug: story.slug, authorIds: [editor.id], seoTitle: 'Better for search' }),
    });
    expect((await db.article.findUniqueOrThrow({ where: { id: story.id } })).updatedAt).toEqual(before.updatedAt);
    await saveStory(editor, {
      id: story.id,
      version: seoOnly.value.version,
      fields: fields({ sectionId: section.id, headline: 'Timestamps, corrected', slug: story.slug, authorIds: [editor.id] }),
    });
    expect((await db.article.findUniqueOrThrow({ where: { id: story.id } })).updatedAt.getTime()).toBeGreaterThan(before.updatedAt.getTime());
    expect(await db.auditLog.count({ where: { action: 'story.update', subjectId: String(story.id) } })).toBe(2);
  });
});

describe('autosave', () => {
  it('saves a draft and coalesces one editor’s typing session into one revision', async () => {
    const start = new Date('2030-01-01T10:00:00Z');
    const { value: draft } = await createDraft(author, { fields: fields({ sectionId: section.id, headline: 'Typing', authorIds: [author.id] }) }, { now: start });
    let version = draft.version;
    for (let i = 1; i <= 5; i++) {
      const { value } = await autosaveStory(
        author,
        { id: draft.id, version, fields: fields({ sectionId: section.id, headline: `Typing ${i}`, authorIds: [author.id] }) },
        { now: new Date(start.getTime() + i * 5_000) },
      );
      if (value.kind !== 'saved') throw new Error('a draft autosave is saved');
      version = value.story.version;
    }
    const revisions = await db.revision.findMany({ where: { articleId: draft.id }, orderBy: { version: 'asc' } });
    // The creation, then one coalesced autosave at the latest version with the latest text.
    expect(revisions.map((r) => r.version)).toEqual([1, version]);
    expect(storedRevision.parse(revisions[1].snapshot)).toMatchObject({ headline: 'Typing 5', origin: 'autosave' });
    expect(revisions[1].createdAt).toEqual(new Date(start.getTime() + 25_000));

    // After the window a new restore point begins.
    const late = await autosaveStory(
      author,
      { id: draft.id, version, fields: fields({ sectionId: section.id, headline: 'Typing later', authorIds: [author.id] }) },
      { now: new Date(start.getTime() + 5_000 + AUTOSAVE_COALESCE_MS + 1) },
    );
    if (late.value.kind !== 'saved') throw new Error('saved');
    version = late.value.story.version;
    expect(await db.revision.count({ where: { articleId: draft.id } })).toBe(3);

    // Another editor's autosave never folds into this editor's revision.
    const { value: theirs } = await autosaveStory(
      editor,
      { id: draft.id, version, fields: fields({ sectionId: section.id, headline: 'Editor typing', authorIds: [author.id] }) },
      { now: new Date(start.getTime() + 5_000 + AUTOSAVE_COALESCE_MS + 2_000) },
    );
    expect(theirs.kind).toBe('saved');
    expect(await db.revision.count({ where: { articleId: draft.id } })).toBe(4);
  });

  it('holds changes to a published story in ArticleAutosave until "Update"', async () => {
    const { value: draft } = await createDraft(editor, { fields: fields({ sectionId: section.id, headline: 'Live story', authorIds: [editor.id] }) });
    const { value: published } = await publishStory(editor, { id: draft.id, version: draft.version });
    const held = await autosaveStory(editor, {
      id: draft.id,
      version: published.version,
      fields: fields({ sectionId: section.id, headline: 'Live story, half-typed', slug: draft.snapshot.slug, authorIds: [editor.id] }),
    });
    expect(held.value.kind).toBe('held');
    expect(held.expire).toEqual([]);
    const row = await db.article.findUniqueOrThrow({ where: { id: draft.id } });
    expect([row.headline, row.version]).toEqual(['Live story', published.version]);
    const pending = await db.articleAutosave.findUniqueOrThrow({ where: { articleId_userId: { articleId: draft.id, userId: editor.id } } });
    expect(pending.baseVersion).toBe(published.version);

    const updated = await saveStory(editor, {
      id: draft.id,
      version: published.version,
      fields: fields({ sectionId: section.id, headline: 'Live story, corrected', slug: draft.snapshot.slug, authorIds: [editor.id] }),
    });
    expect(updated.expire).toContain(cacheTag.story(draft.id));
    expect(await db.articleAutosave.count({ where: { articleId: draft.id } })).toBe(0);
  });

  it('reports a conflict instead of autosaving over someone else’s save', async () => {
    const { value: draft } = await createDraft(editor, { fields: fields({ sectionId: section.id, headline: 'Two editors' }) });
    await saveStory(editor, { id: draft.id, version: draft.version, fields: fields({ sectionId: section.id, headline: 'Two editors: theirs' }) });
    const error = await caught(autosaveStory(editor, { id: draft.id, version: draft.version, fields: fields({ sectionId: section.id, headline: 'Two editors: mine' }) }));
    expect(error).toBeInstanceOf(Conflict);
  });

  it('saves body text of every block kind for search', async () => {
    const body = paragraphs('Alpha');
    body.content?.push({ type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Beta' }] }] }] });
    const { value } = await createDraft(editor, { fields: fields({ sectionId: section.id, body }) });
    expect((await db.article.findUniqueOrThrow({ where: { id: value.id } })).bodyText).toBe('Alpha\nBeta');
  });
});
