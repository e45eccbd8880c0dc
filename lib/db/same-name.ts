import { Prisma } from './client';

/**
 * SQL: whether the text column `column` holds `name`, case aside. For names people tell apart by
 * eye (sections, tags), where `İSMAYILLI`, `ŞƏKİ` and `İsmayıllı`, `Şəki` are the same names.
 * lower() alone does not say so: Azerbaijani pairs İ with i and I with ı, and depending on the
 * collation provider İ lowers to i or to i and a combining dot. So every i, dotted or not, counts
 * as one letter here.
 */
export function sameName(column: 'name', name: string): Prisma.Sql {
  // In the names' own collation (ICU, see the names_sort_by_alphabet migration), not the
  // database's: under LC_CTYPE C, lower() would leave Ş and Ə as they are.
  const folded = (text: Prisma.Sql) => Prisma.sql`translate(lower(replace(${text} COLLATE "und-x-icu", 'İ', 'I')), 'ı', 'i')`;
  return Prisma.sql`${folded(Prisma.raw(`"${column}"`))} = ${folded(Prisma.sql`${name}`)}`;
}
