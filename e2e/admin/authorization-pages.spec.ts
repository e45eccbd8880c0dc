import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type APIRequestContext } from '@playwright/test';
import type { Role } from '../../lib/auth/permissions';
import { toJsonValue } from '../../lib/db/json';
import { createStaff } from '../../lib/testing/actors';
import { createGallery, createStory, createTag, paragraphs } from '../../lib/testing/newsroom';
import { signInSession } from './server-actions';
import { db } from './support';

/**
 * The roles table (shared/docs/roles.md) on the newsroom's pages: every page under app/admin,
 * fetched over HTTP (no browser) by an anonymous visitor, a deactivated user and each role, on
 * their own things and on someone else's. The expected cells are written out here by hand, not
 * read from lib/auth/permissions.ts, so a wrong cell there fails this test. The server actions
 * and media routes behind these pages are the matrix's (authorization-matrix.spec.ts).
 *
 * What a page answers, as this spec names it:
 *   sign-in    a 307 to /admin/sign-in?next=<the page> (proxy.ts: no live session)
 *   page       200 with the page's own content (its heading, the story's headline …)
 *   read-only  the same, saying the caller may look but not change it
 *   listed / unlisted   a list page, with or without someone else's item on it
 *   refused    a 403 and none of the page's content: proxy.ts answers before anything streams
 *              (a newsroom page deciding itself would have sent a 200 already), for a page the
 *              role may not open at all and for one about a story they may not open; the browser
 *              draws "Not available to your role" from the payload
 *   missing    a 404 with the newsroom's "Not found", for an address that is no page or names a
 *              row that does not exist (proxy.ts too, so it is a real status, not a streamed one)
 *
 * The e2e database is shared with the reader specs: no section is created (the masthead lists
 * every section); the two stories published here are dated 2001 (never on a listing's first
 * page) with noindex (in no sitemap), and their cache tags are expired as a publish would; drafts
 * and galleries stay drafts. What it files stays (the tag goes): the database is the run's own.
 */

// One worker, one newsroom: the setup signs five people in.
test.describe.configure({ mode: 'default' });

type Caller = 'anonymous' | 'deactivated' | Role;
type Outcome = 'page' | 'read-only' | 'listed' | 'unlisted' | 'refused' | 'missing' | 'sign-in' | `redirect to ${string}` | `streamed redirect to ${string}` | `${number}: ${string}` | `leaks: ${string}`;
type Cells = Record<Caller, Outcome>;

const CALLERS: Caller[] = ['anonymous', 'deactivated', 'CONTRIBUTOR', 'AUTHOR', 'EDITOR', 'ADMIN'];
const ROLES: Role[] = ['CONTRIBUTOR', 'AUTHOR', 'EDITOR', 'ADMIN'];

/** A newsroom page: no session, no page. */
const staff = (contributor: Outcome, author: Outcome, editor: Outcome, admin: Outcome): Cells => ({
  anonymous: 'sign-in',
  deactivated: 'sign-in',
  CONTRIBUTOR: contributor,
  AUTHOR: author,
  EDITOR: editor,
  ADMIN: admin,
});
const EVERYONE = staff('page', 'page', 'page', 'page');
const MISSING_TO_STAFF = staff('missing', 'missing', 'missing', 'missing');
const AUTHORS_UP = staff('refused', 'page', 'page', 'page');
const EDITORS = staff('refused', 'refused', 'page', 'page');
const ADMINS = staff('refused', 'refused', 'refused', 'page');
/** A page for people without a session: it answers everyone. */
const ANYONE: Cells = { anonymous: 'page', deactivated: 'page', CONTRIBUTOR: 'page', AUTHOR: 'page', EDITOR: 'page', ADMIN: 'page' };

const REFUSAL = 'Not available to your role';
const NOT_FOUND = 'Nothing is at this address';
/** An id no row has (PostgreSQL's largest integer). */
const NO_ROW = 2_147_483_647;
const READ_ONLY = ['You can read this story but not change it.', 'who created this gallery, or an editor can change it.'];

