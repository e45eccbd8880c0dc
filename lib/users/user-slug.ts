import type { Prisma } from '../db/client';
import { slugify } from '../slug';

/** The author-page slug for a new person: from their name, with -2, -3 … when taken. */
export async function uniqueUserSlug(tx: Prisma.TransactionClient, name: string): Promise<string> {
  const base = slugify(name, 60) || 'staff';
  const taken = new Set(
    (await tx.user.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((user) => user.slug),
  );
  if (!taken.has(base)) return base;
  for (let suffix = 2; ; suffix++) {
    if (!taken.has(`${base}-${suffix}`)) return `${base}-${suffix}`;
  }
}
