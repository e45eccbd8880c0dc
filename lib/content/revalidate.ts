import { revalidateTag } from 'next/cache';

/**
 * After an editor's change, expire the cached reads tagged with `tags` at once: a story that was
 * unpublished or deleted must never be served stale, not even once. Callable from server actions
 * and route handlers (the scheduler's included). Tag names come from ./tags.ts only.
 */
export function expireCachedContent(tags: Iterable<string>): void {
  for (const tag of new Set(tags)) revalidateTag(tag, { expire: 0 });
}
