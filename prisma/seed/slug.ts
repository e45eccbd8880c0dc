/**
 * ASCII slugs for seed content. Azerbaijani letters are transliterated the way Azerbaijani
 * readers type them without a local keyboard (ə→e, ş→s, ğ→g, ı→i, ö→o, ü→u, ç→c), which a
 * generic diacritic strip would get wrong for ə and ı.
 */

const AZERBAIJANI_LETTERS: Record<string, string> = {
  ə: 'e', Ə: 'e', ş: 's', Ş: 's', ğ: 'g', Ğ: 'g', ı: 'i', İ: 'i', ö: 'o', Ö: 'o', ü: 'u', Ü: 'u', ç: 'c', Ç: 'c',
};

export const MAX_SLUG_LENGTH = 80;

export function transliterate(text: string): string {
  return text
    .replace(/[əƏşŞğĞıİöÖüÜçÇ]/g, (letter) => AZERBAIJANI_LETTERS[letter])
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
}

export function slugify(text: string, maxLength = MAX_SLUG_LENGTH): string {
  const slug = transliterate(text)
    .toLowerCase()
    .replace(/['’]/g, '') // "country’s" → "countrys", not "country-s"
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  // Cut at a word boundary so slugs never end mid-word.
  const cut = slug.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 20 ? cut.slice(0, lastHyphen) : slug.slice(0, maxLength)).replace(/-+$/, '');
}

/** Returns a slug not yet in `taken` (adding -2, -3 … when needed) and records it. */
export function uniqueSlug(text: string, taken: Set<string>): string {
  const base = slugify(text);
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${slugify(text, MAX_SLUG_LENGTH - String(n).length - 1)}-${n}`;
  taken.add(slug);
  return slug;
}