interface Person {
  id: number;
  email: string;
  name: string;
  password: string;
}

interface Newsroom {
  sessions: Record<Caller, APIRequestContext>;
  people: Record<Role | 'deactivated', Person>;
  /** Owns "someone else's" things. An Editor, as in the matrix. */
  stranger: { id: number; email: string; name: string };
  section: { id: number; slug: string };
  /** Created by the Contributor and bylined on all four role members: everyone's own. */
  own: { draft: Story; published: Story; inReview: Story };
  others: { draft: Story; published: Story; inReview: Story };
  galleries: Record<Role, Gallery> & { others: Gallery };
  tag: { id: number; name: string };
}

interface Story {
  id: number;
  /** Unique to the story, and the last word of its headline. */
  token: string;
  headline: string;
}

interface Gallery {
  id: number;
  title: string;
}

let newsroom: Newsroom;
const token = () => `pg${Math.random().toString(36).slice(2, 10)}`;
const LONG_AGO = new Date('2001-02-03T04:05:06Z');

test.beforeAll(async ({ playwright }) => {
  const session = () => playwright.request.newContext({ baseURL: process.env.BASE_URL });
  // Each person signs in as soon as they exist. The stranger never signs in and has none.
  const signedIn = async (role: Role): Promise<[Person, APIRequestContext]> => {
    const password = `pw-pages-${token()}`;
    const person: Person = { ...(await createStaff(db, { role, password })), password };
    const context = await session();
    await signInSession(context, person);
    return [person, context];
  };
  const [[contributor, contributorSession], [author, authorSession], [editor, editorSession], [admin, adminSession], [deactivated, deactivatedSession], stranger, anonymous] =
    await Promise.all([
      signedIn('CONTRIBUTOR'),
      signedIn('AUTHOR'),
      signedIn('EDITOR'),
      signedIn('ADMIN'),
      signedIn('ADMIN'),
      createStaff(db, { role: 'EDITOR' }),
      session(),
    ]);
  const people = { CONTRIBUTOR: contributor, AUTHOR: author, EDITOR: editor, ADMIN: admin, deactivated };
  const sessions: Record<Caller, APIRequestContext> = {
    anonymous,
    deactivated: deactivatedSession,
    CONTRIBUTOR: contributorSession,
    AUTHOR: authorSession,
    EDITOR: editorSession,
    ADMIN: adminSession,
  };
  // A live session whose account was deactivated afterwards (an Admin, the most it could open).
  await db.user.update({ where: { id: deactivated.id }, data: { active: false } });

  // The first section (the last one's listing the reader specs count page by page). createStory
  // expires readers' cached listings for the published ones, as publishing does.
  const section = await db.section.findFirstOrThrow({ orderBy: [{ position: 'asc' }, { id: 'asc' }], select: { id: true, slug: true } });
  const everyone = ROLES.map((role) => people[role].id);
  const story = async (owner: 'own' | 'others', status: 'DRAFT' | 'PUBLISHED' | 'IN_REVIEW'): Promise<Story> => {
    const unique = token();
    const headline = `Pages ${owner} ${status.toLowerCase()} ${unique}`;
    const created = await createStory(db, {
      sectionId: section.id,
      createdById: owner === 'own' ? contributor.id : stranger.id,
      authorIds: owner === 'own' ? everyone : [stranger.id],
      status,
      headline,
      standfirst: 'Filed for the page matrix.',
      body: paragraphs('Filed for the page matrix.'),
      firstPublishedAt: LONG_AGO,
      // In review: first in the queue, which lists the longest waiting first (submitted then).
      updatedAt: status === 'DRAFT' ? undefined : LONG_AGO,
      noindex: true,
    });
    // Revision 1, as the editor writes it on creation (the revisions page lists them).
    await db.revision.create({
      data: { articleId: created.id, version: 1, editorId: owner === 'own' ? contributor.id : stranger.id, snapshot: toJsonValue({ headline, standfirst: '', body: paragraphs('Filed for the page matrix.'), origin: 'create' }) },
    });
    return { id: created.id, token: unique, headline };
  };
  const gallery = async (ownerId: number): Promise<Gallery> => {
    const title = `Pages gallery ${token()}`;
    const created = await createGallery(db, { createdById: ownerId, imageIds: [], status: 'DRAFT', title });
    return { id: created.id, title };
  };
  const [ownDraft, ownPublished, ownInReview, othersDraft, othersPublished, othersInReview] = await Promise.all([
    story('own', 'DRAFT'),
    story('own', 'PUBLISHED'),
    story('own', 'IN_REVIEW'),
    story('others', 'DRAFT'),
    story('others', 'PUBLISHED'),
    story('others', 'IN_REVIEW'),
  ]);
  const [contributorGallery, authorGallery, editorGallery, adminGallery, othersGallery] = await Promise.all(
    [contributor, author, editor, admin, stranger].map((person) => gallery(person.id)),
  );
  const tag = await createTag(db, { name: `Pages tag ${token()}` });
  newsroom = {
    sessions,
    people,
    stranger,
    section,
    own: { draft: ownDraft, published: ownPublished, inReview: ownInReview },
    others: { draft: othersDraft, published: othersPublished, inReview: othersInReview },
    galleries: { CONTRIBUTOR: contributorGallery, AUTHOR: authorGallery, EDITOR: editorGallery, ADMIN: adminGallery, others: othersGallery },
    tag,
  };
});

