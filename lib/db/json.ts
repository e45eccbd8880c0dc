import type { Prisma } from './generated/client';

/**
 * Typed documents (story bodies, revision snapshots, audit details) are plain JSON by construction
 * and validated with zod at the edges; Prisma's JSON input type only lacks the index signatures
 * TypeScript interfaces never declare.
 */
export function toJsonValue<T extends object>(value: T): Prisma.InputJsonValue {
  return value as unknown as Prisma.InputJsonValue;
}
