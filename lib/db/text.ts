import { z } from 'zod';

/**
 * PostgreSQL's text and jsonb cannot hold U+0000 (NUL): a query or a row carrying one fails
 * outright. Nobody types it; it arrives in a crafted request or a broken paste. Searches from
 * outside lose it before they reach a query: the newsroom's list filters and reader search.
 */
export function withoutNul(text: string): string {
  return text.includes('\u0000') ? text.replace(/\u0000/g, '') : text;
}

// Control characters other than tab, line feed and carriage return (C0, DEL, C1) and the
// noncharacters U+FFFE/U+FFFF: nothing a reader could see, drawn as empty boxes if kept.
const INVISIBLE = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;
// Vertical tab and form feed are line breaks in Word's plain text: a space keeps words apart.
const OLD_BREAKS = /[\u000B\u000C]/g;

// Half of a surrogate pair (a broken paste, a crafted request): no character, and PostgreSQL's
// json refuses its escape. Browsers send U+FFFD for one; so does the server.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text to store: without control characters (NUL included), which no one means to publish, with
 * a lone surrogate as U+FFFD and line breaks as \n (forms send a textarea's as \r\n, which would
 * count twice against a length its maxlength allowed).
 */
export function withoutControlCharacters(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(OLD_BREAKS, ' ').replace(INVISIBLE, '').replace(LONE_SURROGATE, '\uFFFD');
}

/**
 * withoutControlCharacters on every string inside a server action's input (objects, arrays;
 * files and other values as they are), before it is validated: lib/auth/guard.ts runAction.
 * Passwords too, so sign-in and every way of setting one (lib/users/input.ts passwordField,
 * lib/auth/credentials.ts) clean them the same way.
 */
export function withoutControlCharactersDeep(value: unknown): unknown {
  if (typeof value === 'string') return withoutControlCharacters(value);
  if (Array.isArray(value)) return value.map(withoutControlCharactersDeep);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withoutControlCharactersDeep(item)]));
  }
  return value;
}

// Spaces and invisible format characters (zero-width space, joiners, byte order and direction
// marks) at either end; inside a word they can matter (a Persian zero-width non-joiner), so they stay.
const INVISIBLE_EDGES = /^[\s\p{Z}\p{Cf}]+|[\s\p{Z}\p{Cf}]+$/gu;

/** Trims what a reader cannot see from both ends: a lone zero-width space is no alt text. */
export function trimInvisible(text: string): string {
  return text.replace(INVISIBLE_EDGES, '');
}

/** One line or paragraph of text for readers (alt text, captions, credits, titles), at most `max` characters. */
export function plainText(max: number, label: string) {
  return z
    .string()
    .transform((text) => trimInvisible(withoutControlCharacters(text)))
    .pipe(z.string().max(max, `${label} can be at most ${max} characters.`));
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
