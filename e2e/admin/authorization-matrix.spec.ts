import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import sharp from 'sharp';
import type { Role } from '../../lib/auth/permissions';
import { createStaff } from '../../lib/testing/actors';
import { createGallery, createImage, createSection, createStory, createTag, paragraphs } from '../../lib/testing/newsroom';
import { callAction, form, serverActions, signInSession, type ActionAnswer } from './server-actions';
import { db, newStaff } from './support';

/**
 * The roles table (shared/docs/roles.md) at the server's edge: every server action of the
 * newsroom and every media route, called over HTTP by an anonymous visitor, a deactivated user
 * and each role, on their own things and on someone else's. The expected cells are written out
 * here by hand, not read from lib/auth/permissions.ts, so a wrong cell there fails this test.
 * Allowed calls must succeed on a fresh target; refused ones must say so.
 */

type Caller = 'anonymous' | 'deactivated' | Role;
type Outcome = 'ok' | 'forbidden' | 'unauthenticated' | `${string}: ${string}`;
type Cell = Record<Role, boolean>;

const CALLERS: Caller[] = ['anonymous', 'deactivated', 'CONTRIBUTOR', 'AUTHOR', 'EDITOR', 'ADMIN'];
const ROLES: Role[] = ['CONTRIBUTOR', 'AUTHOR', 'EDITOR', 'ADMIN'];
const ALL: Cell = { CONTRIBUTOR: true, AUTHOR: true, EDITOR: true, ADMIN: true };
const AUTHORS_UP: Cell = { CONTRIBUTOR: false, AUTHOR: true, EDITOR: true, ADMIN: true };
const EDITORS: Cell = { CONTRIBUTOR: false, AUTHOR: false, EDITOR: true, ADMIN: true };
const ADMINS: Cell = { CONTRIBUTOR: false, AUTHOR: false, EDITOR: false, ADMIN: true };

interface Person {
  id: number;
  email: string;
  password: string;
}

interface Newsroom {
  sessions: Record<Caller, APIRequestContext>;
  people: Record<Role, Person>;
  /** Owns "someone else's" things; an Editor, so their stories can be in any state. */
  stranger: Person;
  strangerSession: APIRequestContext;
  sectionId: number;
  newSession: () => Promise<APIRequestContext>;
}

let newsroom: Newsroom;

test.beforeAll(async ({ playwright }) => {
  const session = () => playwright.request.newContext({ baseURL: process.env.BASE_URL });
  const people = {} as Record<Role, Person>;
  const sessions = { anonymous: await session() } as Record<Caller, APIRequestContext>;
  for (const role of ROLES) {
    people[role] = await newStaff(role);
    sessions[role] = await session();
    await signInSession(sessions[role], people[role]);
  }
  // A live session whose account was deactivated afterwards (an Admin, the most it could do).
  const deactivated = await newStaff('ADMIN');
  sessions.deactivated = await session();
  await signInSession(sessions.deactivated, deactivated);
  await db.user.update({ where: { id: deactivated.id }, data: { active: false } });
  const stranger = await newStaff('EDITOR');
  const strangerSession = await session();
  await signInSession(strangerSession, stranger);
  const section = await createSection(db, { name: `Matrix ${Date.now().toString(36)}` });
  newsroom = { sessions, people, stranger, strangerSession, sectionId: section.id, newSession: session };
});

test.afterAll(async () => {
  for (const session of [...Object.values(newsroom?.sessions ?? {}), newsroom?.strangerSession]) await session?.dispose();
});

/** The signed-in session of a person of the newsroom (a role's member, or the stranger). */
function sessionOf(person: Person): APIRequestContext {
  if (person.id === newsroom.stranger.id) return newsroom.strangerSession;
  const role = ROLES.find((candidate) => newsroom.people[candidate].id === person.id);
  if (!role) throw new Error(`no session for person ${person.id}`);
  return newsroom.sessions[role];
}

/** Whose thing a call targets: the caller's own, or the stranger's. */
type Whose = 'own' | 'others';

