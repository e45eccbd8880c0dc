import { mayOpenPage } from '../auth/role-pages';
import { canOpenStory, type Actor } from '../auth/permissions';
import { db } from '../db/client';
import { rowIdFrom } from '../db/row-id';
import { accessOf } from './snapshot';

/** What proxy.ts answers a signed-in page visit with, before the page streams its 200. */
export type NewsroomPageAnswer = 'open' | 'refused' | 'missing';

type RowKind = 'story' | 'user' | 'gallery' | 'section' | 'tag';

/**
 * Every newsroom page (app/admin/(newsroom) and (site-frame)) as an address, and for a page about
 * one row, which table its id names. The first match decides, so fixed names come before ids.
 */
const NEWSROOM_PAGES: { pattern: RegExp; names?: RowKind }[] = [
  { pattern: /^\/admin(?:\/(?:audit|front-page|media|profile|review|settings|not-permitted|missing))?$/ },
  { pattern: /^\/admin\/(?:stories|galleries|sections|tags|users)$/ },
  { pattern: /^\/admin\/(?:stories|galleries)\/new$/ },
  { pattern: /^\/admin\/users\/(?:new|invite)$/ },
  { pattern: /^\/admin\/(?:stories\/([^/]+)(?:\/revisions)?|preview\/([^/]+))$/, names: 'story' },
  { pattern: /^\/admin\/users\/([^/]+)$/, names: 'user' },
  { pattern: /^\/admin\/galleries\/([^/]+)$/, names: 'gallery' },
  { pattern: /^\/admin\/sections\/([^/]+)$/, names: 'section' },
  { pattern: /^\/admin\/tags\/([^/]+)$/, names: 'tag' },
];

/**
 * How a signed-in actor's visit to a newsroom page must be answered: 'refused' (403) for a page
 * their role may not open, or one about a story they may not open; 'missing' (404) for an
 * address that is no newsroom page or names a row (or a story's revision) that does not exist;
 * else 'open'. The role rule comes first, so a refused page never tells whether its row exists.
 * The page checks again itself; this only lets proxy.ts set the status before anything streams.
 */
export async function answerNewsroomPage(actor: Actor, pathname: string, query: URLSearchParams = new URLSearchParams()): Promise<NewsroomPageAnswer> {
  const page = NEWSROOM_PAGES.find(({ pattern }) => pattern.test(pathname));
  if (!page) return 'missing';
  if (!mayOpenPage(actor, pathname)) return 'refused';
  if (!page.names) return 'open';
  const match = page.pattern.exec(pathname);
  const id = rowIdFrom(match?.[1] ?? match?.[2]);
  if (id === null) return 'missing';
  if (page.names === 'story') {
    const row = await db.article.findUnique({
      where: { id },
      select: { createdById: true, status: true, firstPublishedAt: true, authors: { select: { userId: true } } },
    });
    if (!row) return 'missing';
    if (!canOpenStory(actor, accessOf(row))) return 'refused';
    // A preview of one revision (?revision=3): that revision must exist too.
    const revision = pathname.startsWith('/admin/preview/') && query.has('revision') ? rowIdFrom(query.get('revision') ?? '') : undefined;
    if (revision === undefined) return 'open';
    if (revision === null) return 'missing';
    const kept = await db.revision.findUnique({ where: { articleId_version: { articleId: id, version: revision } }, select: { id: true } });
    return kept ? 'open' : 'missing';
  }
  return (await rowExists(page.names, id)) ? 'open' : 'missing';
}

async function rowExists(kind: Exclude<RowKind, 'story'>, id: number): Promise<boolean> {
  const where = { where: { id } };
  switch (kind) {
    case 'user':
      return (await db.user.count(where)) > 0;
    case 'gallery':
      return (await db.gallery.count(where)) > 0;
    case 'section':
      return (await db.section.count(where)) > 0;
    case 'tag':
      return (await db.tag.count(where)) > 0;
  }
}
