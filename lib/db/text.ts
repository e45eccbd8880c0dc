import { z } from 'zod';

/**
 * PostgreSQL's text and jsonb cannot hold U+0000 (NUL): a query or a row carrying one fails
 * outright. Nobody types it; it arrives in a crafted request or a broken paste. Input from outside
 * loses it before it can reach a query: server actions' input (lib/auth/guard.ts runAction), the
 * newsroom's list filters and reader search.
 */
export function withoutNul(text: string): string {
  return text.includes('\u0000') ? text.replace(/\u0000/g, '') : text;
}

/** withoutNul on every string inside a server action's input (objects, arrays; files and other values as they are). */
export function withoutNulDeep(value: unknown): unknown {
  if (typeof value === 'string') return withoutNul(value);
  if (Array.isArray(value)) return value.map(withoutNulDeep);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withoutNulDeep(item)]));
  }
  return value;
}

/**
 * Text for Prisma's `contains` / `startsWith` / `equals` with `mode: 'insensitive'`, which become
 * (I)LIKE patterns without escaping: a search for "%" or "_" would otherwise match every row.
 */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** The longest search a newsroom list's search box takes (its maxlength). */
export const FILTER_TEXT_MAX = 200;

/**
 * A newsroom list's search from the address bar (`?q=`): trimmed, without NUL, and cut to
 * FILTER_TEXT_MAX characters rather than refused, so an over-long search still filters instead
 * of silently showing everything.
 */
export function filterText() {
  return z.string().transform((text) => Array.from(withoutNul(text).trim()).slice(0, FILTER_TEXT_MAX).join('').trim());
}
