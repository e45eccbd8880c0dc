import anyAscii from 'any-ascii';

/**
 * URL slug from any text: transliterated to ASCII (Əliyev Şəki → eliyev-seki, Москва → moskva),
 * lower-case, words joined by hyphens, at most `maxLength` characters, never cut mid-word.
 */
export function slugify(text: string, maxLength = 80): string {
  const ascii = anyAscii(text.normalize('NFC')).toLowerCase();
  const words = ascii.replace(/['’`]/g, '').split(/[^a-z0-9]+/).filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) break;
    slug = next;
  }
  return slug || words[0]?.slice(0, maxLength) || '';
}
