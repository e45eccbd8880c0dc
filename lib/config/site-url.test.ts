import { afterEach, describe, expect, it } from 'vitest';
import { ConfigurationProblem } from './problem';
import { checkSiteUrl, siteOrigin } from './site-url';

/** The one line a command prints for `value`: cause, then remedy. */
function problemWith(value: string): string {
  try {
    checkSiteUrl(value);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationProblem);
    return String(error);
  }
  throw new Error(`${value} was accepted`);
}

describe('SITE_URL', () => {
  it('is an absolute http(s) origin, given back without its trailing slash', () => {
    expect(checkSiteUrl('https://news.example.com')).toBe('https://news.example.com');
    expect(checkSiteUrl('https://news.example.com/')).toBe('https://news.example.com');
    expect(checkSiteUrl('http://127.0.0.1:3000')).toBe('http://127.0.0.1:3000');
    expect(checkSiteUrl('https://News.Example.com:443/')).toBe('https://news.example.com');
  });

  it('without a scheme, or with another than http(s), is refused naming the value and an example', () => {
    for (const value of ['news.example.com', 'localhost:3000', '//news.example.com', 'ftp://news.example.com', '']) {
      expect(problemWith(value)).toBe(
        `SITE_URL "${value}" is not an absolute http:// or https:// address.\n  → Set the site's public origin, for example SITE_URL=https://news.example.com`,
      );
    }
  });

  it('with a path, query, fragment or user name is refused: every canonical URL would carry it', () => {
    expect(problemWith('https://example.com/news')).toBe(
      'SITE_URL "https://example.com/news" has a path (/news); every canonical URL, sitemap and feed link starts with it, so it must be the origin alone.\n' +
        '  → Set the scheme, host and port only, for example SITE_URL=https://news.example.com',
    );
    expect(problemWith('https://example.com/news/')).toMatch(/has a path \(\/news\/\)/);
    expect(problemWith('https://example.com/?edition=uk')).toMatch(/has a query;/);
    expect(problemWith('https://example.com#top')).toMatch(/has a fragment;/);
    expect(problemWith('https://editor:secret@example.com')).toMatch(/has a user name;/);
  });
});

describe('the configured site origin', () => {
  const before = process.env.SITE_URL;
  afterEach(() => {
    if (before === undefined) delete process.env.SITE_URL;
    else process.env.SITE_URL = before;
  });

  it('is SITE_URL checked, localhost:3000 when it is unset or empty', () => {
    process.env.SITE_URL = 'https://news.example.com/';
    expect(siteOrigin()).toBe('https://news.example.com');
    process.env.SITE_URL = '';
    expect(siteOrigin()).toBe('http://localhost:3000');
    delete process.env.SITE_URL;
    expect(siteOrigin()).toBe('http://localhost:3000');
    process.env.SITE_URL = 'news.example.com';
    expect(() => siteOrigin()).toThrow(ConfigurationProblem);
  });
});