test.afterAll(async () => {
  for (const session of Object.values(newsroom?.sessions ?? {})) await session.dispose();
  if (newsroom) await db.tag.delete({ where: { id: newsroom.tag.id } });
});

// ——— Reading an answer ————————————————————————————————————————————————————————————————————————

interface Answer {
  status: number;
  location: string | null;
  /** The whole document, with the streamed parts and the RSC payload: what could leak. */
  html: string;
  /** Text of every <h1>. */
  headings: string[];
  /** The document's text without tags (streamed parts included). */
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'", '#39': "'", nbsp: ' ' };
const decode = (html: string) =>
  html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#x27|#39|nbsp);/g, (_, name: string) => ENTITIES[name])
    .replace(/\s+/g, ' ')
    .trim();

async function visit(session: APIRequestContext, address: string): Promise<Answer> {
  const response = await session.get(address, { maxRedirects: 0 });
  const html = await response.text();
  const visible = html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<template[\s\S]*?<\/template>/g, '');
  return {
    status: response.status(),
    location: response.headers().location ?? null,
    html,
    headings: [...visible.matchAll(/<h1[^>]*>([\s\S]*?)<\/h1>/g)].map((match) => decode(match[1])),
    text: decode(visible),
  };
}

interface Row {
  /** The page's route, as under app/admin (route groups left out). */
  page: string;
  /** Whose thing it shows, or what else tells this row from the page's others. */
  variant?: string;
  /** The address asked for, by each caller. */
  path: (caller: Caller) => string;
  /** Its own content, which a page the caller may open shows and a refused one must not. */
  shows: (answer: Answer, caller: Caller) => boolean;
  /**
   * What a refusal must not give away anywhere in the document, RSC payload included (a headline,
   * a title, an email). On a list page (`listing`), the item whose presence is the outcome.
   */
  secret?: (caller: Caller) => string;
  listing?: true;
  /** Whether the page says the caller may look but not change (by default: a notice saying so). */
  readOnly?: (answer: Answer) => boolean;
  expected: Cells;
}

/** An <h1> that reads exactly so (a text, or one known only once the newsroom exists). */
const heading = (text: string | ((caller: Caller) => string)) => (answer: Answer, caller: Caller) =>
  answer.headings.includes(typeof text === 'string' ? text : text(caller));
/** The story editor, open on this story: its headline is the text of the Headline field. */
const editing = (story: () => Story) => (answer: Answer) => answer.text.includes('Headline') && new RegExp(`<textarea[^>]*>${story().headline}</textarea>`).test(answer.html);