interface Row {
  /** The server action's exported name, or a media route. */
  action: string;
  what: string;
  whose?: Whose;
  allowed: Cell;
  /**
   * Past the roles check, some calls are sent stale on purpose (a reorder or settings form from
   * before), so they answer `conflict` instead of changing what other specs rely on.
   */
  allowedAnswer?: Outcome;
  /** Builds a fresh target owned by `owner` and makes the call. */
  call: (session: APIRequestContext, owner: Person) => Promise<Outcome>;
}

function outcomeOf(answer: ActionAnswer): Outcome {
  if (answer.ok) return 'ok';
  if (answer.code === 'forbidden' || answer.code === 'unauthenticated') return answer.code;
  return `${answer.code}: ${answer.message}`;
}

function outcomeOfResponse(response: APIResponse): Outcome {
  if (response.status() === 401) return 'unauthenticated';
  if (response.status() === 403) return 'forbidden';
  return response.ok() ? 'ok' : `${response.status()}: ${response.statusText()}`;
}

const action =
  (name: string, args: (owner: Person) => Promise<unknown[]>) =>
  async (session: APIRequestContext, owner: Person): Promise<Outcome> =>
    outcomeOf(await callAction(session, name, ...(await args(owner))));

const unique = () => Math.random().toString(36).slice(2, 8);

// ——— Stories ———————————————————————————————————————————————————————————————————————————————

type StoryState = 'draft' | 'inReview' | 'published' | 'unpublished' | 'scheduled' | 'deletedDraft' | 'deletedPublished';

const STORY_STATUS = {
  draft: 'DRAFT',
  inReview: 'IN_REVIEW',
  published: 'PUBLISHED',
  unpublished: 'UNPUBLISHED',
  scheduled: 'SCHEDULED',
  deletedDraft: 'DRAFT',
  deletedPublished: 'PUBLISHED',
} as const;

/** A story by `owner` in `state`, kept out of search engines' sight (noindex) while it lasts. */
async function story(owner: Person, state: StoryState): Promise<{ id: number; version: number }> {
  const created = await createStory(db, {
    sectionId: newsroom.sectionId,
    createdById: owner.id,
    authorIds: [owner.id],
    status: STORY_STATUS[state],
    deletedAt: state.startsWith('deleted') ? new Date() : null,
    headline: `Matrix story, ${state}`,
    standfirst: 'Ready to publish, as far as its words go.',
    noindex: true,
  });
  return { id: created.id, version: 1 };
}

const fields = () => ({ headline: 'Matrix story, edited', standfirst: 'Edited by the matrix.', sectionId: newsroom.sectionId, creditLine: 'Staff', body: paragraphs('Edited by the matrix.'), noindex: true });

const storyRows = (state: StoryState, name: string, allowed: { own: Cell; others: Cell }, input: (target: { id: number; version: number }) => unknown = (target) => target): Row[] =>
  (['own', 'others'] as const).map((whose) => ({
    action: name,
    what: `${state} story`,
    whose,
    allowed: allowed[whose],
    call: action(name, async (owner) => [input(await story(owner, state))]),
  }));

const saveInput = (target: { id: number; version: number }) => ({ ...target, fields: fields() });

