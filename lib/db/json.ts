import type { Prisma } from './generated/client';

/**
 * Typed documents (story bodies, revision snapshots, audit details) are plain JSON by construction
 * and validated with zod at the edges; Prisma's JSON input type only lacks the index signatures
 * TypeScript interfaces never declare.
 */
export function toJsonValue<T extends object>(value: T): Prisma.InputJsonValue {
  return value as unknown as Prisma.InputJsonValue;
}

/**
 * Whether two JSON values are the same, whatever the order of their objects' keys. PostgreSQL's
 * jsonb keeps its own key order (shorter keys first), so a story body read back never
 * stringifies like the one the editor sent, though nothing in it changed.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, index) => sameJson(item, b[index]));
  }
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  const keysA = Object.keys(a).filter((key) => (a as Record<string, unknown>)[key] !== undefined);
  const keysB = Object.keys(b).filter((key) => (b as Record<string, unknown>)[key] !== undefined);
  return keysA.length === keysB.length && keysA.every((key) => sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}