const ORIGIN = 'http://site.invalid';
/** The same path and query, however the query is encoded ('+' or '%20'). */
const sameAddress = (a: string, b: string) => {
  const [left, right] = [new URL(a, ORIGIN), new URL(b, ORIGIN)];
  left.searchParams.sort();
  right.searchParams.sort();
  return left.pathname === right.pathname && left.search === right.search;
};

function outcomeOf(row: Row, caller: Caller, address: string, answer: Answer): Outcome {
  if (answer.status >= 300 && answer.status < 400 && answer.location) {
    const target = new URL(answer.location, ORIGIN);
    const next = target.searchParams.get('next');
    const returns = address === '/admin' ? next === null : next !== null && sameAddress(next, address);
    if (answer.status === 307 && target.pathname === '/admin/sign-in' && returns) return 'sign-in';
    return `redirect to ${target.pathname}${target.search}`;
  }
  // A redirect decided after the page's shell was sent: Next adds a refresh and the router follows it.
  const refresh = /<meta id="__next-page-redirect" http-equiv="refresh" content="\d+;url=([^"]*)"/.exec(answer.html);
  if (answer.status === 200 && refresh) return `streamed redirect to ${refresh[1]}`;
  if (answer.status === 403 && !answer.html.includes(REFUSAL)) return '403: without the refusal';
  if (answer.status === 404) return answer.html.includes(NOT_FOUND) ? 'missing' : '404: without the newsroom’s Not found';
  if (answer.status !== 200 && answer.status !== 403) return `${answer.status}: ${answer.headings[0] ?? answer.text.slice(0, 80)}`;
  const secret = row.secret?.(caller);
  const told = secret !== undefined && answer.html.includes(secret);
  if (answer.status === 403) {
    if (row.shows(answer, caller)) return 'leaks: the page';
    if (told) return `leaks: ${secret}`;
    return 'refused';
  }
  if (!row.shows(answer, caller)) return `200: without its content (h1: ${answer.headings.join(' | ') || 'none'})`;
  if (row.listing) return told ? 'listed' : 'unlisted';
  const readOnly = row.readOnly ?? ((page: Answer) => READ_ONLY.some((text) => page.text.includes(text)));
  return readOnly(answer) ? 'read-only' : 'page';
}

// ——— The pages ——————————————————————————————————————————————————————————————————————————————

/** The caller's own thing, or for a caller without a session, the stranger's (it never gets that far). */
const ownGallery = (caller: Caller) => (caller === 'anonymous' || caller === 'deactivated' ? newsroom.galleries.others : newsroom.galleries[caller]);
const ownUser = (caller: Caller) => (caller === 'anonymous' ? newsroom.stranger : newsroom.people[caller]);
const headlineOf = (story: () => Story) => () => story().headline;

