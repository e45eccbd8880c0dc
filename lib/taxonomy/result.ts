/**
 * A committed taxonomy change and the cache tags (lib/content/tags.ts) its public pages carry:
 * the action layer passes `expire` to expireCachedContent() after the transaction. Same shape as
 * lib/editorial's results.
 */
export interface TaxonomyResult<T> {
  value: T;
  expire: string[];
}