const STORY_ROWS: Row[] = [
  // create a draft; edit own draft / submit it for review: everyone; anyone's: Editors and Admins
  { action: 'createDraftAction', what: 'new story', allowed: ALL, call: action('createDraftAction', async () => [{ fields: fields() }]) },
  // create tags while writing: not Contributors
  {
    action: 'createDraftAction',
    what: 'new story with a new tag',
    allowed: AUTHORS_UP,
    call: action('createDraftAction', async () => [{ fields: { ...fields(), newTags: [`Matrix tag ${unique()}`] } }]),
  },
  ...storyRows('draft', 'saveStoryAction', { own: ALL, others: EDITORS }, saveInput),
  ...storyRows('inReview', 'saveStoryAction', { own: ALL, others: EDITORS }, saveInput),
  // Unpublished is off the site again: back to a draft's rules (as in WordPress).
  ...storyRows('unpublished', 'saveStoryAction', { own: ALL, others: EDITORS }, saveInput),
  ...storyRows('draft', 'autosaveStoryAction', { own: ALL, others: EDITORS }, saveInput),
  ...storyRows('draft', 'submitForReviewAction', { own: ALL, others: EDITORS }),
  // Taking it back out of review is the same right: withdrawn by its writer, sent back by an editor.
  ...storyRows('inReview', 'returnToDraftAction', { own: ALL, others: EDITORS }),
  // edit own story after it is published: not Contributors
  ...storyRows('published', 'saveStoryAction', { own: AUTHORS_UP, others: EDITORS }, saveInput),
  ...storyRows('published', 'autosaveStoryAction', { own: AUTHORS_UP, others: EDITORS }, saveInput),
  ...storyRows('scheduled', 'saveStoryAction', { own: AUTHORS_UP, others: EDITORS }, saveInput),
  // Held changes are only ever the caller's own row: anyone may throw theirs away.
  ...storyRows('published', 'discardPendingChangesAction', { own: ALL, others: ALL }, (target) => ({ id: target.id })),
  // publish, schedule or unpublish own story: not Contributors; anyone's: Editors and Admins
  ...storyRows('draft', 'publishStoryAction', { own: AUTHORS_UP, others: EDITORS }),
  ...storyRows('inReview', 'publishStoryAction', { own: AUTHORS_UP, others: EDITORS }),
  ...storyRows('draft', 'scheduleStoryAction', { own: AUTHORS_UP, others: EDITORS }, (target) => ({ ...target, at: new Date(Date.now() + 3_600_000).toISOString() })),
  ...storyRows('scheduled', 'unscheduleStoryAction', { own: AUTHORS_UP, others: EDITORS }),
  ...storyRows('published', 'unpublishStoryAction', { own: AUTHORS_UP, others: EDITORS }),
  // delete a story: Contributors own drafts, Authors own, Editors and Admins any; restore alike
  ...storyRows('draft', 'deleteStoryAction', { own: ALL, others: EDITORS }),
  ...storyRows('published', 'deleteStoryAction', { own: AUTHORS_UP, others: EDITORS }),
  // A scheduled story is no draft: deleting it would unschedule it.
  ...storyRows('scheduled', 'deleteStoryAction', { own: AUTHORS_UP, others: EDITORS }),
  ...storyRows('deletedDraft', 'restoreStoryAction', { own: ALL, others: EDITORS }),
  ...storyRows('deletedPublished', 'restoreStoryAction', { own: AUTHORS_UP, others: EDITORS }),
  // revisions: restoring one is an edit
  ...(['own', 'others'] as const).map((whose) => ({
    action: 'restoreRevisionAction',
    what: 'draft story',
    whose,
    allowed: whose === 'own' ? ALL : EDITORS,
    call: async (session: APIRequestContext, owner: Person) => {
      // Made through the editor's own action, so revision 1 exists as it would.
      const created = await callAction(sessionOf(owner), 'createDraftAction', { fields: fields() });
      if (!created.ok) throw new Error(JSON.stringify(created));
      const { id, version } = created.value as { id: number; version: number };
      return outcomeOf(await callAction(session, 'restoreRevisionAction', { id, version, revision: 1 }));
    },
  })),
  // see the review queue, comment on drafts: own, own, all, all
  ...storyRows('inReview', 'addCommentAction', { own: ALL, others: EDITORS }, (target) => ({ articleId: target.id, body: 'A note from the matrix' })),
  ...(['own', 'others'] as const).map((whose) => ({
    action: 'resolveCommentAction',
    what: 'comment on a story in review',
    whose,
    allowed: whose === 'own' ? ALL : EDITORS,
    call: action('resolveCommentAction', async (owner) => {
      const target = await story(owner, 'inReview');
      const comment = await db.articleComment.create({ data: { articleId: target.id, authorId: newsroom.stranger.id, body: 'Check the figures.' } });
      return [{ commentId: comment.id, resolved: true }];
    }),
  })),
  // What the editor looks up while writing: every signed-in person.
  { action: 'searchTagsAction', what: 'tags', allowed: ALL, call: action('searchTagsAction', async () => [{ q: 'a' }]) },
  { action: 'galleryOptionsAction', what: 'galleries', allowed: ALL, call: action('galleryOptionsAction', async () => [{ q: '' }]) },
  { action: 'imageInfoAction', what: 'images', allowed: ALL, call: action('imageInfoAction', async () => [{ ids: [(await createImage(db)).id] }]) },
];

