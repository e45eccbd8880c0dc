import { Prisma } from '../db/client';
import { likeLiteral } from '../db/text';

/**
 * The newsroom's quick searches (the gallery and image pickers, the media library): every word
 * typed, up to eight, somewhere in `text`, folded as story search folds it (case and accents
 * ignored). Azerbaijani ə is read both ways Latin keyboards and our slugs write it, `a` and `e`:
 * "SAKI", "seki" and "şəki" all find "Şəki".
 */
export function containsEveryWord(text: Prisma.Sql, query: string): Prisma.Sql[] {
  return query
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 8)
    .map((term) => {
      const pattern = Prisma.sql`'%' || dateline_fold(${likeLiteral(term)}) || '%'`;
      return Prisma.sql`(dateline_fold(${text}) LIKE ${pattern} OR dateline_fold(translate(${text}, 'Əə', 'Ee')) LIKE ${pattern})`;
    });
}
