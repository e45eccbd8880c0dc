/**
 * Lengths of a person's public fields, shared by the server's checks (./input.ts) and the forms'
 * counters and maxLength. Browser-safe: no imports (./input.ts pulls in argon2 through the
 * password rules).
 */

export const NAME_MAX = 120;

/** A bio is a few sentences: the author page shows it, and search engines use it as the page's description. */
export const BIO_MAX = 500;