// ——— Galleries ——————————————————————————————————————————————————————————————————————————————

async function gallery(owner: Person, status: 'DRAFT' | 'PUBLISHED' = 'DRAFT') {
  const images = [await createImage(db), await createImage(db)];
  const created = await createGallery(db, { createdById: owner.id, imageIds: images.map((image) => image.id), status, title: 'Matrix gallery' });
  const items = await db.galleryItem.findMany({ where: { galleryId: created.id }, orderBy: { position: 'asc' }, select: { id: true } });
  return { galleryId: created.id, version: 1, itemIds: items.map((item) => item.id) };
}

const galleryRows = (name: string, status: 'DRAFT' | 'PUBLISHED', input: (target: Awaited<ReturnType<typeof gallery>>) => Promise<unknown> | unknown): Row[] =>
  (['own', 'others'] as const).map((whose) => ({
    action: name,
    what: `${status.toLowerCase()} gallery`,
    whose,
    // create galleries: not Contributors; someone else's: Editors and Admins
    allowed: whose === 'own' ? AUTHORS_UP : EDITORS,
    call: action(name, async (owner) => [await input(await gallery(owner, status))]),
  }));

const GALLERY_ROWS: Row[] = [
  { action: 'createGalleryAction', what: 'new gallery', allowed: AUTHORS_UP, call: action('createGalleryAction', async () => [{}, form({ title: 'Matrix gallery' })]) },
  ...galleryRows('updateGalleryDetailsAction', 'DRAFT', ({ galleryId, version }) => ({ galleryId, version, title: `Matrix gallery ${unique()}` })),
  ...galleryRows('addPhotosAction', 'DRAFT', async ({ galleryId, version }) => ({ galleryId, version, imageIds: [(await createImage(db)).id] })),
  ...galleryRows('removePhotoAction', 'DRAFT', ({ galleryId, version, itemIds }) => ({ galleryId, version, itemId: itemIds[0] })),
  ...galleryRows('reorderPhotosAction', 'DRAFT', ({ galleryId, version, itemIds }) => ({ galleryId, version, itemIds: [...itemIds].reverse() })),
  ...galleryRows('updatePhotoWordsAction', 'DRAFT', ({ galleryId, version, itemIds }) => ({ galleryId, version, itemId: itemIds[0], caption: 'Dusk', credit: '' })),
  ...galleryRows('publishGalleryAction', 'DRAFT', ({ galleryId, version }) => ({ galleryId, version })),
  ...galleryRows('unpublishGalleryAction', 'PUBLISHED', ({ galleryId, version }) => ({ galleryId, version })),
  ...galleryRows('deleteGalleryAction', 'DRAFT', ({ galleryId, version }) => ({ galleryId, version })),
];

// ——— Sections, tags, settings ———————————————————————————————————————————————————————————————

