import { ConfigurationProblem } from './problem';

/** Where the site answers when SITE_URL is unset (or empty, as `SITE_URL=` in a .env file leaves it). */
const DEFAULT_SITE_URL = 'http://localhost:3000';

const EXAMPLE = 'SITE_URL=https://news.example.com';

/**
 * SITE_URL as the origin every canonical URL, sitemap and feed starts with: an absolute http(s)
 * address with nothing after the host and port but an optional slash (the site's routes start at
 * the root, so a path would break every link built on it). Returned without the trailing slash.
 */
export function checkSiteUrl(value: string): string {
  const url = URL.canParse(value) ? new URL(value) : null;
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || !url.host) {
    throw new ConfigurationProblem(`SITE_URL "${value}" is not an absolute http:// or https:// address.`, `Set the site's public origin, for example ${EXAMPLE}`);
  }
  const extra = [
    url.pathname !== '/' && `a path (${url.pathname})`,
    value.includes('?') && 'a query',
    value.includes('#') && 'a fragment',
    (url.username || url.password) && 'a user name',
  ].filter(Boolean);
  if (extra.length) {
    throw new ConfigurationProblem(
      `SITE_URL "${value}" has ${extra.join(' and ')}; every canonical URL, sitemap and feed link starts with it, so it must be the origin alone.`,
      `Set the scheme, host and port only, for example ${EXAMPLE}`,
    );
  }
  return url.origin;
}

let checked: { value: string; origin: string } | undefined;

/** The configured public origin, checked once per value (tests change SITE_URL between files). */
export function siteOrigin(): string {
  const value = process.env.SITE_URL || DEFAULT_SITE_URL;
  if (checked?.value !== value) checked = { value, origin: checkSiteUrl(value) };
  return checked.origin;
}
