import { expect, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import pg from 'pg';
import { connectionConfig } from '../../lib/db/connection.mjs';

/**
 * Helpers for the SEO specs: XML parsed with fast-xml-parser, HTML parsed by Chromium itself
 * (a scriptless page the raw response is loaded into), and SQL on the e2e database.
 */

export const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
export const IMAGE_NS = 'http://www.google.com/schemas/sitemap-image/1.1';
export const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  isArray: (name) => ['url', 'sitemap', 'image:image'].includes(name),
});

/** The parsed document, after checking it is well-formed XML. */
// fast-xml-parser returns untyped trees; each caller states the shape it expects.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function parseXml(text: string): any {
  expect(XMLValidator.validate(text)).toBe(true);
  return xml.parse(text);
}

export async function getXml(request: APIRequestContext, url: string) {
  const response = await request.get(url, { maxRedirects: 0 });
  expect(response.status(), url).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^application\/(rss\+)?xml/);
  return parseXml(await response.text());
}

/** A path on the site under test for an absolute URL the site printed (which must be on SITE_URL). */
export function sitePath(url: string, baseURL: string): string {
  const parsed = new URL(url);
  expect(parsed.origin, `${url} is on the site's own origin`).toBe(new URL(baseURL).origin);
  return `${parsed.pathname}${parsed.search}`;
}

export interface HeadInfo {
  title: string;
  description: string | null;
  canonical: string | null;
  robots: string | null;
  meta: Record<string, string[]>;
  links: { rel: string; href: string; type: string | null; title: string | null }[];
  jsonLd: unknown[];
}

/**
 * Reads the head of an HTML page as Chromium parses it: DOMParser in a blank page builds an inert
 * document (no scripts, no requests, no layout), so hundreds of pages cost little.
 */
export async function htmlReader(browser: Browser): Promise<{ read: (html: string) => Promise<HeadInfo>; close: () => Promise<void> }> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page: Page = await context.newPage();
  const read = (html: string): Promise<HeadInfo> =>
    page.evaluate((source) => {
      const document = new DOMParser().parseFromString(source, 'text/html');
      const head = document.head;
      const meta: Record<string, string[]> = {};
      for (const element of head.querySelectorAll('meta[name], meta[property]')) {
        const key = element.getAttribute('property') ?? element.getAttribute('name') ?? '';
        (meta[key] ??= []).push(element.getAttribute('content') ?? '');
      }
      return {
        title: document.title,
        description: head.querySelector('meta[name="description"]')?.getAttribute('content') ?? null,
        canonical: head.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
        robots: head.querySelector('meta[name="robots"]')?.getAttribute('content') ?? null,
        meta,
        links: [...head.querySelectorAll('link[rel]')].map((link) => ({
          rel: link.getAttribute('rel') ?? '',
          href: link.getAttribute('href') ?? '',
          type: link.getAttribute('type'),
          title: link.getAttribute('title'),
        })),
        jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((script) => JSON.parse(script.textContent ?? 'null')),
      };
    }, html);
  return { read, close: () => context.close() };
}

/** The nodes of every JSON-LD block on a page, flattened out of their @graph. */
export function jsonLdNodes(blocks: unknown[]): Record<string, unknown>[] {
  return blocks.flatMap((block) => {
    const value = block as { '@graph'?: Record<string, unknown>[] };
    return value['@graph'] ?? [value as Record<string, unknown>];
  });
}

/** A client on the e2e database, configured as the app's own (UTC session, `timestamp` read as UTC whatever TZ this machine has). */
export async function withDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL of the e2e database is not set (run through npm test).');
  const client = new pg.Client(connectionConfig(url));
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * GET as a crawler does, on a fresh connection: a long crawl otherwise reuses pooled sockets that
 * the server closed after its 5-second keep-alive, and the request fails with ECONNRESET.
 */
export function crawl(request: APIRequestContext, path: string) {
  return request.get(path, { maxRedirects: 0, headers: { connection: 'close' } });
}

/** Runs `work` over `items`, `concurrency` at a time (a polite crawler on two shared cores). */
export async function eachLimited<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}