const STRUCTURE_ROWS: Row[] = [
  // rename, merge or delete tags; manage sections: Editors and Admins
  {
    action: 'createSectionAction',
    what: 'new section',
    allowed: EDITORS,
    call: async (session) => {
      const name = `Matrix section ${unique()}`;
      const outcome = outcomeOf(await callAction(session, 'createSectionAction', null, form({ name })));
      // Out of the navigation again at once: other specs read it.
      await db.section.deleteMany({ where: { name } });
      return outcome;
    },
  },
  {
    action: 'updateSectionAction',
    what: 'section',
    allowed: EDITORS,
    call: action('updateSectionAction', async () => {
      const section = await createSection(db, { name: `Matrix section ${unique()}` });
      return [null, form({ id: section.id, name: `Matrix section ${unique()}`, slug: section.slug })];
    }),
  },
  {
    action: 'deleteSectionAction',
    what: 'empty section',
    allowed: EDITORS,
    call: action('deleteSectionAction', async () => [null, form({ id: (await createSection(db, { name: `Matrix section ${unique()}` })).id })]),
  },
  {
    action: 'reorderSectionsAction',
    what: 'sections (an order from before a section was added)',
    allowed: EDITORS,
    allowedAnswer: 'conflict: Sections were added or removed while you were reordering. Reload the page and try again.',
    call: action('reorderSectionsAction', async () => [{ order: [newsroom.sectionId] }]),
  },
  { action: 'renameTagAction', what: 'tag', allowed: EDITORS, call: action('renameTagAction', async () => [null, form({ id: (await createTag(db)).id, name: `Matrix tag ${unique()}` })]) },
  {
    action: 'mergeTagAction',
    what: 'tag into another',
    allowed: EDITORS,
    call: action('mergeTagAction', async () => {
      const [from, into] = [await createTag(db), await createTag(db)];
      return [null, form({ id: from.id, intoSlug: into.slug })];
    }),
  },
  { action: 'deleteTagAction', what: 'tag', allowed: EDITORS, call: action('deleteTagAction', async () => [null, form({ id: (await createTag(db)).id })]) },
  // site settings: Admins (sent as a stale form, so a concurrent spec's settings stay theirs)
  {
    action: 'updateSettingsAction',
    what: 'site settings',
    allowed: ADMINS,
    allowedAnswer: 'conflict: Another Admin saved the settings while you were editing. Reload to see their change, then make yours again.',
    call: action('updateSettingsAction', async () => [
      null,
      form({ publicationName: 'Matrix Times', timeZone: 'Asia/Baku', language: 'en', expectedUpdatedAt: '2000-01-01T00:00:00.000Z' }),
    ]),
  },
  // choose the home page lead: Editors and Admins (sent naming a pin that never was, so the lead
  // e2e/admin/front-page.spec.ts may be choosing meanwhile stays its own; the conflict names the
  // lead pinned now, which that spec changes, so only its kind is compared)
  {
    action: 'pinHomeLeadAction',
    what: 'home page lead',
    allowed: EDITORS,
    allowedAnswer: 'conflict: stale choice',
    call: async (session, owner) =>
      staleChoice(outcomeOf(await callAction(session, 'pinHomeLeadAction', null, form({ articleId: (await story(owner, 'published')).id, replacing: NEVER_PINNED })))),
  },
  {
    action: 'unpinHomeLeadAction',
    what: 'home page lead',
    allowed: EDITORS,
    allowedAnswer: 'conflict: stale choice',
    call: async (session) => staleChoice(outcomeOf(await callAction(session, 'unpinHomeLeadAction', null, form({ replacing: NEVER_PINNED })))),
  },
];

/** A story id no row has (the largest PostgreSQL integer). */
const NEVER_PINNED = 2_147_483_647;
const staleChoice = (outcome: Outcome): Outcome => (/^conflict: Someone else (changed|unpinned) the lead meanwhile/.test(outcome) ? 'conflict: stale choice' : outcome);

// ——— Users ——————————————————————————————————————————————————————————————————————————————————

const email = () => `matrix-${unique()}@example.test`;

/** Someone for a users action to act on: signed up (with a password nobody knows), or invited. */
async function person(role: Role, options: { active?: boolean; invited?: boolean } = {}): Promise<number> {
  return (await createStaff(db, { role, active: options.active, invited: options.invited })).id;
}

