import { cacheLife, cacheTag as tag } from 'next/cache';
import { db } from '../db/client';
import { cacheTag } from './tags';
import { tagPath } from './urls';

/** A story tag as its listing page shows it ("topics" to readers; `Tag` in the schema). */
export interface TopicView {
  id: number;
  name: string;
  slug: string;
  path: string;
}

export async function getTopic(slug: string): Promise<TopicView | null> {
  'use cache';
  cacheLife('days');
  tag(cacheTag.storyLists);
  const row = await db.tag.findUnique({ where: { slug }, select: { id: true, name: true, slug: true } });
  if (!row) return null;
  tag(cacheTag.tag(row.id));
  return { ...row, path: tagPath(row.slug) };
}
