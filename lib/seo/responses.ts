/** HTTP responses for the XML documents (sitemaps, feeds) and the publication's social cards. */

const SITEMAP_TYPE = 'application/xml; charset=utf-8';
const RSS_TYPE = 'application/rss+xml; charset=utf-8';

// Shared caches may keep a copy briefly; the app's own cache is expired by tag on every publish.
const CACHE_CONTROL = 'public, max-age=300, stale-while-revalidate=3600';

export function sitemapResponse(xml: string | null): Response {
  return xml === null ? notFound() : new Response(xml, { headers: { 'Content-Type': SITEMAP_TYPE, 'Cache-Control': CACHE_CONTROL } });
}

export function feedResponse(xml: string | null): Response {
  return xml === null ? notFound() : new Response(xml, { headers: { 'Content-Type': RSS_TYPE, 'Cache-Control': CACHE_CONTROL } });
}

// A card's URL changes with what it shows (lib/seo/social-card.ts); a day covers a new design.
const CARD_CACHE_CONTROL = 'public, max-age=86400, stale-while-revalidate=604800';

export function socialCardResponse(png: Uint8Array<ArrayBuffer> | null): Response {
  if (png === null) return notFound();
  return new Response(png, {
    headers: { 'Content-Type': 'image/png', 'Content-Length': String(png.byteLength), 'Cache-Control': CARD_CACHE_CONTROL, 'X-Content-Type-Options': 'nosniff' },
  });
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

/** `politics.xml` → `politics`; null for any other file name. */
export function slugFromXmlFile(file: string): string | null {
  const match = /^([a-z0-9][a-z0-9-]*)\.xml$/.exec(file);
  return match ? match[1] : null;
}