const ROWS: Row[] = [
  // sign in to /admin: every role
  { page: '/admin', path: () => '/admin', shows: heading('Dashboard'), expected: EVERYONE },
  { page: '/admin/profile', path: () => '/admin/profile', shows: heading('Your profile'), expected: EVERYONE },
  // Any other newsroom address: the newsroom's own "Not found" under a 404, for staff only.
  { page: '/admin/[...unknown]', path: () => '/admin/no-such-page/here', shows: () => false, expected: MISSING_TO_STAFF },
  // Where proxy.ts sends those: the same. Sign-in does not return anyone there.
  {
    page: '/admin/missing',
    path: () => '/admin/missing',
    shows: () => false,
    expected: { ...MISSING_TO_STAFF, anonymous: 'redirect to /admin/sign-in', deactivated: 'redirect to /admin/sign-in' },
  },
  // A page about a row that is not there, once the role may open the kind of page at all.
  { page: '/admin/stories/[id]', variant: 'no such story', path: () => `/admin/stories/${NO_ROW}`, shows: () => false, expected: MISSING_TO_STAFF },
  { page: '/admin/stories/[id]', variant: 'not an id', path: () => '/admin/stories/12abc', shows: () => false, expected: MISSING_TO_STAFF },
  { page: '/admin/preview/[id]', variant: 'no such story', path: () => `/admin/preview/${NO_ROW}`, shows: () => false, expected: MISSING_TO_STAFF },
  { page: '/admin/preview/[id]', variant: 'no such revision', path: () => `/admin/preview/${newsroom.own.draft.id}?revision=99999`, shows: () => false, expected: MISSING_TO_STAFF },
  { page: '/admin/galleries/[id]', variant: 'no such gallery', path: () => `/admin/galleries/${NO_ROW}`, shows: () => false, expected: staff('refused', 'missing', 'missing', 'missing') },
  { page: '/admin/tags/[id]', variant: 'no such tag', path: () => `/admin/tags/${NO_ROW}`, shows: () => false, expected: staff('refused', 'refused', 'missing', 'missing') },
  { page: '/admin/sections/[id]', variant: 'no such section', path: () => `/admin/sections/${NO_ROW}`, shows: () => false, expected: staff('refused', 'refused', 'missing', 'missing') },
  { page: '/admin/users/[id]', variant: 'no such person', path: () => `/admin/users/${NO_ROW}`, shows: () => false, expected: staff('refused', 'refused', 'missing', 'missing') },

  // create a draft; edit own draft / submit it for review: everyone
  { page: '/admin/stories', path: () => '/admin/stories', shows: heading('Stories'), expected: EVERYONE },
  { page: '/admin/stories/new', path: () => '/admin/stories/new', shows: (answer) => answer.text.includes('Headline'), expected: EVERYONE },
  // The list holds what the caller may open: someone else's draft only for Editors and Admins.
  {
    page: '/admin/stories',
    variant: 'searched for own draft',
    path: () => `/admin/stories?q=${newsroom.own.draft.token}`,
    shows: heading('Stories'),
    secret: headlineOf(() => newsroom.own.draft),
    listing: true,
    expected: staff('listed', 'listed', 'listed', 'listed'),
  },
  {
    page: '/admin/stories',
    variant: 'searched for someone else’s draft',
    path: () => `/admin/stories?q=${newsroom.others.draft.token}`,
    shows: heading('Stories'),
    secret: headlineOf(() => newsroom.others.draft),
    listing: true,
    expected: staff('unlisted', 'unlisted', 'listed', 'listed'),
  },
  {
    page: '/admin/stories/[id]',
    variant: 'own draft',
    path: () => `/admin/stories/${newsroom.own.draft.id}`,
    shows: editing(() => newsroom.own.draft),
    secret: headlineOf(() => newsroom.own.draft),
    expected: EVERYONE,
  },
  // edit anyone's story: Editors and Admins
  {
    page: '/admin/stories/[id]',
    variant: 'someone else’s draft',
    path: () => `/admin/stories/${newsroom.others.draft.id}`,
    shows: editing(() => newsroom.others.draft),
    secret: headlineOf(() => newsroom.others.draft),
    expected: EDITORS,
  },
  // edit own story after it is published: not Contributors (they may still read it)
  {
    page: '/admin/stories/[id]',
    variant: 'own published story',
    path: () => `/admin/stories/${newsroom.own.published.id}`,
    shows: editing(() => newsroom.own.published),
    secret: headlineOf(() => newsroom.own.published),
    expected: staff('read-only', 'page', 'page', 'page'),
  },
  {
    page: '/admin/stories/[id]',
    variant: 'someone else’s published story',
    path: () => `/admin/stories/${newsroom.others.published.id}`,
    shows: editing(() => newsroom.others.published),
    secret: headlineOf(() => newsroom.others.published),
    expected: EDITORS,
  },
  // A story's workings (revisions, preview): whoever may edit its draft.
  {
    page: '/admin/stories/[id]/revisions',
    variant: 'own draft',
    path: () => `/admin/stories/${newsroom.own.draft.id}/revisions`,
    shows: heading(() => `Revisions of “${newsroom.own.draft.headline}”`),
    secret: headlineOf(() => newsroom.own.draft),
    expected: EVERYONE,
  },
  {
    page: '/admin/stories/[id]/revisions',
    variant: 'someone else’s draft',
    path: () => `/admin/stories/${newsroom.others.draft.id}/revisions`,
    shows: heading(() => `Revisions of “${newsroom.others.draft.headline}”`),
    secret: headlineOf(() => newsroom.others.draft),
    expected: EDITORS,
  },
  {
    page: '/admin/preview/[id]',
    variant: 'own draft',
    path: () => `/admin/preview/${newsroom.own.draft.id}`,
    shows: heading(headlineOf(() => newsroom.own.draft)),
    secret: headlineOf(() => newsroom.own.draft),
    expected: EVERYONE,
  },
  {
    page: '/admin/preview/[id]',
    variant: 'someone else’s draft',
    path: () => `/admin/preview/${newsroom.others.draft.id}`,
    shows: heading(headlineOf(() => newsroom.others.draft)),
    secret: headlineOf(() => newsroom.others.draft),
    expected: EDITORS,
  },

  // see the review queue: own, own, all, all
  {
    page: '/admin/review',
    variant: 'own story',
    path: () => '/admin/review',
    shows: heading('Review queue'),
    secret: headlineOf(() => newsroom.own.inReview),
    listing: true,
    expected: staff('listed', 'listed', 'listed', 'listed'),
  },
  {
    page: '/admin/review',
    variant: 'someone else’s story',
    path: () => '/admin/review',
    shows: heading('Review queue'),
    secret: headlineOf(() => newsroom.others.inReview),
    listing: true,
    expected: staff('unlisted', 'unlisted', 'listed', 'listed'),
  },

  // use existing library images: everyone; upload images: not Contributors (no place to drop files)
  {
    page: '/admin/media',
    path: () => '/admin/media',
    shows: heading('Media library'),
    readOnly: (answer) => !answer.text.includes('Drag images here, or'),
    expected: staff('read-only', 'page', 'page', 'page'),
  },

  // create galleries: not Contributors; someone else's: Authors may look (to embed it), not change
  { page: '/admin/galleries', path: () => '/admin/galleries', shows: heading('Galleries'), expected: AUTHORS_UP },
  { page: '/admin/galleries/new', path: () => '/admin/galleries/new', shows: heading('New gallery'), expected: AUTHORS_UP },
  {
    page: '/admin/galleries/[id]',
    variant: 'own',
    path: (caller) => `/admin/galleries/${ownGallery(caller).id}`,
    shows: heading((caller) => ownGallery(caller).title),
    secret: (caller) => ownGallery(caller).title,
    expected: AUTHORS_UP,
  },
  {
    page: '/admin/galleries/[id]',
    variant: 'someone else’s',
    path: () => `/admin/galleries/${newsroom.galleries.others.id}`,
    shows: heading(() => newsroom.galleries.others.title),
    secret: () => newsroom.galleries.others.title,
    expected: staff('refused', 'read-only', 'page', 'page'),
  },

  // rename, merge or delete tags; manage sections: Editors and Admins
  { page: '/admin/sections', path: () => '/admin/sections', shows: heading('Sections'), expected: EDITORS },
  {
    page: '/admin/sections/[id]',
    path: () => `/admin/sections/${newsroom.section.id}`,
    // Its heading is the section's name; the line under it starts with its address.
    shows: (answer) => answer.text.includes(`/${newsroom.section.slug} · `),
    expected: EDITORS,
  },
  { page: '/admin/tags', path: () => '/admin/tags', shows: heading('Tags'), expected: EDITORS },
  // choose the home page lead: Editors and Admins
  { page: '/admin/front-page', path: () => '/admin/front-page', shows: heading('Front page'), expected: EDITORS },
  {
    page: '/admin/tags/[id]',
    path: () => `/admin/tags/${newsroom.tag.id}`,
    shows: heading(() => newsroom.tag.name),
    secret: () => newsroom.tag.name,
    expected: EDITORS,
  },

  // invite users: Editors (Contributors and Authors) and Admins
  { page: '/admin/users', path: () => '/admin/users', shows: heading('Users'), expected: EDITORS },
  { page: '/admin/users/invite', path: () => '/admin/users/invite', shows: heading('Invite someone'), expected: EDITORS },
  {
    page: '/admin/users/[id]',
    variant: 'someone else',
    path: () => `/admin/users/${newsroom.stranger.id}`,
    shows: heading(() => newsroom.stranger.name),
    secret: () => newsroom.stranger.email,
    expected: EDITORS,
  },
  // One's own name, bio and photo are on Your profile, for everyone.
  { page: '/admin/users/[id]', variant: 'own', path: (caller) => `/admin/users/${ownUser(caller).id}`, shows: (answer) => answer.text.includes('This is you.'), expected: EDITORS },
  // change roles, deactivate users, reset passwords: Admins (an account with a password they set is that)
  { page: '/admin/users/new', path: () => '/admin/users/new', shows: heading('Add someone with a password'), expected: ADMINS },
  // site settings; read the audit log: Admins
  { page: '/admin/settings', path: () => '/admin/settings', shows: heading('Settings'), expected: ADMINS },
  { page: '/admin/audit', path: () => '/admin/audit', shows: heading('Audit log'), expected: ADMINS },
  // Where proxy.ts sends a refused visit: nothing but the refusal, to anyone signed in. Sign-in
  // does not return anyone there (lib/auth/admin-paths.ts safeNextPath).
  {
    page: '/admin/not-permitted',
    path: () => '/admin/not-permitted',
    shows: () => false,
    expected: { ...staff('refused', 'refused', 'refused', 'refused'), anonymous: 'redirect to /admin/sign-in', deactivated: 'redirect to /admin/sign-in' },
  },

  // For people without a session, so they answer everyone. Someone signed in is sent on from
  // sign-in to where they were going: the form is in the static shell, so the redirect is decided
  // after the shell was sent (the browser follows it at once).
  {
    page: '/admin/sign-in',
    path: () => `/admin/sign-in?next=${encodeURIComponent('/admin/review')}`,
    shows: heading('Sign in'),
    expected: {
      anonymous: 'page',
      deactivated: 'page',
      CONTRIBUTOR: 'streamed redirect to /admin/review',
      AUTHOR: 'streamed redirect to /admin/review',
      EDITOR: 'streamed redirect to /admin/review',
      ADMIN: 'streamed redirect to /admin/review',
    },
  },
  // Without a token: the page, saying the link cannot be used.
  { page: '/admin/invitation', path: () => '/admin/invitation', shows: heading('Welcome to the newsroom'), expected: ANYONE },
  { page: '/admin/reset-password', path: () => '/admin/reset-password', shows: heading('Choose a new password'), expected: ANYONE },
];

/** The route of every page.tsx under app/admin, as ROWS name them (route groups left out). */
function adminPages(): string[] {
  const root = fileURLToPath(new URL('../../app/admin/', import.meta.url));
  return fs
    .readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => path.basename(file) === 'page.tsx')
    .map((file) => ['/admin', ...path.dirname(file).split(path.sep).filter((part) => part !== '.' && !/^\(.*\)$/.test(part))].join('/'))
    .sort();
}

test('every page under app/admin has a row', () => {
  expect([...new Set(ROWS.map((row) => row.page))].sort()).toEqual(adminPages());
});

test.describe('admin pages', () => {
  for (const row of ROWS) {
    test(row.variant ? `${row.page}: ${row.variant}` : row.page, async () => {
      const actual = {} as Cells;
      await Promise.all(
        CALLERS.map(async (caller) => {
          const address = row.path(caller);
          actual[caller] = outcomeOf(row, caller, address, await visit(newsroom.sessions[caller], address));
        }),
      );
      expect(actual).toEqual(row.expected);
    });
  }
});