const USER_ROWS: Row[] = [
  // invite users: Editors Contributors and Authors, Admins any role
  { action: 'inviteAction', what: 'an Author', allowed: EDITORS, call: action('inviteAction', async () => [null, form({ email: email(), name: 'Invited Author', role: 'AUTHOR' })]) },
  { action: 'inviteAction', what: 'an Editor', allowed: ADMINS, call: action('inviteAction', async () => [null, form({ email: email(), name: 'Invited Editor', role: 'EDITOR' })]) },
  { action: 'reissueInvitationAction', what: 'an invited Contributor', allowed: EDITORS, call: action('reissueInvitationAction', async () => [null, form({ userId: await person('CONTRIBUTOR', { invited: true }) })]) },
  { action: 'reissueInvitationAction', what: 'an invited Admin', allowed: ADMINS, call: action('reissueInvitationAction', async () => [null, form({ userId: await person('ADMIN', { invited: true }) })]) },
  // change roles, deactivate users, reset passwords: Admins
  {
    action: 'createUserAction',
    what: 'an account with a password',
    allowed: ADMINS,
    call: action('createUserAction', async () => [null, form({ email: email(), name: 'New Contributor', role: 'CONTRIBUTOR', password: 'a-long-enough-password-1' })]),
  },
  { action: 'changeRoleAction', what: 'a Contributor to Author', allowed: ADMINS, call: action('changeRoleAction', async () => [null, form({ userId: await person('CONTRIBUTOR'), role: 'AUTHOR' })]) },
  { action: 'deactivateAction', what: 'an Author', allowed: ADMINS, call: action('deactivateAction', async () => [null, form({ userId: await person('AUTHOR') })]) },
  { action: 'reactivateAction', what: 'a deactivated Author', allowed: ADMINS, call: action('reactivateAction', async () => [null, form({ userId: await person('AUTHOR', { active: false }) })]) },
  { action: 'passwordResetAction', what: 'an Author', allowed: ADMINS, call: action('passwordResetAction', async () => [null, form({ userId: await person('AUTHOR') })]) },
  { action: 'signOutEverywhereAction', what: 'an Author', allowed: ADMINS, call: action('signOutEverywhereAction', async () => [null, form({ userId: await person('AUTHOR') })]) },
  // Name, bio and photo: everyone their own, Admins anyone's (as the Users pages let them).
  ...(['own', 'others'] as const).map((whose) => ({
    action: 'updateProfileAction',
    what: 'profile',
    whose,
    allowed: whose === 'own' ? ALL : ADMINS,
    call: action('updateProfileAction', async (owner) => [null, form({ userId: owner.id, name: `Renamed ${unique()}`, bio: 'Covers the matrix.', avatarId: '' })]),
  })),
  {
    action: 'changePasswordAction',
    what: 'own password',
    whose: 'own',
    allowed: ALL,
    call: async (session, owner) => {
      const passwords = (current: string) => form({ currentPassword: current, password: 'a-brand-new-password-2', confirmation: 'a-brand-new-password-2' });
      const role = ROLES.find((candidate) => newsroom.people[candidate].id === owner.id);
      if (!role) return outcomeOf(await callAction(session, 'changePasswordAction', null, passwords('whatever-it-was')));
      // A person of the same role with a session of their own: the change ends every session of
      // the account, and the matrix's shared ones must live on.
      const fresh = await newStaff(role);
      const own = await newsroom.newSession();
      try {
        await signInSession(own, fresh);
        return outcomeOf(await callAction(own, 'changePasswordAction', null, passwords(fresh.password)));
      } finally {
        await own.dispose();
      }
    },
  },
];

// ——— Media routes ———————————————————————————————————————————————————————————————————————————

/** A library image uploaded by `owner`, used nowhere. */
async function libraryImage(owner: Person) {
  const image = await createImage(db);
  return db.image.update({ where: { id: image.id }, data: { uploadedById: owner.id }, select: { id: true, updatedAt: true } });
}

const route = (call: (session: APIRequestContext, owner: Person) => Promise<APIResponse>) => async (session: APIRequestContext, owner: Person) =>
  outcomeOfResponse(await call(session, owner));

