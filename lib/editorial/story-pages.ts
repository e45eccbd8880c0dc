import { canOpenStory, type Actor } from '../auth/permissions';
import { db } from '../db/client';
import { rowIdFrom } from '../db/row-id';
import { accessOf } from './snapshot';

/** The newsroom pages about one story: its editor, its revisions, its preview. */
const STORY_PAGE = /^\/admin\/(?:stories\/([^/]+)(?:\/revisions)?|preview\/([^/]+))$/;

/**
 * Whether the actor may open this page about one story: whoever may open the story in the editor
 * (its revisions and preview follow the same cells). For proxy.ts, which answers the others 403
 * before the page streams; the page refuses them again itself. Any other path, or an id that is
 * no story, is left to the page to answer.
 */
export async function mayOpenStoryPage(actor: Actor, pathname: string): Promise<boolean> {
  const match = STORY_PAGE.exec(pathname);
  const id = match ? rowIdFrom(match[1] ?? match[2]) : null;
  if (id === null) return true;
  const row = await db.article.findUnique({
    where: { id },
    select: { createdById: true, status: true, firstPublishedAt: true, authors: { select: { userId: true } } },
  });
  return row === null || canOpenStory(actor, accessOf(row));
}
