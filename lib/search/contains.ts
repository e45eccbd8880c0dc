import { Prisma } from '../db/client';
import { likeLiteral } from '../db/text';

/**
 * The newsroom's quick searches (the gallery and image pickers, the media library): every word
 * typed, up to eight, somewhere in `text`, folded as story search folds it (case and accents
 * ignored). Azerbaijani ə is read both ways Latin keyboards and our slugs write it, `a` and `e`,
 * in the text and in the search alike: "SAKI", "seki" and "şəki" all find "Şəki", and "Şəki"
 * finds "seki-silk.jpg".
 */
export function containsEveryWord(text: Prisma.Sql, query: string): Prisma.Sql[] {
  const readings = [Prisma.sql`dateline_fold(${text})`, Prisma.sql`dateline_fold(translate(${text}, 'Əə', 'Ee'))`];
  return query
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 8)
    .map((term) => {
      const spellings = [...new Set([term, term.replace(/ə/g, 'e').replace(/Ə/g, 'E')])];
      const matches = spellings.flatMap((spelling) => {
        const pattern = Prisma.sql`'%' || dateline_fold(${likeLiteral(spelling)}) || '%'`;
        return readings.map((reading) => Prisma.sql`${reading} LIKE ${pattern}`);
      });
      return Prisma.sql`(${Prisma.join(matches, ' OR ')})`;
    });
}