const MEDIA_ROWS: Row[] = [
  // use existing library images: everyone
  { action: 'GET /api/media/images', what: 'the library', allowed: ALL, call: route((session) => session.get('/api/media/images')) },
  { action: 'GET /api/media/images/[id]', what: 'an image', allowed: ALL, call: route(async (session, owner) => session.get(`/api/media/images/${(await libraryImage(owner)).id}`)) },
  // upload images: not Contributors
  {
    action: 'POST /api/media/images',
    what: 'an upload',
    allowed: AUTHORS_UP,
    call: route(async (session) => {
      const buffer = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#2a6f97' } }).png().toBuffer();
      return session.post('/api/media/images', { multipart: { file: { name: 'matrix.png', mimeType: 'image/png', buffer }, alt: 'A blue square' } });
    }),
  },
  // change or delete an image: its uploader (not a Contributor) and Editors and Admins
  ...(['own', 'others'] as const).flatMap((whose): Row[] => [
    {
      action: 'PATCH /api/media/images/[id]',
      what: 'image details',
      whose,
      allowed: whose === 'own' ? AUTHORS_UP : EDITORS,
      call: route(async (session, owner) => {
        const image = await libraryImage(owner);
        return session.patch(`/api/media/images/${image.id}`, { data: { alt: 'Edited alt text', caption: '', credit: '', updatedAt: image.updatedAt.toISOString() } });
      }),
    },
    {
      action: 'DELETE /api/media/images/[id]',
      what: 'an unused image',
      whose,
      allowed: whose === 'own' ? AUTHORS_UP : EDITORS,
      call: route(async (session, owner) => session.delete(`/api/media/images/${(await libraryImage(owner)).id}`)),
    },
  ]),
];

// ——— The matrix ——————————————————————————————————————————————————————————————————————————————

const AREAS = { stories: STORY_ROWS, galleries: GALLERY_ROWS, structure: STRUCTURE_ROWS, users: USER_ROWS, media: MEDIA_ROWS };

test('every server action of the newsroom has a row in the matrix', () => {
  const covered = new Set(Object.values(AREAS).flatMap((rows) => rows.map((row) => row.action)));
  // Signing in, out and choosing a password through a link are for people without a session.
  const ungated = new Set(['signInAction', 'signOutAction', 'acceptInvitationAction', 'resetPasswordAction']);
  const missing = [...serverActions().keys()].filter((name) => !covered.has(name) && !ungated.has(name));
  expect(missing).toEqual([]);
});

/** Every HTTP method of every route handler under app/api and app/admin, as `METHOD /path`. */
function routeHandlers(): string[] {
  const found: string[] = [];
  const walk = (directory: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === 'route.ts') {
        const route = path.relative('app', path.dirname(full)).split(path.sep).filter((part) => !/^\(.*\)$/.test(part)).join('/');
        for (const [, method] of readFileSync(full, 'utf8').matchAll(/^export (?:async function|const) (GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)\b/gm)) {
          found.push(`${method} /${route}`);
        }
      }
    }
  };
  for (const root of ['app/api', 'app/admin']) walk(root);
  return found;
}

test('every route handler of the newsroom has a row in the matrix', () => {
  const covered = new Set(Object.values(AREAS).flatMap((rows) => rows.map((row) => row.action)));
  // Auth.js itself, the load balancer's health check, and the scheduler's hook (its own secret).
  const ungated = [/^\w+ \/api\/auth\//, /^\w+ \/api\/health$/, /^\w+ \/api\/internal\//];
  const handlers = routeHandlers();
  expect(handlers).toContain('DELETE /api/media/images/[id]');
  expect(handlers.filter((handler) => !covered.has(handler) && !ungated.some((pattern) => pattern.test(handler)))).toEqual([]);
});

for (const [area, rows] of Object.entries(AREAS)) {
  test.describe(area, () => {
    for (const row of rows) {
      const whose = row.whose === 'own' ? ', own' : row.whose === 'others' ? ', someone else’s' : '';
      test(`${row.action}: ${row.what}${whose}`, async () => {
        const expected = {} as Record<Caller, Outcome>;
        const actual = {} as Record<Caller, Outcome>;
        for (const caller of CALLERS) {
          const signedInAs = caller === 'anonymous' || caller === 'deactivated' ? null : newsroom.people[caller];
          const owner = row.whose === 'own' && signedInAs ? signedInAs : newsroom.stranger;
          expected[caller] = !signedInAs ? 'unauthenticated' : row.allowed[caller as Role] ? (row.allowedAnswer ?? 'ok') : 'forbidden';
          actual[caller] = await row.call(newsroom.sessions[caller], owner);
        }
        expect(actual).toEqual(expected);
      });
    }
  });
}
